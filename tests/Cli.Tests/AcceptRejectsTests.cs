using ClosedXML.Excel;
using Payout.Tests.Shared;

namespace Payout.Cli.Tests;

/// <summary>Invalid rows fail the run by default; --accept-rejects goes on and lists them.</summary>
public sealed class AcceptRejectsTests
{
    private static string DataWithBadRows(TempDir dir, int badRows)
    {
        var data = dir.CopyOf(RepoPaths.SampleData, "data");
        var lines = Enumerable.Range(0, badRows).Select(i => $"SBAD{i},E001,csat,9,2026-08-01T10:00:00Z,,,");
        File.AppendAllLines(Path.Combine(data, "surveys.csv"), lines);
        return data;
    }

    [Fact]
    public void Run_AcceptRejects_WritesWorkbookWithRejectedRowsAndCounts()
    {
        using var dir = new TempDir();
        var data = DataWithBadRows(dir, 2);
        var readBefore = File.ReadAllLines(Path.Combine(RepoPaths.SampleData, "surveys.csv")).Length - 1;

        var (exit, _, error) = CliRunner.Run("run", "--data", data, "--rules", RepoPaths.Rules, "--out", dir.File("p.xlsx"), "--accept-rejects");

        exit.ShouldBe(0, error);
        error.ShouldContain("warning: 2 invalid input row(s) or file(s) left out (--accept-rejects):");
        using var book = new XLWorkbook(dir.File("p.xlsx"));
        var rejected = book.Worksheet("Rejected Rows").RowsUsed().Skip(1).ToList();
        rejected.Select(r => (r.Cell(1).GetString(), r.Cell(3).GetString(), r.Cell(4).GetString())).ShouldBe(
            [("surveys.csv", "score", "9"), ("surveys.csv", "score", "9")]);
        var surveys = book.Worksheet("Inputs").RowsUsed().Single(r => r.Cell(1).GetString() == "surveys.csv");
        surveys.Cell(3).GetValue<int>().ShouldBe(readBefore + 2);   // read
        surveys.Cell(5).GetValue<int>().ShouldBe(2);                // rejected
        (surveys.Cell(4).GetValue<int>() + surveys.Cell(5).GetValue<int>() + surveys.Cell(6).GetValue<int>()).ShouldBe(surveys.Cell(3).GetValue<int>());
    }

    [Fact]
    public void Run_ManyBadRows_ErrorsCappedWithCountAndNothingWritten()
    {
        using var dir = new TempDir();
        var data = DataWithBadRows(dir, 60);

        var (exit, _, error) = CliRunner.Run("run", "--data", data, "--rules", RepoPaths.Rules, "--out", dir.File("p.xlsx"), "--quiet");

        exit.ShouldBe(2);
        error.ShouldStartWith("error: 60 invalid input row(s) or file(s); nothing was written");
        error.Split('\n').Count(l => l.Contains("score outside its scale", StringComparison.Ordinal)).ShouldBe(50);
        error.ShouldContain("… and 10 more");
        File.Exists(dir.File("p.xlsx")).ShouldBeFalse();
    }
}
