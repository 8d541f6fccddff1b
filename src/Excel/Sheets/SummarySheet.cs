using Payout.Calc.Model;
using Payout.Excel.Writing;
using Payout.Rules.Files;

namespace Payout.Excel.Sheets;

/// <summary>
/// One row per person grouped by team, a subtotal per team and currency, then one grand total
/// per currency (never summing different currencies). Every total is a formula over Payout Lines
/// or over the rows above, carrying the engine's value as its cached result. When Payout Lines
/// is too long for one sheet, the per-person totals are written as values instead.
/// </summary>
internal static class SummarySheet
{
    private const string Subtotal = "Subtotal";

    public static Sheet Build(RunReport report, int maxRowsPerSheet) => new(
        Names.Summary,
        [new("employee_id", 12), new("name", 22), new Column("team", 14).AsShared(), new Column("role", 13).AsShared(), new Column("currency", 9).AsShared(), new("proration", 10),
         new("cash", 14), new("non_cash_cost", 14), new("awards", 8),
         .. report.PaidEarlierInYear is null ? Array.Empty<Column>() : [new Column("cash_earlier_in_year", 14), new Column("cash_year_to_date", 14)]],
        Rows(report, maxRowsPerSheet));

    private static IEnumerable<IReadOnlyList<Cell>> Rows(RunReport report, int maxRowsPerSheet)
    {
        var lineCount = report.People.Sum(p => p.Result.Lines.Count);
        var linesSplit = lineCount + 1 > maxRowsPerSheet;
        var last = Math.Max(2, lineCount + 1);
        var lines = CellReference.SheetName(Names.PayoutLines);
        string Range(string column) => $"{lines}!${column}$2:${column}${last}";
        var row = 1;
        foreach (var team in report.People.GroupBy(p => p.Kpis.Employee.Team).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = row + 1;
            foreach (var person in team)
            {
                row++;
                var e = person.Kpis.Employee;
                var key = $"{Range(PayoutLinesSheet.EmployeeColumn)},{Criteria.ExactCell($"$A{row}")}";
                yield return
                [
                    Cell.Of(e.EmployeeId), Cell.Of(e.Name), Cell.Of(e.Team), Cell.Of(e.Role), Cell.Of(e.Currency),
                    Cell.Of(person.Kpis.Proration, Style.Percent),
                    linesSplit ? Cell.Money(Cash(person), e.Currency)
                        : Cell.CalcMoney($"SUMIFS({Range(PayoutLinesSheet.AmountColumn)},{key},{Range(PayoutLinesSheet.RewardColumn)},\"cash\")", Cash(person), e.Currency),
                    linesSplit ? Cell.Money(NonCash(person), e.Currency)
                        : Cell.CalcMoney($"SUMIFS({Range(PayoutLinesSheet.CostColumn)},{key},{Range(PayoutLinesSheet.RewardColumn)},\"<>cash\")", NonCash(person), e.Currency),
                    Cell.Of(person.Result.Lines.Count, Style.Integer),
                    .. YearToDate(report, person, row),
                ];
            }

            var teamRows = $"{first}:{row}";
            foreach (var currency in team.Select(p => p.Kpis.Employee.Currency).Distinct().Order(StringComparer.Ordinal))
            {
                var members = team.Where(p => p.Kpis.Employee.Currency == currency).ToList();
                row++;
                yield return
                [
                    Cell.Of(Subtotal, Style.Header), Cell.Of(team.Key, Style.Header), Cell.Empty, Cell.Empty, Cell.Of(currency, Style.Header), Cell.Empty,
                    Cell.CalcMoney(SumIf("G", teamRows, currency), members.Sum(Cash), currency, total: true),
                    Cell.CalcMoney(SumIf("H", teamRows, currency), members.Sum(NonCash), currency, total: true),
                ];
            }
        }

        var all = $"2:{Math.Max(2, row)}";
        yield return [];
        row++;
        var totals = new List<(string Currency, int Row, decimal Cash, decimal NonCash)>();
        foreach (var currency in report.People.Select(p => p.Kpis.Employee.Currency).Distinct().Order(StringComparer.Ordinal))
        {
            var members = report.People.Where(p => p.Kpis.Employee.Currency == currency).ToList();
            totals.Add((currency, ++row, members.Sum(Cash), members.Sum(NonCash)));
            yield return
            [
                Cell.Of($"Total {currency}", Style.Header), Cell.Empty, Cell.Empty, Cell.Empty, Cell.Of(currency, Style.Header), Cell.Empty,
                Cell.CalcMoney(SumIf("G", all, currency, excludeSubtotals: true), totals[^1].Cash, currency, total: true),
                Cell.CalcMoney(SumIf("H", all, currency, excludeSubtotals: true), totals[^1].NonCash, currency, total: true),
            ];
        }

        foreach (var cells in Reporting(report, totals, row))
        {
            yield return cells;
        }
    }

    /// <summary>
    /// With a reporting currency and a rate for every currency paid: each currency's totals converted
    /// (<c>ROUND(total × rate, places)</c>, the rate and its date beside them), then their sum. Without a
    /// rate for every currency nothing is added across currencies (the run checks refuse that case).
    /// </summary>
    private static IEnumerable<IReadOnlyList<Cell>> Reporting(RunReport report, List<(string Currency, int Row, decimal Cash, decimal NonCash)> totals, int row)
    {
        if (report.ReportingCurrency is not { } reporting || totals.Count == 0)
        {
            yield break;
        }

        var rates = totals.Select(t => (t, Rate: t.Currency == reporting ? new FxRate(reporting, 1m, default, "(reporting currency)", 0) : report.FxRates.FirstOrDefault(r => r.Currency == t.Currency))).ToList();
        if (rates.Any(r => r.Rate is null))
        {
            yield break;
        }

        var places = report.RoundPlaces ?? 2;
        // Each currency's totals converted once: the rows show them and the total adds them.
        var converted = rates.Select(r => (r.t, Rate: r.Rate!,
            Cash: Math.Round(r.t.Cash * r.Rate!.Rate, places, MidpointRounding.AwayFromZero),
            NonCash: Math.Round(r.t.NonCash * r.Rate!.Rate, places, MidpointRounding.AwayFromZero))).ToList();
        yield return [];
        row++;
        var first = row + 1;
        foreach (var (total, rate, cash, nonCash) in converted)
        {
            row++;
            var source = rate.Line > 0 ? $"rate to {reporting} as of {rate.AsOf:yyyy-MM-dd} ({rate.File}:{rate.Line})" : $"{reporting} is the reporting currency";
            yield return
            [
                Cell.Of($"In {reporting}", Style.Header), Cell.Of(source), Cell.Empty, Cell.Empty, Cell.Of(total.Currency), Cell.Of(rate.Rate, Style.Decimal),
                Cell.CalcMoney($"ROUND(G{total.Row}*F{row},{places})", cash, reporting),
                Cell.CalcMoney($"ROUND(H{total.Row}*F{row},{places})", nonCash, reporting),
            ];
        }

        yield return
        [
            Cell.Of($"All in {reporting}", Style.Header), Cell.Empty, Cell.Empty, Cell.Empty, Cell.Of(reporting, Style.Header), Cell.Empty,
            Cell.CalcMoney($"SUM(G{first}:G{row})", converted.Sum(c => c.Cash), reporting, total: true),
            Cell.CalcMoney($"SUM(H{first}:H{row})", converted.Sum(c => c.NonCash), reporting, total: true),
        ];
    }

    /// <summary>With a ledger: the cash booked earlier in the year, and that plus this period's cash (a formula).</summary>
    private static IReadOnlyList<Cell> YearToDate(RunReport report, PersonOutcome person, int row)
    {
        if (report.PaidEarlierInYear is not { } paid)
        {
            return [];
        }

        var e = person.Kpis.Employee;
        var earlier = paid.GetValueOrDefault((e.EmployeeId, e.Currency));
        return [Cell.Money(earlier, e.Currency), Cell.CalcMoney($"J{row}+G{row}", earlier + Cash(person), e.Currency)];
    }

    private static string SumIf(string column, string rows, string currency, bool excludeSubtotals = false)
    {
        var (from, to) = (rows.Split(':')[0], rows.Split(':')[1]);
        var sum = $"${column}${from}:${column}${to},$E${from}:$E${to},{Criteria.Exact(currency)}";
        return excludeSubtotals ? $"SUMIFS({sum},$A${from}:$A${to},\"<>{Subtotal}\")" : $"SUMIFS({sum})";
    }

    private static decimal Cash(PersonOutcome p) => p.Result.Lines.Where(l => l.RewardType == RewardType.Cash).Sum(l => l.Amount);

    private static decimal NonCash(PersonOutcome p) => p.Result.Lines.Where(l => l.RewardType != RewardType.Cash).Sum(l => l.Cost);
}
