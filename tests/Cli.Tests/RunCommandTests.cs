using System.Security.Cryptography;
using ClosedXML.Excel;
using Payout.Tests.Shared;

namespace Payout.Cli.Tests;

/// <summary>`payout run` end to end on the shipped sample data and policy.</summary>
public sealed class RunCommandTests
{
    private static (int Exit, string Out, string Err) RunSample(string outPath, params string[] extra) =>
        CliRunner.Run(["run", "--data", RepoPaths.SampleData, "--rules", RepoPaths.Rules, "--out", outPath, .. extra]);

    [Fact]
    public void Run_Sample_WorkbookTotalsEqualEngineAndPayoutLines()
    {
        using var dir = new TempDir();
        var (exit, output, error) = RunSample(dir.File("p.xlsx"));

        exit.ShouldBe(0, error);
        using var book = new XLWorkbook(dir.File("p.xlsx"));
        var lines = book.Worksheet("Payout Lines").RowsUsed().Skip(1)
            .GroupBy(r => r.Cell(10).GetString())
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Cell(9).GetValue<decimal>()));
        var totals = book.Worksheet("Summary").RowsUsed().Where(r => r.Cell(1).GetString().StartsWith("Total ", StringComparison.Ordinal))
            .ToDictionary(r => r.Cell(5).GetString(), r => r.Cell(7).GetValue<decimal>());
        totals.Keys.Order().ShouldBe(["EUR", "USD"]);
        totals.OrderBy(kv => kv.Key).ShouldBe(lines.OrderBy(kv => kv.Key));
        foreach (var (currency, total) in totals)
        {
            SummaryTable.Cash(output, currency).ShouldBe(SummaryTable.Money(total));
        }
    }

    [Fact]
    public void Run_NoExplanations_SameLinesAndTotalsNoExplanationRowsOrLinks()
    {
        using var dir = new TempDir();
        var full = RunSample(dir.File("full.xlsx"));
        var whatIf = RunSample(dir.File("what-if.xlsx"), "--no-explanations");

        whatIf.Exit.ShouldBe(0, whatIf.Err);
        whatIf.Out.Split('\n').Where(l => l.Contains("cash ", StringComparison.Ordinal)).ShouldBe(full.Out.Split('\n').Where(l => l.Contains("cash ", StringComparison.Ordinal)));
        using var a = new XLWorkbook(dir.File("full.xlsx"));
        using var b = new XLWorkbook(dir.File("what-if.xlsx"));
        static List<string> Lines(XLWorkbook book) => book.Worksheet("Payout Lines").RowsUsed().Skip(1)
            .Select(r => string.Join("|", Enumerable.Range(1, 14).Select(c => Text(r.Cell(c))))).ToList();
        // Numbers by value: how ClosedXML reads back a cached formula result's text varies with the cells around it.
        static string Text(IXLCell cell) => decimal.TryParse(cell.GetString(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var d)
            ? d.ToString("G29", System.Globalization.CultureInfo.InvariantCulture)
            : cell.GetString();
        Lines(b).ShouldBe(Lines(a));
        Lines(b).ShouldNotBeEmpty();
        b.Worksheet("Payout Lines").RowsUsed().Skip(1).ShouldAllBe(r => r.Cell(15).IsEmpty());
        a.Worksheet("Payout Lines").RowsUsed().Skip(1).ShouldAllBe(r => r.Cell(15).FormulaA1.StartsWith("HYPERLINK", StringComparison.Ordinal));
        b.Worksheet("Explanations").RowsUsed().Count().ShouldBe(1); // the header
        b.Worksheet("Run").RowsUsed().Any(r => r.Cell(1).GetString() == "explanations" && r.Cell(2).GetString().StartsWith("false", StringComparison.Ordinal)).ShouldBeTrue();
    }

    [Fact]
    public void Run_Sample_EveryTierGateAndRewardIsReachedAndMissed()
    {
        using var dir = new TempDir();
        RunSample(dir.File("p.xlsx")).Exit.ShouldBe(0);

        using var book = new XLWorkbook(dir.File("p.xlsx"));
        var outcomes = book.Worksheet("Explanations").RowsUsed().Skip(1)
            .Select(r => (Rule: r.Cell(5).GetString(), Outcome: r.Cell(9).GetString(), Inputs: r.Cell(11).GetString()))
            .ToList();
        foreach (var rule in new[] { "CsatTier1", "CsatTier2", "CsatTier3", "CsmVariablePay" })
        {
            outcomes.ShouldContain(o => o.Rule == rule && o.Outcome == "Fired", $"{rule} fires for someone");
            outcomes.ShouldContain(o => o.Rule == rule && o.Outcome != "Fired", $"{rule} is missed by someone");
        }

        outcomes.ShouldContain(o => o.Outcome == "Superseded");
        outcomes.ShouldContain(o => o.Outcome == "SkippedMissingInput" && o.Rule == "CsatTier3");
        outcomes.ShouldContain(o => o.Rule == "CsatTier3" && o.Outcome == "NotFired" && o.Inputs.Contains("kpi.csat=94", StringComparison.Ordinal)); // IQS gate
        outcomes.ShouldContain(o => o.Rule == "CsmVariablePay" && o.Inputs.Contains("employee.variable_pay_pct=0.1;", StringComparison.Ordinal));
        outcomes.ShouldContain(o => o.Rule == "CsmVariablePay" && o.Inputs.Contains("employee.variable_pay_pct=0.2;", StringComparison.Ordinal));
        var prorations = book.Worksheet("Summary").Column(6).CellsUsed().Skip(1).Select(c => c.GetValue<decimal>()).ToList();
        prorations.ShouldContain(p => p > 0 && p < 1, "a mid-quarter hire or leaver is prorated");
    }

    [Fact]
    public void Run_SameInputsTwice_ByteIdenticalWorkbooks()
    {
        using var dir = new TempDir();
        RunSample(dir.File("p.xlsx")).Exit.ShouldBe(0);
        var first = SHA256.HashData(File.ReadAllBytes(dir.File("p.xlsx")));
        RunSample(dir.File("p.xlsx")).Exit.ShouldBe(0);

        SHA256.HashData(File.ReadAllBytes(dir.File("p.xlsx"))).ShouldBe(first);
    }

    [Fact]
    public void Run_BrokenRule_ExitTwoNamesFileRuleLineAndWritesNothing()
    {
        using var dir = new TempDir();
        var rules = dir.CopyOf(RepoPaths.Rules, "rules");
        var file = Path.Combine(rules, "agent-bonus.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("kpi.csat >= 85", "kpi.cast >= 85", StringComparison.Ordinal));

        var (exit, _, error) = CliRunner.Run("run", "--data", RepoPaths.SampleData, "--rules", rules, "--out", dir.File("p.xlsx"));

        exit.ShouldBe(2);
        error.ShouldContain($"Rule=CsatTier2 File={file} Line=44: Expression `kpi.cast >= 85 && kpi.iqs >= plan.iqs_gate`: unknown KPI 'cast'; did you mean 'csat'?");
        File.Exists(dir.File("p.xlsx")).ShouldBeFalse();
    }

    [Fact]
    public void Run_BadDataRow_ExitTwoNamesFileLineColumnAndWritesNothing()
    {
        using var dir = new TempDir();
        var data = dir.CopyOf(RepoPaths.SampleData, "data");
        File.AppendAllText(Path.Combine(data, "surveys.csv"), "S999999,E001,csat,7,2026-08-01T10:00:00Z,,,\n");
        var lineNumber = File.ReadAllLines(Path.Combine(data, "surveys.csv")).Length;

        var (exit, _, error) = CliRunner.Run("run", "--data", data, "--rules", RepoPaths.Rules, "--out", dir.File("p.xlsx"));

        exit.ShouldBe(2);
        error.ShouldContain($"surveys.csv:{lineNumber}: column 'score' value '7': score outside its scale 1–5");
        File.Exists(dir.File("p.xlsx")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("--period", "2026-Q5", "invalid --period '2026-Q5'")]
    [InlineData("--perod", "2026-Q3", "'--perod' was not matched. Did you mean one of the following?\n--period")]
    public void Run_BadArguments_ExitTwoWithMessage(string option, string value, string message)
    {
        using var dir = new TempDir();
        var (exit, _, error) = RunSample(dir.File("p.xlsx"), option, value);

        exit.ShouldBe(2);
        error.ShouldContain(message);
        File.Exists(dir.File("p.xlsx")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("run", "run [options]")]
    [InlineData("kpis", "kpis [options]")]
    public void Help_EachCommand_PrintsUsage(string command, string usage)
    {
        var (exit, output, _) = CliRunner.Run(command, "--help");

        exit.ShouldBe(0);
        output.ShouldContain(usage);
    }

    [Fact]
    public void Main_UnknownCommand_ExitTwo() => CliRunner.Run("pay").Exit.ShouldBe(2);

    [Fact]
    public void Run_Sample_PoliciesSheetListsEveryRuleWithFileLineAndHash()
    {
        using var dir = new TempDir();
        RunSample(dir.File("p.xlsx")).Exit.ShouldBe(0);

        using var book = new XLWorkbook(dir.File("p.xlsx"));
        var rows = book.Worksheet("Policies").RowsUsed().Skip(1).Where(r => r.Cell(4).GetString() != "(plan)").ToList();
        rows.Select(r => r.Cell(5).GetString()).Where(n => n.Length > 0).ShouldBe(
            ["CsatTier3", "CsatTier3", "CsatTier2", "CsatTier1", "CsmVariablePay", "PtoForSustainedExcellence", "EmployeeOfTheMonth", "GiftCardTopThree", "CsmChurnClawback", "QualityKicker", "SponsoredTrip", "TeamLunch", "TripForfeit"],
            ignoreOrder: true);
        static string Date(IXLCell c) => c.IsEmpty() ? string.Empty : c.GetDateTime().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        rows.Where(r => r.Cell(5).GetString() == "CsatTier3").Select(r => (r.Cell(6).GetString(), Date(r.Cell(7)), Date(r.Cell(8))))
            .ShouldBe([("no", "", "2026-06-30"), ("yes", "2026-07-01", "")]);
        rows.First(r => !r.Cell(8).IsEmpty()).Cell(8).Style.NumberFormat.Format.ShouldBe("yyyy\\-mm\\-dd");
        var tier3 = rows.Single(r => r.Cell(5).GetString() == "CsatTier3" && r.Cell(6).GetString() == "yes");
        tier3.Cell(1).GetString().ShouldEndWith("agent-bonus.json");
        tier3.Cell(2).GetString().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(RepoPaths.Rules, "agent-bonus.json")))));
        tier3.Cell(3).GetValue<int>().ShouldBe(25);
        tier3.Cell(6).GetString().ShouldBe("yes");
        rows.ShouldContain(r => r.Cell(1).GetString().EndsWith("plan.json", StringComparison.Ordinal) && r.Cell(5).IsEmpty());
    }
}
