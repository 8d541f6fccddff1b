using System.Globalization;
using ClosedXML.Excel;
using Microsoft.Data.Sqlite;
using Payout.Cli.Ledger;
using Payout.Tests.Shared;

namespace Payout.Cli.Tests;

/// <summary>Clawbacks as rules, end to end on a real ledger: a negative line linked to the booked line it recovers.</summary>
public sealed class ClawbackTests
{
    [Fact]
    public void RunAndClose_AccountChurnsAfterAClosedQuarter_NegativeLineLinkedToTheBookedPay()
    {
        using var dir = new TempDir();
        var data = dir.CopyOf(RepoPaths.SampleData, "data");
        var ledger = dir.File("ledger.db");
        CliRunner.Run("close", "--period", "2026-Q3", "--by", "ana", "--data", data, "--rules", RepoPaths.Rules, "--ledger", ledger, "--quiet").Exit.ShouldBe(0);
        // E034's account A01001, retained at the end of Q3, churns 20 days later.
        var accounts = Path.Combine(data, "accounts.csv");
        var rows = File.ReadAllLines(accounts);
        var book = rows.Skip(1).Select(r => r.Split(',')).Where(c => c[0] == "E034" && c[2] == "2026-Q3" && c[3] != "new").ToList();
        var share = decimal.Parse(book.Single(c => c[1] == "A01001")[5], CultureInfo.InvariantCulture) / book.Sum(c => decimal.Parse(c[5], CultureInfo.InvariantCulture));
        File.WriteAllLines(accounts, [rows[0] + ",churned_on", .. rows.Skip(1).Select(r => r + ","), "E034,A01001,2026-Q4,churned,63629,0,0,2026-10-20"]);
        long paidId;
        decimal paid;
        using (var before = PayoutLedger.Open(ledger))
        {
            var line = before.Lines("2026-Q3").Single(l => l.EmployeeId == "E034" && l.Component == "csm_variable");
            (paidId, paid) = (line.Id, line.Amount);
        }

        var run = CliRunner.Run("run", "--period", "2026-Q4", "--data", data, "--rules", RepoPaths.Rules, "--ledger", ledger, "--out", dir.File("q4.xlsx"), "--quiet");

        run.Exit.ShouldBe(0, run.Err);
        var expected = -Math.Round(paid * share, 2, MidpointRounding.AwayFromZero);
        using (var workbook = new XLWorkbook(dir.File("q4.xlsx")))
        {
            var line = workbook.Worksheet("Payout Lines").RowsUsed().Skip(1).ShouldHaveSingleItem();
            (line.Cell(2).GetString(), line.Cell(5).GetString(), line.Cell(6).GetString(), line.Cell(9).GetValue<decimal>(), line.Cell(16).GetString())
                .ShouldBe(("E034", "csm_variable", "CsmChurnClawback", expected, $"2026-Q3 line {paidId}"));
        }

        RedoneSentences.Check(dir.File("q4.xlsx"), MidpointRounding.AwayFromZero).ShouldBe(1); // the clawback's arithmetic redoes to its amount

        var close = CliRunner.Run("close", "--period", "2026-Q4", "--by", "ana", "--data", data, "--rules", RepoPaths.Rules, "--ledger", ledger, "--quiet");
        close.Exit.ShouldBe(0, close.Err);
        CliRunner.Run("close", "--period", "2026-Q4", "--by", "ana", "--data", data, "--rules", RepoPaths.Rules, "--ledger", ledger, "--quiet").Out.ShouldContain("nothing booked");
        using var after = PayoutLedger.Open(ledger);
        var clawback = after.Lines("2026-Q4").ShouldHaveSingleItem();
        (clawback.EmployeeId, clawback.Component, clawback.Amount, clawback.Recovers, clawback.Rule).ShouldBe(("E034", "csm_variable", expected, paidId, "CsmChurnClawback"));
        after.Lines("2026-Q3").Single(l => l.Id == paidId).Amount.ShouldBe(paid); // the original is intact
        Adjustments.Booked(after, Calc.Model.Period.Parse("2027-Q1"))["E034"].Single(b => b.Period == "2026-Q3").Amount.ShouldBe(paid + expected);
    }

    [Fact]
    public void Run_PersonLeavesSoonAfterABookedTrip_TripForfeitedAndLinked()
    {
        using var dir = new TempDir();
        var data = dir.CopyOf(RepoPaths.SampleData, "data");
        var ledger = dir.File("ledger.db");
        long tripId;
        using (var book = PayoutLedger.Open(ledger))
        {
            book.Book("2026-Q2", "ana", "test", [], [new LedgerLine("E001", "trip", "trip", "USD", 0m, 2_500m, "original", "C# SponsoredTrip") { Quantity = 1m, Rule = "SponsoredTrip" }]);
            tripId = book.Lines("2026-Q2").Single().Id;
        }

        var employees = Path.Combine(data, "employees.csv");
        File.WriteAllLines(employees, File.ReadAllLines(employees).Select(l => l.StartsWith("E001,", StringComparison.Ordinal) ? l.Replace("75000,,,,", "75000,,,2026-08-15,", StringComparison.Ordinal) : l));

        var (exit, _, error) = CliRunner.Run("run", "--period", "2026-Q3", "--data", data, "--rules", RepoPaths.Rules, "--ledger", ledger, "--out", dir.File("q3.xlsx"), "--quiet");

        exit.ShouldBe(0, error);
        using var workbook = new XLWorkbook(dir.File("q3.xlsx"));
        var forfeit = workbook.Worksheet("Payout Lines").RowsUsed().Skip(1).Single(r => r.Cell(6).GetString() == "TripForfeit");
        (forfeit.Cell(2).GetString(), forfeit.Cell(8).GetString(), forfeit.Cell(11).GetValue<decimal>(), forfeit.Cell(14).GetValue<decimal>(), forfeit.Cell(16).GetString())
            .ShouldBe(("E001", "trip", -1m, -2_500m, $"2026-Q2 line {tripId}"));
        workbook.Worksheet("Explanations").RowsUsed().Single(r => r.Cell(5).GetString() == "TripForfeit" && r.Cell(9).GetString() == "Fired").Cell(15).GetString()
            .ShouldContain("left on 2026-08-15, 46 days after 2026-Q2 (within 180)");
    }

    [Fact]
    public void Open_LedgerOfSchemaVersion1_MigratedAndItsLinesStillRecoverable()
    {
        using var dir = new TempDir();
        using (var connection = new SqliteConnection($"Data Source={dir.File("l.db")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE closes (id INTEGER PRIMARY KEY, period TEXT NOT NULL, sequence INTEGER NOT NULL, closed_by TEXT NOT NULL, closed_at TEXT NOT NULL, tool_version TEXT NOT NULL, UNIQUE (period, sequence));
                CREATE TABLE close_files (close_id INTEGER NOT NULL REFERENCES closes (id), kind TEXT NOT NULL, name TEXT NOT NULL, sha256 TEXT NOT NULL);
                CREATE TABLE lines (id INTEGER PRIMARY KEY, close_id INTEGER NOT NULL REFERENCES closes (id), period TEXT NOT NULL, employee_id TEXT NOT NULL, component TEXT NOT NULL,
                    reward_type TEXT NOT NULL, currency TEXT NOT NULL, amount TEXT NOT NULL, cost TEXT NOT NULL, kind TEXT NOT NULL, reason TEXT NOT NULL);
                INSERT INTO closes VALUES (1, '2026-Q3', 1, 'ana', '2026-10-01T00:00:00Z', '0.9');
                INSERT INTO lines VALUES (1, 1, '2026-Q3', 'E034', 'csm_variable', 'cash', 'USD', '2912.00', '2912.00', 'original', 'CsmVariablePay CsmVariablePay');
                PRAGMA user_version = 1;
                """;
            command.ExecuteNonQuery();
        }

        using var ledger = PayoutLedger.Open(dir.File("l.db"));

        ledger.Version.ShouldBe(2);
        var line = ledger.Lines("2026-Q3").ShouldHaveSingleItem();
        (line.Amount, line.Quantity, line.Rule, line.Recovers).ShouldBe((2_912m, (decimal?)null, (string?)null, (long?)null));
        var booked = Adjustments.Booked(ledger, Calc.Model.Period.Parse("2026-Q4"))["E034"].ShouldHaveSingleItem();
        (booked.LineId, booked.Rule, booked.Amount, booked.PeriodEnd).ShouldBe((1L, "CsmVariablePay", 2_912m, new DateOnly(2026, 9, 30)));
    }
}
