using System.Globalization;
using System.Text.Json;
using Payout.Excel;
using Payout.Rules.Files;
using Spectre.Console;

namespace Payout.Cli.Output;

/// <summary>What a run paid, per currency: the closing table of <c>payout run</c>, or its <c>--json</c>.</summary>
internal sealed record RunSummary(string Workbook, int People, int Lines, int? Evaluations, IReadOnlyList<CurrencyTotal> Currencies)
{
    /// <summary>The summary of <paramref name="people"/>, written to <paramref name="workbook"/>.</summary>
    public static RunSummary Of(string workbook, IReadOnlyList<PersonOutcome> people, bool explained) => new(
        workbook,
        people.Count,
        people.Sum(p => p.Result.Lines.Count),
        explained ? people.Sum(p => p.Result.Audit.Count) : null,
        people.GroupBy(p => p.Kpis.Employee.Currency).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CurrencyTotal(
                g.Key,
                g.Count(),
                g.Sum(p => p.Result.Lines.Count),
                g.SelectMany(p => p.Result.Lines).Where(l => l.RewardType == RewardType.Cash).Sum(l => l.Amount),
                g.SelectMany(p => p.Result.Lines).Where(l => l.RewardType != RewardType.Cash).Sum(l => l.Cost)))
            .ToList());

    /// <summary>The human summary: a line, then a table of people, lines, cash and non-cash cost per currency.</summary>
    public void Write(TextWriter stdout)
    {
        var evaluations = Evaluations is { } e ? $"{N(e)} rule evaluations" : "explanations off";
        stdout.WriteLine($"Wrote {Workbook}: {N(People)} people, {N(Lines)} payout lines, {evaluations}.");
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("currency").AddColumn(new TableColumn("people").RightAligned()).AddColumn(new TableColumn("payout lines").RightAligned())
            .AddColumn(new TableColumn("cash").RightAligned()).AddColumn(new TableColumn("non-cash cost").RightAligned());
        foreach (var c in Currencies)
        {
            table.AddRow(c.Currency, N(c.People), N(c.Lines), Money(c.Cash), Money(c.NonCashCost));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No });
        console.Profile.Width = 100;
        console.Write(table);
    }

    /// <summary>The summary as one JSON object, amounts as JSON numbers with every decimal place.</summary>
    public void WriteJson(TextWriter stdout)
    {
        stdout.WriteLine(JsonSerializer.Serialize(new
        {
            workbook = Workbook,
            people = People,
            payout_lines = Lines,
            rule_evaluations = Evaluations,
            currencies = Currencies.Select(c => new { currency = c.Currency, people = c.People, payout_lines = c.Lines, cash = c.Cash, non_cash_cost = c.NonCashCost }),
        }, JsonOutput.Options));
    }

    private static string N(int value) => value.ToString("#,##0", CultureInfo.InvariantCulture);

    private static string Money(decimal value) => value.ToString("#,##0.00", CultureInfo.InvariantCulture);
}
