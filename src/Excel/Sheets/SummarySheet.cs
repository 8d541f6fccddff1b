using Payout.Excel.Writing;

namespace Payout.Excel.Sheets;

/// <summary>
/// One row per person whose totals are SUMIFS over Payout Lines, then one grand total per
/// currency (never summing different currencies). Formulas carry the engine's values as cached results.
/// </summary>
internal static class SummarySheet
{
    public const int CashColumn = 7;

    public static Sheet Build(RunReport report) => new(
        Names.Summary,
        [new("employee_id", 12), new("name", 22), new("team", 14), new("role", 13), new("currency", 9), new("proration", 10),
         new("cash", 14), new("non_cash_cost", 14), new("awards", 8)],
        Rows(report));

    private static IEnumerable<IReadOnlyList<Cell>> Rows(RunReport report)
    {
        var lineCount = report.People.Sum(p => p.Result.Lines.Count);
        var last = Math.Max(2, lineCount + 1);
        var lines = CellReference.SheetName(Names.PayoutLines);
        string Range(string column) => $"{lines}!${column}$2:${column}${last}";
        var row = 1;
        foreach (var person in report.People)
        {
            row++;
            var e = person.Kpis.Employee;
            var cash = person.Result.Lines.Where(l => l.RewardType == Rules.Files.RewardType.Cash).Sum(l => l.Amount);
            var cost = person.Result.Lines.Where(l => l.RewardType != Rules.Files.RewardType.Cash).Sum(l => l.Cost);
            var key = $"{Range(PayoutLinesSheet.EmployeeColumn)},$A{row}";
            yield return
            [
                Cell.Of(e.EmployeeId), Cell.Of(e.Name), Cell.Of(e.Team), Cell.Of(e.Role), Cell.Of(e.Currency),
                Cell.Of(person.Kpis.Proration, Style.Decimal),
                Cell.Calc($"SUMIFS({Range(PayoutLinesSheet.AmountColumn)},{key},{Range(PayoutLinesSheet.RewardColumn)},\"cash\")", cash, Style.Money),
                Cell.Calc($"SUMIFS({Range(PayoutLinesSheet.CostColumn)},{key},{Range(PayoutLinesSheet.RewardColumn)},\"<>cash\")", cost, Style.Money),
                Cell.Of(person.Result.Lines.Count, Style.Integer),
            ];
        }

        var lastPerson = Math.Max(2, row);
        yield return [];
        foreach (var (currency, total) in report.CashTotals)
        {
            yield return
            [
                Cell.Of($"Total {currency}", Style.Header), Cell.Empty, Cell.Empty, Cell.Empty, Cell.Of(currency, Style.Header), Cell.Empty,
                Cell.Calc($"SUMIF($E$2:$E${lastPerson},\"{currency}\",$G$2:$G${lastPerson})", total, Style.MoneyTotal),
            ];
        }
    }
}
