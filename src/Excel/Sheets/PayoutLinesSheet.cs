using System.Globalization;
using Payout.Excel.Writing;
using Payout.Rules.Audit;
using Payout.Rules.Files;

namespace Payout.Excel.Sheets;

/// <summary>
/// One row per award. Amounts and costs that are a product of cells are ROUND formulas carrying
/// the engine's value; each row links to its explanation. Column letters are used by Summary.
/// </summary>
internal static class PayoutLinesSheet
{
    public const string EmployeeColumn = "A";
    public const string RewardColumn = "G";
    public const string AmountColumn = "H";
    public const string CostColumn = "M";

    public static Sheet Build(RunReport report, int maxRowsPerSheet) => new(
        Names.PayoutLines,
        [new("employee_id", 12), new("name", 22), new("team", 14), new("component", 20), new("rule", 24), new("workflow", 22),
         new("reward_type", 12), new("amount", 14), new("currency", 9), new("quantity", 14), new("proration", 10), new("unit_cost", 12), new("cost", 14), new("explanation", 12)],
        Rows(report, maxRowsPerSheet));

    private static IEnumerable<IReadOnlyList<Cell>> Rows(RunReport report, int maxRowsPerSheet)
    {
        var index = 0;
        var auditBefore = 0;
        foreach (var person in report.People)
        {
            var result = person.Result;
            for (var i = 0; i < result.Lines.Count; i++)
            {
                // The row on the sheet this line lands on, continuation sheets included, for formulas that point at its own cells.
                var row = index++ % (maxRowsPerSheet - 1) + 2;
                var l = result.Lines[i];
                // Without line links the person's first record is the nearest explanation; a run without
                // explanations keeps no records, so its lines link nowhere.
                Cell link = i < result.LineAudit.Count ? Link(auditBefore + result.LineAudit[i], maxRowsPerSheet)
                    : result.Audit.Count > 0 ? Link(auditBefore, maxRowsPerSheet)
                    : Cell.Empty;
                yield return
                [
                    Cell.Of(l.EmployeeId), Cell.Of(person.Kpis.Employee.Name), Cell.Of(person.Kpis.Employee.Team), Cell.Of(l.Component), Cell.Of(l.Rule),
                    Cell.Of(l.Workflow), Cell.Of(Names.Reward(l.RewardType)), Amount(report, l, row), Cell.Of(l.Currency),
                    Cell.Of(l.Quantity, Style.Decimal), Cell.Of(l.Proration, Style.Percent),
                    l.RewardType == RewardType.Cash ? Cell.Empty : Cell.Money(l.UnitCost, l.Currency), Cost(report, l, row),
                    link,
                ];
            }

            auditBefore += result.Audit.Count;
        }
    }

    private static Cell Amount(RunReport report, PayoutLine l, int row) =>
        l.RewardType == RewardType.Cash && Rounds(report, l.Quantity * l.Proration, l.Amount) is { } places
            ? Cell.CalcMoney($"ROUND(J{row}*K{row},{places})", l.Amount, l.Currency)
            : Cell.Money(l.Amount, l.Currency); // non-cash, or cut by a cap / raised by a floor: the explanation says why

    private static Cell Cost(RunReport report, PayoutLine l, int row) =>
        l.RewardType == RewardType.Cash
            ? Cell.CalcMoney($"{AmountColumn}{row}", l.Cost, l.Currency)
            : Rounds(report, l.Quantity * l.UnitCost, l.Cost) is { } places
                ? Cell.CalcMoney($"ROUND(J{row}*L{row},{places})", l.Cost, l.Currency)
                : Cell.Money(l.Cost, l.Currency);

    /// <summary>The places to ROUND to when Excel's half-away-from-zero ROUND gives the engine's value.</summary>
    private static int? Rounds(RunReport report, decimal raw, decimal value) =>
        report.RoundPlaces is { } places && Math.Round(raw, places, MidpointRounding.AwayFromZero) == value ? places : null;

    private static Cell Link(int auditIndex, int maxRowsPerSheet)
    {
        var perSheet = maxRowsPerSheet - 1;
        var part = auditIndex / perSheet;
        var sheet = part == 0 ? Names.Explanations : $"{Names.Explanations} ({part + 1})";
        var target = $"#{CellReference.SheetName(sheet)}!A{(auditIndex % perSheet) + 2}";
        return Cell.CalcText(string.Create(CultureInfo.InvariantCulture, $"HYPERLINK(\"{target}\",\"why\")"), "why");
    }
}
