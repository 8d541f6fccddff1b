using Payout.Excel.Writing;
using Payout.Rules.Files;

namespace Payout.Excel.Sheets;

/// <summary>
/// Small tables, each a formula over Payout Lines (values when Payout Lines is split), with a
/// native column chart beside each, and never two currencies on one axis: cash by team per
/// currency (the top teams and one "others" bar), non-cash cost by reward type per currency (cash
/// would dwarf it; the table beside it lists cash too), how many people each tier paid, and how
/// target completion is spread per role.
/// </summary>
internal static class DashboardSheet
{
    /// <summary>Teams charted by name in each currency; the rest are one "others" bar.</summary>
    public const int TopTeams = 15;

    private const string Name = "Dashboard";

    /// <summary>Bands of target completion (percent): lower bound inclusive, upper bound exclusive.</summary>
    private static readonly (string Label, decimal From, decimal To)[] Bands =
        [("< 80 %", decimal.MinValue, 80m), ("80–100 %", 80m, 100m), ("100–120 %", 100m, 120m), ("≥ 120 %", 120m, decimal.MaxValue)];

    /// <summary>One table, and the chart of some of its rows.</summary>
    /// <param name="Table">The table's name in column A.</param>
    /// <param name="ChartTitle">The chart's title.</param>
    /// <param name="Unit">The value axis' title (a currency, people).</param>
    /// <param name="Format">Number format of the axis and data labels.</param>
    /// <param name="Rows">Label, currency, formula (null: a value, or the "others" row), value.</param>
    private sealed record Block(string Table, string ChartTitle, string Unit, string Format, List<(string Label, string Currency, string? Formula, decimal Value)> Rows)
    {
        /// <summary>The rows charted: all of them, or all but those listed first (cash beside non-cash).</summary>
        public IReadOnlyList<(string Label, string Currency, string? Formula, decimal Value)> Charted { get; init; } = [];

        /// <summary>The formula of everything the table shares out; the "others" row is it less the rows above.</summary>
        public string? Total { get; init; }

        /// <summary>The category axis' title.</summary>
        public string Axis { get; init; } = string.Empty;
    }

    public static Sheet Build(RunReport report, int maxRowsPerSheet)
    {
        var lines = report.People.SelectMany(p => p.Result.Lines.Select(l => (Line: l, p.Kpis.Employee.Team))).ToList();
        var last = Math.Max(2, lines.Count + 1);
        var formulas = lines.Count + 1 <= maxRowsPerSheet; // over a split Payout Lines the tables hold values
        var sheet = CellReference.SheetName(Names.PayoutLines);
        string R(string column) => $"{sheet}!${column}$2:${column}${last}";
        string Cash(string currency) => $"{R(PayoutLinesSheet.CurrencyColumn)},{Criteria.Exact(currency)},{R(PayoutLinesSheet.RewardColumn)},\"cash\"";

        var blocks = new List<Block>();
        foreach (var currency in lines.Select(l => l.Line.Currency).Distinct().Order(StringComparer.Ordinal))
        {
            var teams = lines.Where(l => l.Line.Currency == currency && l.Line.RewardType == RewardType.Cash)
                .GroupBy(l => l.Team).Select(g => (Team: g.Key, Cash: g.Sum(l => l.Line.Amount)))
                .OrderByDescending(t => t.Cash).ThenBy(t => t.Team, StringComparer.Ordinal).ToList();
            var rows = teams.Take(TopTeams).Select(t => (t.Team, currency, (string?)$"SUMIFS({R(PayoutLinesSheet.AmountColumn)},{R(PayoutLinesSheet.TeamColumn)},{Criteria.Exact(t.Team)},{Cash(currency)})", t.Cash)).ToList();
            if (teams.Count > TopTeams)
            {
                // The formula is filled in when the rows' places are known: the currency's cash less the teams above.
                rows.Add(($"others ({teams.Count - TopTeams:N0} teams)", currency, null, teams.Skip(TopTeams).Sum(t => t.Cash)));
            }

            if (rows.Count > 0)
            {
                blocks.Add(new Block($"cash by team, {currency}", $"Cash by team, {currency}", currency, Money(currency), rows)
                {
                    Charted = rows, Total = $"SUMIFS({R(PayoutLinesSheet.AmountColumn)},{Cash(currency)})", Axis = "team",
                });
            }

            var types = lines.Where(l => l.Line.Currency == currency)
                .GroupBy(l => Names.Reward(l.Line.RewardType)).OrderBy(g => g.Key == "cash" ? 0 : 1).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, currency, (string?)$"SUMIFS({R(PayoutLinesSheet.CostColumn)},{R(PayoutLinesSheet.RewardColumn)},\"{g.Key}\",{R(PayoutLinesSheet.CurrencyColumn)},{Criteria.Exact(currency)})", g.Sum(l => l.Line.Cost)))
                .ToList();
            blocks.Add(new Block($"cost by reward type, {currency}", $"Non-cash cost by reward type, {currency}", currency, Money(currency), types)
            {
                Charted = [.. types.Where(t => t.Key != "cash")], Axis = "reward type",
            });
        }

        var tiers = report.PolicyRules
            .Where(r => r.ExclusiveGroup is not null && r.InForce(report.Period.Start))
            .OrderBy(r => r.ExclusiveGroup, StringComparer.Ordinal).ThenByDescending(r => r.Priority)
            .Select(r => (r.Name, string.Empty, (string?)$"COUNTIFS({R(PayoutLinesSheet.RuleColumn)},{Criteria.Exact(r.Name)})", (decimal)lines.Count(l => l.Line.Rule == r.Name)))
            .ToList();
        blocks.Add(new Block("people paid per tier", "People paid per tier", "people", "0", tiers) { Charted = tiers, Axis = "tier" });
        blocks.AddRange(Attainment(report));
        return Render(blocks, formulas);
    }

    /// <summary>Per role, how many person-KPI target completions fall in each band (values: the KPIs sheet has no role column).</summary>
    private static IEnumerable<Block> Attainment(RunReport report)
    {
        foreach (var role in report.People.GroupBy(p => p.Kpis.Employee.Role).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var completions = role.SelectMany(p => p.Kpis.Kpis)
                .Where(k => k.Kpi.StartsWith("target_completion_", StringComparison.Ordinal) && k.Value is not null)
                .Select(k => k.Value!.Value).ToList();
            if (completions.Count == 0)
            {
                continue;
            }

            var rows = Bands.Select(b => (b.Label, string.Empty, (string?)null, (decimal)completions.Count(v => v >= b.From && v < b.To))).ToList();
            yield return new Block($"target completion, {role.Key}", $"Target completion, {role.Key} ({completions.Count:N0} KPI targets)", "KPI targets", "0", rows)
            {
                Charted = rows, Axis = "target completion",
            };
        }
    }

    private static Sheet Render(List<Block> blocks, bool formulas)
    {
        var rows = new List<IReadOnlyList<Cell>>();
        var charts = new List<Chart>();
        var chartRow = 1;
        var self = CellReference.SheetName(Name);
        foreach (var block in blocks.Where(b => b.Rows.Count > 0))
        {
            var first = rows.Count + 2;
            foreach (var (label, currency, formula, value) in block.Rows)
            {
                var row = rows.Count + 2;
                var computed = formula ?? (block.Total is { } total ? $"{total}-SUM($D${first}:$D${row - 1})" : null);
                rows.Add([Cell.Of(block.Table), Cell.Of(label), Cell.Of(currency.Length > 0 ? currency : null), Value(computed, value, currency, formulas)]);
            }

            if (block.Charted.Count > 0)
            {
                var from = first + block.Rows.IndexOf(block.Charted[0]);
                var to = from + block.Charted.Count - 1;
                charts.Add(new Chart(
                    block.ChartTitle, block.Unit, $"{self}!$B${from}:$B${to}", $"{self}!$D${from}:$D${to}",
                    block.Charted.Select(r => r.Label).ToList(), block.Charted.Select(r => r.Value).ToList(),
                    (5, chartRow), (14, chartRow + 18))
                {
                    CategoryAxisTitle = block.Axis,
                    ValueAxisTitle = block.Unit,
                    ValueFormat = block.Format,
                });
                chartRow += 20;
            }

            rows.Add([]);
        }

        return new Sheet(Name, [new("table", 30), new("label", 30), new("currency", 9), new("value", 16)], rows) { Charts = charts };
    }

    private static Cell Value(string? formula, decimal value, string currency, bool formulas) => (formula, currency.Length > 0) switch
    {
        (not null, true) when formulas => Cell.CalcMoney(formula, value, currency),
        (_, true) => Cell.Money(value, currency),
        (not null, false) when formulas => Cell.Calc(formula, value, Style.Integer),
        _ => Cell.Of(value, Style.Integer),
    };

    /// <summary>The axis format of amounts in <paramref name="currency"/>: whole units and the code.</summary>
    private static string Money(string currency) => $"#,##0 \"{currency}\"";
}
