namespace Payout.Rules.Plan;

/// <summary>
/// The plan's <c>Payroll</c> section: how a run's lines reach payroll and the general ledger.
/// Cash lines are mapped by component, non-cash lines by reward type; paid days off go to the
/// HR system's time-off feed instead.
/// </summary>
/// <param name="Company">The company, shown in the workbook's properties and on statements.</param>
/// <param name="PayDay">Day of the month after the period on which the payout is paid (1–28).</param>
/// <param name="Components">Component of a cash rule → its pay element and GL account.</param>
/// <param name="Benefits">Non-cash reward type (<c>trip</c>, <c>gift_card</c>, <c>award</c>) → its pay element, GL account and whether it is taxable.</param>
public sealed record PayrollPlan(
    string Company,
    int PayDay,
    IReadOnlyDictionary<string, PayrollCode> Components,
    IReadOnlyDictionary<string, PayrollCode> Benefits)
{
    /// <summary>The pay date of a period that ends (exclusive) on <paramref name="periodEndExclusive"/>: day <see cref="PayDay"/> of the following month.</summary>
    public DateOnly PayDate(DateOnly periodEndExclusive) => periodEndExclusive.AddDays(PayDay - 1);
}
