using System.Globalization;
using ClosedXML.Excel;
using Payout.Tests.Shared;

namespace Payout.Cli.Tests;

/// <summary><c>payout run --payroll DIR</c>: what payroll and the HR system import ties to the workbook, per currency.</summary>
public sealed class PayrollExportTests
{
    [Fact]
    public void Run_WithPayroll_ExportTotalsPerCurrencyEqualTheSummarySheet()
    {
        using var dir = new TempDir();
        var (exit, _, error) = CliRunner.Run("run", "--data", RepoPaths.SampleData, "--rules", RepoPaths.Rules, "--out", dir.File("p.xlsx"), "--payroll", dir.File("pay"), "--quiet");
        exit.ShouldBe(0, error);

        var payroll = Rows(dir.File("pay/payroll-2026-Q3.csv"));
        var timeOff = Rows(dir.File("pay/time-off-2026-Q3.csv"));
        using var book = new XLWorkbook(dir.File("p.xlsx"));
        var summary = book.Worksheet("Summary");
        foreach (var currency in new[] { "EUR", "USD" })
        {
            var total = summary.RowsUsed().Single(r => r.Cell(1).GetString() == $"Total {currency}");
            payroll.Where(r => r["currency"] == currency).Sum(r => Number(r["amount"])).ShouldBe(total.Cell(7).GetValue<decimal>(), currency);
            (payroll.Where(r => r["currency"] == currency && r["benefit_value"].Length > 0).Sum(r => Number(r["benefit_value"]))
                + timeOff.Where(r => r["currency"] == currency).Sum(r => Number(r["cost"]))).ShouldBe(total.Cell(8).GetValue<decimal>(), currency);
        }

        var kicker = payroll.First(r => r["component"] == "agent_bonus_kicker");
        (kicker["pay_element"], kicker["gl_account"], kicker["taxable_benefit"], kicker["benefit_value"]).ShouldBe(("BON-KICK", "6110", "false", ""));
        var gift = payroll.First(r => r["reward_type"] == "gift_card");
        (gift["amount"], gift["taxable_benefit"], gift["pay_date"]).ShouldBe(("0.00", "true", "2026-10-15"));
        payroll.ShouldAllBe(r => r["cost_centre"].StartsWith("CC-") && r["legal_entity"].StartsWith("ACME-") && r["line_id"].StartsWith('L'));
        payroll.ShouldNotContain(r => r["reward_type"] == "pto_days");
        timeOff.ShouldHaveSingleItem()["days"].ShouldBe("1");
    }

    [Fact]
    public void Run_PayDateGiven_ExportCarriesIt()
    {
        using var dir = new TempDir();
        var (exit, _, error) = CliRunner.Run("run", "--data", RepoPaths.SampleData, "--rules", RepoPaths.Rules, "--out", dir.File("p.xlsx"), "--payroll", dir.File("pay"), "--pay-date", "2026-10-30", "--quiet");
        exit.ShouldBe(0, error);

        Rows(dir.File("pay/payroll-2026-Q3.csv")).ShouldAllBe(r => r["pay_date"] == "2026-10-30");
    }

    [Theory]
    [InlineData("--pay-date", "30/10/2026", "--pay-date '30/10/2026' is not a date (yyyy-MM-dd)")]
    [InlineData("--pay-date", "2026-02-30", "--pay-date '2026-02-30' is not a date")]
    public void Run_BadPayDate_Exit2NamingIt(string option, string value, string message)
    {
        using var dir = new TempDir();
        var (exit, _, error) = CliRunner.Run("run", "--data", RepoPaths.SampleData, "--rules", RepoPaths.Rules, "--out", dir.File("p.xlsx"), "--payroll", dir.File("pay"), option, value, "--quiet");

        exit.ShouldBe(2);
        error.ShouldContain(message);
        File.Exists(dir.File("p.xlsx")).ShouldBeFalse();
    }

    [Fact]
    public void Run_PayrollWithoutPayrollSection_Exit2BeforeAnythingIsWritten()
    {
        using var dir = new TempDir();
        var rules = dir.CopyOf(RepoPaths.Rules, "rules");
        var plan = File.ReadAllText(Path.Combine(rules, "plan.json"));
        var start = plan.IndexOf("  \"Payroll\"", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(rules, "plan.json"), plan[..start] + plan[plan.IndexOf("  \"Workflows\"", StringComparison.Ordinal)..]);

        var (exit, _, error) = CliRunner.Run("run", "--data", RepoPaths.SampleData, "--rules", rules, "--out", dir.File("p.xlsx"), "--payroll", dir.File("pay"), "--quiet");

        exit.ShouldBe(2);
        error.ShouldContain("--payroll needs a Payroll section in");
        File.Exists(dir.File("p.xlsx")).ShouldBeFalse();
    }

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static List<Dictionary<string, string>> Rows(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToList();
    }
}
