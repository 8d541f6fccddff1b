using Payout.Excel.Writing;

namespace Payout.Excel.Sheets;

/// <summary>
/// For a period already closed in the ledger: per person and component, what was booked, what the run
/// computes now and the adjustment a close would book (a formula: now less booked), with the reason.
/// </summary>
internal static class AdjustmentsSheet
{
    public const string Name = "Adjustments";

    public static Sheet Build(IReadOnlyList<Adjustment> adjustments) => new(
        Name,
        [new("employee_id", 12), new("component", 20), new("reward_type", 12), new("currency", 9), new("booked amount", 14), new("amount now", 14), new("adjustment", 14),
         new("booked cost", 14), new("cost now", 14), new("cost adjustment", 14), new("reason", 70)],
        adjustments.Select((a, i) => (IReadOnlyList<Cell>)
        [
            Cell.Of(a.EmployeeId), Cell.Of(a.Component), Cell.Of(a.RewardType), Cell.Of(a.Currency),
            Cell.Money(a.BookedAmount, a.Currency), Cell.Money(a.Amount, a.Currency), Cell.CalcMoney($"F{i + 2}-E{i + 2}", a.Amount - a.BookedAmount, a.Currency),
            Cell.Money(a.BookedCost, a.Currency), Cell.Money(a.Cost, a.Currency), Cell.CalcMoney($"I{i + 2}-H{i + 2}", a.Cost - a.BookedCost, a.Currency),
            Cell.Of(a.Reason),
        ]));
}
