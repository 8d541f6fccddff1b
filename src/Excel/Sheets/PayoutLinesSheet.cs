using System.Globalization;
using Payout.Excel.Writing;
using Payout.Rules.Audit;
using Payout.Rules.Files;
using Payout.Rules.Plan;

namespace Payout.Excel.Sheets;

/// <summary>
/// One row per award, each with a stable id (<c>L1</c>, <c>L2</c>… in employee order). Amounts and
/// costs that are a product of cells are ROUND formulas carrying the engine's value; each row links
/// to its explanation by the explanation's id, found with MATCH, so sorting or filtering either sheet
/// breaks no link. Column letters are used by Summary and Dashboard.
/// </summary>
internal static class PayoutLinesSheet
{
    public const string IdColumn = "A";
    public const string EmployeeColumn = "B";
    public const string TeamColumn = "D";
    public const string RuleColumn = "F";
    public const string RewardColumn = "H";
    public const string AmountColumn = "I";
    public const string CurrencyColumn = "J";
    private const string QuantityColumn = "K";
    private const string ProrationColumn = "L";
    private const string UnitCostColumn = "M";
    public const string CostColumn = "N";

    public static Sheet Build(RunReport report, int maxRowsPerSheet) => new(
        Names.PayoutLines,
        [new("line_id", 10), new("employee_id", 12), new("name", 22), new Column("team", 14).AsShared(), new Column("component", 20).AsShared(), new Column("rule", 24).AsShared(), new Column("workflow", 22).AsShared(),
         new Column("reward_type", 12).AsShared(), new("amount", 14), new Column("currency", 9).AsShared(), new("quantity", 14), new("proration", 10), new("unit_cost", 12), new("cost", 14), new("explanation_id", 14), new("recovers", 18)],
        Rows(report, maxRowsPerSheet));

    /// <summary>The id of the <paramref name="index"/>-th payout line (0-based, employee order).</summary>
    public static string LineId(int index) => "L" + (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>The id of the <paramref name="index"/>-th explanation row (0-based, employee order).</summary>
    public static string ExplanationId(int index) => "X" + (index + 1).ToString(CultureInfo.InvariantCulture);

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
                var row = index % (maxRowsPerSheet - 1) + 2;
                var id = LineId(index++);
                var l = result.Lines[i];
                // Without line links the person's first record is the nearest explanation; a run without
                // explanations keeps no records, so its lines link nowhere.
                Cell link = i < result.LineAudit.Count ? Link(auditBefore + result.LineAudit[i], maxRowsPerSheet)
                    : result.Audit.Count > 0 ? Link(auditBefore, maxRowsPerSheet)
                    : Cell.Empty;
                yield return
                [
                    Cell.Of(id), Cell.Of(l.EmployeeId), Cell.Of(person.Kpis.Employee.Name), Cell.Of(person.Kpis.Employee.Team), Cell.Of(l.Component), Cell.Of(l.Rule),
                    Cell.Of(l.Workflow), Cell.Of(Names.Reward(l.RewardType)), Amount(report, l, row), Cell.Of(l.Currency),
                    Cell.Of(l.Quantity, Style.Decimal), Cell.Of(l.Proration, Style.Percent),
                    l.RewardType == RewardType.Cash ? Cell.Empty : Cell.Money(l.UnitCost, l.Currency), Cost(report, l, row),
                    link,
                    l.Recovers is { } recovered ? Cell.Of(recovered.ToString()) : Cell.Empty, // a clawback's booked line: period and ledger id
                ];
            }

            auditBefore += result.Audit.Count;
        }
    }

    private static Cell Amount(RunReport report, PayoutLine l, int row) =>
        l.RewardType == RewardType.Cash && Rounds(report, l.Quantity * l.Proration, l.Amount) is { } places
            ? Cell.CalcMoney($"ROUND({QuantityColumn}{row}*{ProrationColumn}{row},{places})", l.Amount, l.Currency)
            : Cell.Money(l.Amount, l.Currency); // non-cash, or cut by a cap / raised by a floor: the explanation says why

    private static Cell Cost(RunReport report, PayoutLine l, int row) =>
        l.RewardType == RewardType.Cash
            ? Cell.CalcMoney($"{AmountColumn}{row}", l.Cost, l.Currency)
            : Rounds(report, l.Quantity * l.UnitCost, l.Cost) is { } places
                ? Cell.CalcMoney($"ROUND({QuantityColumn}{row}*{UnitCostColumn}{row},{places})", l.Cost, l.Currency)
                : Cell.Money(l.Cost, l.Currency);

    /// <summary>
    /// The places to ROUND to when Excel's half-away-from-zero ROUND gives the engine's value. Both
    /// see the product at 15 significant digits (<see cref="RoundingPolicy.Guard"/>), so a repeating
    /// ratio's half cent rounds alike in the run and in the spreadsheet.
    /// </summary>
    private static int? Rounds(RunReport report, decimal raw, decimal value) =>
        report.RoundPlaces is { } places && Math.Round(RoundingPolicy.Guard(raw), places, MidpointRounding.AwayFromZero) == value ? places : null;

    private static Cell Link(int auditIndex, int maxRowsPerSheet)
    {
        var part = auditIndex / (maxRowsPerSheet - 1);
        var sheet = CellReference.SheetName(part == 0 ? Names.Explanations : $"{Names.Explanations} ({part + 1})");
        var id = ExplanationId(auditIndex);
        // The row is looked up by id when the link is followed, not fixed at writing: a sorted sheet keeps its links.
        var formula = $"HYPERLINK(\"#{sheet.Replace("\"", "\"\"", StringComparison.Ordinal)}!A\"&MATCH(\"{id}\",{sheet}!$A:$A,0),\"{id}\")";
        return Cell.CalcText(formula, id);
    }
}
