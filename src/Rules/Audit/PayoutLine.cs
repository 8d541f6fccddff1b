using Payout.Rules.Files;

namespace Payout.Rules.Audit;

/// <summary>One award to one person.</summary>
/// <param name="EmployeeId">The person.</param>
/// <param name="Workflow">Workflow name.</param>
/// <param name="Rule">The rule that awarded it.</param>
/// <param name="Component">Pay component.</param>
/// <param name="RewardType">What was awarded.</param>
/// <param name="Amount">Cash paid, rounded per the plan; 0 for non-cash rewards.</param>
/// <param name="Currency">ISO 4217 currency of the amount and cost.</param>
/// <param name="Quantity">Units awarded: the unrounded cash before proration for cash, days or items otherwise.</param>
/// <param name="Proration">Proration factor applied (1 when the rule opts out or is not cash).</param>
/// <param name="Cost">Cost to the company: the amount for cash, quantity × unit cost otherwise.</param>
/// <param name="UnitCost">Cost of one unit of a non-cash reward (unrounded); 0 for cash.</param>
public sealed record PayoutLine(
    string EmployeeId,
    string Workflow,
    string Rule,
    string Component,
    RewardType RewardType,
    decimal Amount,
    string Currency,
    decimal Quantity,
    decimal Proration,
    decimal Cost,
    decimal UnitCost = 0m)
{
    /// <summary>For a clawback (a negative line), the booked line it recovers from; null otherwise.</summary>
    public RecoveredLine? Recovers { get; init; }
}
