using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Payout.Tests.Shared;

namespace Payout.Cli.Tests;

/// <summary><c>payout run --statements DIR</c>: one statement per person that ties to the workbook.</summary>
public sealed class StatementsTests
{
    [Fact]
    public void Run_WithStatements_EachStatementTiesToItsSummaryRowAndAllToTheTotals()
    {
        using var dir = new TempDir();
        var (exit, _, error) = CliRunner.Run("run", "--data", RepoPaths.SampleData, "--rules", RepoPaths.Rules, "--out", dir.File("p.xlsx"), "--statements", dir.File("st"), "--quiet");
        exit.ShouldBe(0, error);

        var files = Directory.GetFiles(dir.File("st")).Order(StringComparer.Ordinal).ToList();
        files.Count.ShouldBe(38);
        using var book = new XLWorkbook(dir.File("p.xlsx"));
        var summary = book.Worksheet("Summary").RowsUsed().Skip(1).Where(r => r.Cell(1).GetString().StartsWith('E')).ToDictionary(r => r.Cell(1).GetString());
        var totals = new Dictionary<string, (decimal Cash, decimal NonCash)>();
        foreach (var file in files)
        {
            using var statement = new XLWorkbook(file);
            var rows = statement.Worksheet("Statement").RowsUsed().ToList();
            var id = rows.Single(r => r.Cell(2).GetString() == "employee").Cell(3).GetString().Split(' ')[0];
            Path.GetFileName(file).ShouldBe($"statement-2026-Q3-{id}.xlsx");
            var person = summary[id];
            var currency = person.Cell(5).GetString();
            var cash = rows.Single(r => r.Cell(2).GetString() == $"cash, {currency}").Cell(3).GetValue<decimal>();
            var nonCash = rows.Single(r => r.Cell(2).GetString() == $"non-cash cost, {currency}").Cell(3).GetValue<decimal>();
            (cash, nonCash).ShouldBe((person.Cell(7).GetValue<decimal>(), person.Cell(8).GetValue<decimal>()), id);
            var sum = totals.GetValueOrDefault(currency);
            totals[currency] = (sum.Cash + cash, sum.NonCash + nonCash);
        }

        var grand = book.Worksheet("Summary").RowsUsed().Where(r => r.Cell(1).GetString().StartsWith("Total ", StringComparison.Ordinal))
            .ToDictionary(r => r.Cell(5).GetString(), r => (r.Cell(7).GetValue<decimal>(), r.Cell(8).GetValue<decimal>()));
        totals.OrderBy(t => t.Key, StringComparer.Ordinal).ShouldBe(grand.OrderBy(t => t.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Run_WithStatements_AStatementReadsAsAPersonWouldNeedIt()
    {
        using var dir = new TempDir();
        CliRunner.Run("run", "--data", RepoPaths.SampleData, "--rules", RepoPaths.Rules, "--out", dir.File("p.xlsx"), "--statements", dir.File("st"), "--quiet").Exit.ShouldBe(0);

        var path = dir.File("st/statement-2026-Q3-E033.xlsx");
        using (var doc = SpreadsheetDocument.Open(path, false))
        {
            new OpenXmlValidator().Validate(doc).Select(e => e.Description).ShouldBeEmpty();
            doc.PackageProperties.Title.ShouldBe("Statement 2026-Q3 E033 Gus Ivanova");
            var sheet = doc.WorkbookPart!.WorksheetParts.Single().Worksheet;
            sheet.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.HeaderFooter>()!.OddFooter!.Text.ShouldMatch(@"^&L2026-Q3 · E033 · rules [0-9a-f]{12} · inputs [0-9a-f]{12}&C&A&RPage &P of &N$");
        }

        using var statement = new XLWorkbook(path);
        var rows = statement.Worksheet("Statement").RowsUsed().Select(r => (Section: r.Cell(1).GetString(), Item: r.Cell(2).GetString(), Value: r.Cell(3).GetString(), Detail: r.Cell(4).GetString())).ToList();
        rows.ShouldContain(r => r.Item == "plan" && r.Value == "Acme support & success pay plan 2026");
        rows.ShouldContain(r => r.Item == "company" && r.Value == "Acme Support Ltd");
        rows.ShouldContain(r => r.Item == "proration" && r.Detail == "92 of 92 days employed in the period × FTE 1");
        rows.ShouldContain(r => r.Section == "kpi" && r.Item == "csat" && r.Detail == "52 of 54, n=54; target 85, attainment 113.29 %");
        rows.ShouldContain(r => r.Section == "kpi" && r.Item == "excellence"); // read through role_rank.excellence
        rows.ShouldContain(r => r.Section == "award" && r.Item == "agent_bonus (cash)" && r.Detail.StartsWith("CsatTier3: kpi.csat 96.29", StringComparison.Ordinal) && r.Detail.EndsWith("= 1,000.00 EUR", StringComparison.Ordinal));
        rows.ShouldContain(r => r.Section == "award" && r.Item == "paid_time_off (pto_days × 1, cost)");
        rows.Where(r => r.Section == "audit").Select(r => r.Value.Length).ShouldBe([64, 64]);
    }

    [Fact]
    public void Run_StatementsOnOneOrTwoThreadsTwice_ByteIdentical()
    {
        using var dir = new TempDir();
        CliRunner.Run("run", "--data", RepoPaths.SampleData, "--rules", RepoPaths.Rules, "--out", dir.File("a.xlsx"), "--statements", dir.File("a"), "--threads", "1", "--quiet").Exit.ShouldBe(0);
        CliRunner.Run("run", "--data", RepoPaths.SampleData, "--rules", RepoPaths.Rules, "--out", dir.File("b.xlsx"), "--statements", dir.File("b"), "--threads", "2", "--quiet").Exit.ShouldBe(0);

        var a = Directory.GetFiles(dir.File("a")).Order(StringComparer.Ordinal).ToList();
        var b = Directory.GetFiles(dir.File("b")).Order(StringComparer.Ordinal).ToList();
        a.Select(Path.GetFileName).ShouldBe(b.Select(Path.GetFileName));
        a.Zip(b).ShouldAllBe(p => File.ReadAllBytes(p.First).SequenceEqual(File.ReadAllBytes(p.Second)));
    }

    [Fact]
    public void Run_StatementsWithTheRulesFolderElsewhere_SameBytes()
    {
        using var dir = new TempDir();
        var rules = dir.CopyOf(RepoPaths.Rules, "elsewhere/rules");

        CliRunner.Run("run", "--data", RepoPaths.SampleData, "--rules", RepoPaths.Rules, "--out", dir.File("a.xlsx"), "--statements", dir.File("a"), "--quiet").Exit.ShouldBe(0);
        CliRunner.Run("run", "--data", RepoPaths.SampleData, "--rules", rules, "--out", dir.File("b.xlsx"), "--statements", dir.File("b"), "--quiet").Exit.ShouldBe(0);

        File.ReadAllBytes(dir.File("a/statement-2026-Q3-E033.xlsx")).SequenceEqual(File.ReadAllBytes(dir.File("b/statement-2026-Q3-E033.xlsx"))).ShouldBeTrue();
    }
}
