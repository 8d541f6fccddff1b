using ClosedXML.Excel;
using Payout.Tests.Shared;

namespace Payout.Cli.Tests;

/// <summary>fx_rates.csv and the plan's ReportingCurrency: one total across currencies, never without a rate for each.</summary>
public sealed class ReportingCurrencyTests
{
    [Fact]
    public void Run_SampleWithRates_SummaryShowsEachRateAndTheTotalInTheReportingCurrency()
    {
        using var dir = new TempDir();
        CliRunner.Run("run", "--data", RepoPaths.SampleData, "--rules", RepoPaths.Rules, "--out", dir.File("p.xlsx"), "--quiet").Exit.ShouldBe(0);

        using var book = new XLWorkbook(dir.File("p.xlsx"));
        var rows = book.Worksheet("Summary").RowsUsed().ToList();
        var eur = rows.Single(r => r.Cell(1).GetString() == "In USD" && r.Cell(5).GetString() == "EUR");
        eur.Cell(2).GetString().ShouldBe("rate to USD as of 2026-09-30 (fx_rates.csv:3)"); // the latest rate on or before the period's end
        eur.Cell(6).GetValue<decimal>().ShouldBe(1.0865m);
        eur.Cell(7).GetValue<decimal>().ShouldBe(4_400.33m); // 4,050.00 × 1.0865 = 4,400.325, rounded half away from zero
        eur.Cell(7).FormulaA1.ShouldStartWith("ROUND(G");
        var total = rows.Single(r => r.Cell(1).GetString() == "All in USD");
        total.Cell(7).GetValue<decimal>().ShouldBe(4_400.33m + 30_514.52m);
        total.Cell(8).GetValue<decimal>().ShouldBe(534.89m + 920.00m);
    }

    [Theory]
    [InlineData("currency,rate,as_of\nGBP,1.27,2026-09-30\n", null, "fx_rates.csv: no rate for EUR quoted on or before the period's last day, and EUR is paid")]
    [InlineData("currency,rate,as_of\nEUR,1.08,2026-09-30\nUSD,1.01,2026-09-30\n", null, "fx_rates.csv:3: column 'rate' value '1.01': USD is the reporting currency; its rate is 1")]
    public void Run_RatesThatCannotConvertEveryCurrency_Exit2AndNothingWritten(string rates, string? dropFromPlan, string message)
    {
        using var dir = new TempDir();
        var data = dir.CopyOf(RepoPaths.SampleData, "data");
        var rules = dir.CopyOf(RepoPaths.Rules, "rules");
        File.WriteAllText(Path.Combine(data, "fx_rates.csv"), rates);
        if (dropFromPlan is not null)
        {
            var plan = Path.Combine(rules, "plan.json");
            File.WriteAllText(plan, File.ReadAllText(plan).Replace(dropFromPlan, string.Empty, StringComparison.Ordinal));
        }

        var (exit, _, error) = CliRunner.Run("run", "--data", data, "--rules", rules, "--out", dir.File("p.xlsx"), "--quiet");

        exit.ShouldBe(2);
        error.ShouldContain(message);
        File.Exists(dir.File("p.xlsx")).ShouldBeFalse();
    }
}
