using ClosedXML.Excel;
using Payout.Tests.Shared;

namespace Payout.Cli.Tests;

/// <summary>manual_adjustments.csv: validated like any input, paid as a line of its own and shown as manual everywhere.</summary>
public sealed class ManualAdjustmentsTests
{
    private const string Header = "employee_id,period,component,amount,currency,reason_code,approver\n";

    [Fact]
    public void Run_ManualAdjustment_PaidAsAManualLineWithItsApproverEverywhere()
    {
        using var dir = new TempDir();
        var data = dir.CopyOf(RepoPaths.SampleData, "data");
        File.WriteAllText(Path.Combine(data, "manual_adjustments.csv"), Header + "E001,2026-Q3,agent_bonus,250.00,USD,DISPUTE-114,Maria Lopez\nE002,2026-Q2,agent_bonus,99,USD,OLD-1,Maria Lopez\n");

        var (exit, stdout, error) = CliRunner.Run("run", "--period", "2026-Q3", "--data", data, "--rules", RepoPaths.Rules, "--out", dir.File("p.xlsx"), "--payroll", dir.File("pay"), "--quiet");

        exit.ShouldBe(0, error);
        SummaryTable.Cash(stdout, "USD").ShouldBe(SummaryTable.Money(30_514.52m + 250m)); // the Q2 row is outside the period
        using var book = new XLWorkbook(dir.File("p.xlsx"));
        book.Worksheet("Summary").RowsUsed().Single(r => r.Cell(1).GetString() == "E001").Cell(7).GetValue<decimal>().ShouldBe(1_750m);
        var line = book.Worksheet("Payout Lines").RowsUsed().Single(r => r.Cell(7).GetString() == "manual");
        (line.Cell(2).GetString(), line.Cell(6).GetString(), line.Cell(9).GetValue<decimal>()).ShouldBe(("E001", "DISPUTE-114", 250m));
        book.Worksheet("Explanations").RowsUsed().ShouldContain(r => r.Cells().Any(c => c.GetString() == "Manual adjustment DISPUTE-114 approved by Maria Lopez (manual_adjustments.csv:2): +250.00 USD"));
        File.ReadAllText(dir.File("pay/payroll-2026-Q3.csv")).ShouldContain(",E001,BON-QTR,agent_bonus,cash,250.00,USD,");
    }

    [Theory]
    [InlineData("E001,2026-Q3,agent_bonus,250,EUR,D-1,Maria", "manual_adjustments.csv:2: column 'currency' value 'EUR': E001 is paid in USD")]
    [InlineData("E001,2026-Q3,agent_bonus,250,USD,D-1,", "manual_adjustments.csv:2: column 'approver'")]
    [InlineData("E999,2026-Q3,agent_bonus,250,USD,D-1,Maria", "manual_adjustments.csv:2: column 'employee_id' value 'E999': unknown employee_id")]
    [InlineData("E001,2026-Q3,agent_bonus,0,USD,D-1,Maria", "manual_adjustments.csv:2: column 'amount' value '0': an adjustment of 0 changes nothing")]
    [InlineData("E001,2026-Q3,signing_bonus,250,USD,D-1,Maria", "manual_adjustments.csv:2: column 'component' value 'signing_bonus': plan.json Payroll.Components has no pay element for it")]
    public void Run_BadManualAdjustment_Exit2NamingFileLineAndColumn(string row, string message)
    {
        using var dir = new TempDir();
        var data = dir.CopyOf(RepoPaths.SampleData, "data");
        File.WriteAllText(Path.Combine(data, "manual_adjustments.csv"), Header + row + "\n");

        var (exit, _, error) = CliRunner.Run("run", "--period", "2026-Q3", "--data", data, "--rules", RepoPaths.Rules, "--out", dir.File("p.xlsx"), "--quiet");

        exit.ShouldBe(2);
        error.ShouldContain(message);
        File.Exists(dir.File("p.xlsx")).ShouldBeFalse();
    }
}
