namespace Payout.Rules.Plan;

/// <summary>Where payroll and the general ledger book a pay component or a benefit.</summary>
/// <param name="PayElement">The payroll system's pay element (earning code), e.g. <c>BON-Q</c>.</param>
/// <param name="GlAccount">The general ledger account the cost is booked to, e.g. <c>6110</c>.</param>
/// <param name="Taxable">For a non-cash reward: whether its value is a taxable benefit in kind. Cash is always pay.</param>
public sealed record PayrollCode(string PayElement, string GlAccount, bool Taxable = false);
