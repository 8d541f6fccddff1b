using Payout.Excel.Writing;

namespace Payout.Excel.Sheets;

/// <summary>One row per award. Column letters are referenced by the Summary formulas.</summary>
internal static class PayoutLinesSheet
{
    public const string EmployeeColumn = "A";
    public const string RewardColumn = "G";
    public const string AmountColumn = "H";
    public const string CostColumn = "L";

    public static Sheet Build(RunReport report) => new(
        Names.PayoutLines,
        [new("employee_id", 12), new("name", 22), new("team", 14), new("component", 20), new("rule", 24), new("workflow", 22),
         new("reward_type", 12), new("amount", 14), new("currency", 9), new("quantity", 14), new("proration", 10), new("cost", 14)],
        report.People.SelectMany(p => p.Result.Lines.Select(l => (IReadOnlyList<Cell>)
        [
            Cell.Of(l.EmployeeId), Cell.Of(p.Kpis.Employee.Name), Cell.Of(p.Kpis.Employee.Team), Cell.Of(l.Component), Cell.Of(l.Rule),
            Cell.Of(l.Workflow), Cell.Of(Names.Reward(l.RewardType)), Cell.Of(l.Amount, Style.Money), Cell.Of(l.Currency),
            Cell.Of(l.Quantity, Style.Decimal), Cell.Of(l.Proration, Style.Decimal), Cell.Of(l.Cost, Style.Money),
        ])));
}
