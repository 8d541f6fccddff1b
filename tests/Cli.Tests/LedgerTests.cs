using Microsoft.Data.Sqlite;
using Payout.Cli.Ledger;
using Payout.Tests.Shared;

namespace Payout.Cli.Tests;

/// <summary><c>payout close</c> on a real SQLite file: book, rebook as adjustments, never edit.</summary>
public sealed class LedgerTests
{
    [Fact]
    public void Close_ThenALateSurvey_OneAdjustmentWithItsReasonAndTheOriginalIntact()
    {
        using var dir = new TempDir();
        var data = dir.CopyOf(RepoPaths.SampleData, "data");
        var ledger = dir.File("ledger.db");
        string[] Close(string by) => ["close", "--period", "2026-Q3", "--by", by, "--data", data, "--rules", RepoPaths.Rules, "--ledger", ledger, "--quiet"];

        var first = CliRunner.Run(Close("ana"));
        first.Exit.ShouldBe(0, first.Err);
        first.Out.ShouldContain("Closed 2026-Q3 (close 1)");
        CliRunner.Run(Close("ana")).Out.ShouldContain("nothing it pays has changed: nothing booked");

        // A survey that arrives after the close drops E001's CSAT below tier 3.
        File.AppendAllText(Path.Combine(data, "surveys.csv"), "S999999,E001,csat,1,2026-09-20T10:00:00Z,,,\n");
        var again = CliRunner.Run(Close("bo"));

        again.Exit.ShouldBe(0, again.Err);
        using var book = PayoutLedger.Open(ledger);
        var lines = book.Lines("2026-Q3");
        lines.Count.ShouldBe(47);
        var adjustment = lines.Single(l => l.Kind == "adjustment");
        (adjustment.EmployeeId, adjustment.Component, adjustment.Amount, adjustment.Currency).ShouldBe(("E001", "agent_bonus", -562.50m, "USD")); // 1,500.00 (tier 3) → 937.50 (tier 2)
        adjustment.Reason.ShouldBe("recalculated against close 1: inputs changed: surveys.csv; rules unchanged");
        lines.Single(l => l.Kind == "original" && l.EmployeeId == "E001" && l.Component == "agent_bonus").Amount.ShouldBe(1_500m);
        book.Closes("2026-Q3").Select(c => (c.Sequence, c.ClosedBy)).ShouldBe([(1, "ana"), (2, "bo")]);
        book.Closes("2026-Q3")[0].Files.ShouldContain(f => f.Kind == "input" && f.Name == "surveys.csv" && f.Sha256.Length == 64);
    }

    [Fact]
    public void Run_WithTheLedgerOfAClosedPeriod_AdjustmentsSheetShowsWhatACloseWouldBook()
    {
        using var dir = new TempDir();
        var data = dir.CopyOf(RepoPaths.SampleData, "data");
        var ledger = dir.File("ledger.db");
        CliRunner.Run("close", "--period", "2026-Q3", "--by", "ana", "--data", data, "--rules", RepoPaths.Rules, "--ledger", ledger, "--quiet").Exit.ShouldBe(0);
        File.AppendAllText(Path.Combine(data, "surveys.csv"), "S999999,E001,csat,1,2026-09-20T10:00:00Z,,,\n");

        var (exit, _, error) = CliRunner.Run("run", "--period", "2026-Q3", "--data", data, "--rules", RepoPaths.Rules, "--ledger", ledger, "--out", dir.File("p.xlsx"), "--quiet");

        exit.ShouldBe(0, error);
        using var book = new ClosedXML.Excel.XLWorkbook(dir.File("p.xlsx"));
        var rows = book.Worksheet("Adjustments").RowsUsed().Skip(1).ToList();
        var row = rows.ShouldHaveSingleItem();
        (row.Cell(1).GetString(), row.Cell(5).GetValue<decimal>(), row.Cell(6).GetValue<decimal>(), row.Cell(7).GetValue<decimal>()).ShouldBe(("E001", 1_500m, 937.50m, -562.50m));
        row.Cell(11).GetString().ShouldBe("recalculated against close 1: inputs changed: surveys.csv; rules unchanged");
        using var ledgerFile = PayoutLedger.Open(ledger);
        ledgerFile.Lines("2026-Q3").Count.ShouldBe(46); // a run shows what a close would book; it books nothing
    }

    [Fact]
    public void Run_ClosedPeriodWithPayrollAndStatements_OnlyTheAdjustmentIsExportedAndTheStatementSaysWhy()
    {
        using var dir = new TempDir();
        var data = dir.CopyOf(RepoPaths.SampleData, "data");
        var ledger = dir.File("ledger.db");
        CliRunner.Run("close", "--period", "2026-Q3", "--by", "ana", "--data", data, "--rules", RepoPaths.Rules, "--ledger", ledger, "--quiet").Exit.ShouldBe(0);
        File.AppendAllText(Path.Combine(data, "surveys.csv"), "S999999,E001,csat,1,2026-09-20T10:00:00Z,,,\n");

        string[] Run() => ["run", "--period", "2026-Q3", "--data", data, "--rules", RepoPaths.Rules, "--ledger", ledger, "--out", dir.File("a.xlsx"),
            "--payroll", dir.File("a-pay"), "--statements", dir.File("a-st"), "--quiet"];
        var (exit, _, error) = CliRunner.Run(Run());
        exit.ShouldBe(0, error);
        var (workbook, statementBytes) = (File.ReadAllBytes(dir.File("a.xlsx")), File.ReadAllBytes(dir.File("a-st/statement-2026-Q3-E001.xlsx")));

        var payroll = File.ReadAllLines(dir.File("a-pay/payroll-2026-Q3.csv"));
        payroll.Length.ShouldBe(2);
        payroll[1].ShouldStartWith("A1,E001,BON-QTR,agent_bonus,cash,-562.50,USD,2026-10-15,2026-Q3,");
        payroll[1].ShouldEndWith(",adjustment");
        using (var statement = new ClosedXML.Excel.XLWorkbook(dir.File("a-st/statement-2026-Q3-E001.xlsx")))
        {
            var row = statement.Worksheet("Statement").RowsUsed().Single(r => r.Cell(1).GetString() == "adjustment");
            row.Cell(3).GetValue<decimal>().ShouldBe(-562.50m);
            row.Cell(4).GetString().ShouldBe("booked 1,500.00, now 937.50 USD; recalculated against close 1: inputs changed: surveys.csv; rules unchanged");
        }

        // The ledger did not change: a second run gives the same bytes.
        CliRunner.Run(Run()).Exit.ShouldBe(0);
        File.ReadAllBytes(dir.File("a.xlsx")).SequenceEqual(workbook).ShouldBeTrue();
        File.ReadAllBytes(dir.File("a-st/statement-2026-Q3-E001.xlsx")).SequenceEqual(statementBytes).ShouldBeTrue();
    }

    [Fact]
    public void Run_AfterAnEarlierMonthWasClosed_SummaryAndStatementsShowTheYearToDate()
    {
        using var dir = new TempDir();
        var ledger = dir.File("ledger.db");
        CliRunner.Run("close", "--period", "2026-07", "--by", "ana", "--data", RepoPaths.SampleData, "--rules", RepoPaths.Rules, "--ledger", ledger, "--quiet").Exit.ShouldBe(0);
        CliRunner.Run("run", "--period", "2026-07", "--data", RepoPaths.SampleData, "--rules", RepoPaths.Rules, "--out", dir.File("july.xlsx"), "--quiet").Exit.ShouldBe(0);

        var (exit, _, error) = CliRunner.Run("run", "--period", "2026-08", "--data", RepoPaths.SampleData, "--rules", RepoPaths.Rules, "--ledger", ledger,
            "--out", dir.File("august.xlsx"), "--statements", dir.File("st"), "--quiet");

        exit.ShouldBe(0, error);
        using var july = new ClosedXML.Excel.XLWorkbook(dir.File("july.xlsx"));
        var paidInJuly = july.Worksheet("Summary").RowsUsed().Skip(1).Where(r => r.Cell(1).GetString().StartsWith('E')).ToDictionary(r => r.Cell(1).GetString(), r => r.Cell(7).GetValue<decimal>());
        paidInJuly.Values.Sum().ShouldBeGreaterThan(0m);
        using var august = new ClosedXML.Excel.XLWorkbook(dir.File("august.xlsx"));
        var summary = august.Worksheet("Summary");
        (summary.Cell("J1").GetString(), summary.Cell("K1").GetString()).ShouldBe(("cash_earlier_in_year", "cash_year_to_date"));
        foreach (var row in summary.RowsUsed().Skip(1).Where(r => r.Cell(1).GetString().StartsWith('E')))
        {
            var id = row.Cell(1).GetString();
            row.Cell(10).GetValue<decimal>().ShouldBe(paidInJuly.GetValueOrDefault(id), id);
            row.Cell(11).GetValue<decimal>().ShouldBe(paidInJuly.GetValueOrDefault(id) + row.Cell(7).GetValue<decimal>(), id);
        }

        var someone = paidInJuly.First(p => p.Value > 0);
        using var statement = new ClosedXML.Excel.XLWorkbook(dir.File($"st/statement-2026-08-{someone.Key}.xlsx"));
        var currency = summary.RowsUsed().Single(r => r.Cell(1).GetString() == someone.Key).Cell(5).GetString();
        statement.Worksheet("Statement").RowsUsed().Single(r => r.Cell(2).GetString() == $"cash paid earlier in 2026, {currency}").Cell(3).GetValue<decimal>().ShouldBe(someone.Value);
    }

    [Theory]
    [InlineData("UPDATE lines SET amount = '0'", "a booked line is never changed")]
    [InlineData("DELETE FROM lines", "a booked line is never removed")]
    [InlineData("UPDATE closes SET closed_by = 'mallory'", "a close is never changed")]
    [InlineData("DELETE FROM close_files", "a close is never removed")]
    public void Ledger_ChangingWhatWasBooked_Refused(string sql, string message)
    {
        using var dir = new TempDir();
        CliRunner.Run("close", "--period", "2026-Q3", "--by", "ana", "--data", RepoPaths.SampleData, "--rules", RepoPaths.Rules, "--ledger", dir.File("l.db"), "--quiet").Exit.ShouldBe(0);
        using var ledger = PayoutLedger.Open(dir.File("l.db"));

        Should.Throw<SqliteException>(() => ledger.ExecuteRaw(sql)).Message.ShouldContain(message);
        ledger.Lines("2026-Q3").Count.ShouldBe(46);
        ledger.Version.ShouldBe(PayoutLedger.SchemaVersion);
    }

    [Fact]
    public void Close_LedgerFromANewerPayout_Exit2()
    {
        using var dir = new TempDir();
        using (var connection = new SqliteConnection($"Data Source={dir.File("l.db")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99";
            command.ExecuteNonQuery();
        }

        var (exit, _, error) = CliRunner.Run("close", "--period", "2026-Q3", "--by", "ana", "--data", RepoPaths.SampleData, "--rules", RepoPaths.Rules, "--ledger", dir.File("l.db"), "--quiet");

        exit.ShouldBe(2);
        error.ShouldContain($"the ledger's schema is version 99, newer than this Payout's {PayoutLedger.SchemaVersion}");
    }

    [Theory]
    [InlineData("--by", "--by is required")]
    [InlineData("--period", "--period is required")]
    public void Close_WithoutWhoOrWhen_Exit2(string left, string message)
    {
        using var dir = new TempDir();
        var args = new List<string> { "close", "--period", "2026-Q3", "--by", "ana", "--data", RepoPaths.SampleData, "--rules", RepoPaths.Rules, "--ledger", dir.File("l.db") };
        var at = args.IndexOf(left);
        args.RemoveRange(at, 2);

        var (exit, _, error) = CliRunner.Run([.. args]);

        exit.ShouldBe(2);
        error.ShouldContain(message);
        File.Exists(dir.File("l.db")).ShouldBeFalse();
    }
}
