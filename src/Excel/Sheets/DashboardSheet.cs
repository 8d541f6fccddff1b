using Payout.Excel.Writing;
using Payout.Rules.Files;

namespace Payout.Excel.Sheets;

/// <summary>
/// Three small tables, each a formula over Payout Lines, with a native column chart beside each:
/// cash by team, cost by reward type, and how many people each tier paid.
/// </summary>
internal static class DashboardSheet
{
    private const string Name = "Dashboard";

    public static Sheet Build(RunReport report, int maxRowsPerSheet)
    {
        var lines = report.People.SelectMany(p => p.Result.Lines.Select(l => (Line: l, p.Kpis.Employee.Team))).ToList();
        var last = Math.Max(2, lines.Count + 1);
        var formulas = lines.Count + 1 <= maxRowsPerSheet; // over a split Payout Lines the tables hold values
        var sheet = CellReference.SheetName(Names.PayoutLines);
        string R(string column) => $"{sheet}!${column}$2:${column}${last}";

        var blocks = new List<(string Table, List<(string Label, string Currency, string Formula, decimal Value)> Rows)>
        {
            ("cash by team", lines.Where(l => l.Line.RewardType == RewardType.Cash)
                .GroupBy(l => (l.Team, l.Line.Currency)).OrderBy(g => g.Key.Team, StringComparer.Ordinal).ThenBy(g => g.Key.Currency, StringComparer.Ordinal)
                .Select(g => ($"{g.Key.Team} {g.Key.Currency}", g.Key.Currency,
                    $"SUMIFS({R(PayoutLinesSheet.AmountColumn)},{R(PayoutLinesSheet.TeamColumn)},{Criteria.Exact(g.Key.Team)},{R(PayoutLinesSheet.CurrencyColumn)},{Criteria.Exact(g.Key.Currency)},{R(PayoutLinesSheet.RewardColumn)},\"cash\")", g.Sum(l => l.Line.Amount)))
                .ToList()),
            ("cost by reward type", lines
                .GroupBy(l => (Type: Names.Reward(l.Line.RewardType), l.Line.Currency)).OrderBy(g => g.Key.Type, StringComparer.Ordinal).ThenBy(g => g.Key.Currency, StringComparer.Ordinal)
                .Select(g => ($"{g.Key.Type} {g.Key.Currency}", g.Key.Currency,
                    $"SUMIFS({R(PayoutLinesSheet.CostColumn)},{R(PayoutLinesSheet.RewardColumn)},\"{g.Key.Type}\",{R(PayoutLinesSheet.CurrencyColumn)},{Criteria.Exact(g.Key.Currency)})", g.Sum(l => l.Line.Cost)))
                .ToList()),
            ("people paid per tier", report.PolicyRules
                .Where(r => r.ExclusiveGroup is not null && r.InForce(report.Period.Start))
                .OrderBy(r => r.ExclusiveGroup, StringComparer.Ordinal).ThenByDescending(r => r.Priority)
                .Select(r => (r.Name, string.Empty, $"COUNTIFS({R(PayoutLinesSheet.RuleColumn)},{Criteria.Exact(r.Name)})", (decimal)lines.Count(l => l.Line.Rule == r.Name)))
                .ToList()),
        };

        var rows = new List<IReadOnlyList<Cell>>();
        var charts = new List<Chart>();
        var chartRow = 1;
        foreach (var (table, block) in blocks.Where(b => b.Rows.Count > 0))
        {
            var first = rows.Count + 2;
            rows.AddRange(block.Select(r => (IReadOnlyList<Cell>)
            [
                Cell.Of(table), Cell.Of(r.Label), Cell.Of(r.Currency.Length > 0 ? r.Currency : null),
                r.Currency.Length > 0
                    ? formulas ? Cell.CalcMoney(r.Formula, r.Value, r.Currency) : Cell.Money(r.Value, r.Currency)
                    : formulas ? Cell.Calc(r.Formula, r.Value, Style.Integer) : Cell.Of(r.Value, Style.Integer),
            ]));
            var lastRow = rows.Count + 1;
            charts.Add(new Chart(
                char.ToUpperInvariant(table[0]) + table[1..], table,
                $"{CellReference.SheetName(Name)}!$B${first}:$B${lastRow}", $"{CellReference.SheetName(Name)}!$D${first}:$D${lastRow}",
                block.Select(r => r.Label).ToList(), block.Select(r => r.Value).ToList(),
                (5, chartRow), (13, chartRow + 15)));
            chartRow += 16;
            rows.Add([]);
        }

        return new Sheet(Name, [new("table", 22), new("label", 30), new("currency", 9), new("value", 16)], rows) { Charts = charts };
    }

}
