using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Payout.Cli.Output;
using Payout.Tests.Shared;
using Spectre.Console.Testing;

namespace Payout.Cli.Tests.Output;

/// <summary>Progress on stderr (live in a terminal, plain lines in a log, none with --quiet), the closing table, --json and JUnit.</summary>
public sealed class RunOutputTests
{
    [Fact]
    public void Run_FiftyThousandPeopleInATerminal_ShowsLiveProgressOfEachStep()
    {
        using var dir = new TempDir();
        var data = dir.File("data");
        CliRunner.Run("sample", "--employees", "50000", "--events-per-person", "3", "--out", data).Exit.ShouldBe(0);
        var terminal = new TestConsole().Interactive();
        terminal.Profile.Width = 120;
        RunProgress.UseConsole(terminal);
        try
        {
            var (exit, stdout, stderr) = CliRunner.Run("run", "--data", data, "--rules", RepoPaths.Rules, "--period", "2026-Q3", "--out", dir.File("p.xlsx"), "--accept-rejects", "--no-explanations");

            exit.ShouldBe(0, stderr);
            stdout.ShouldContain("Wrote ");
            var screen = terminal.Output;
            screen.ShouldContain("reading data and computing KPIs");
            screen.ShouldContain("evaluating 50,000 people");
            screen.ShouldContain("writing the workbook");
            screen.ShouldContain("100%");
        }
        finally
        {
            RunProgress.UseConsole(null);
        }
    }

    [Fact]
    public void Run_NotATerminal_PlainProgressLinesOnStderrAndATableOnStdout()
    {
        using var dir = new TempDir();
        var (exit, stdout, stderr) = CliRunner.Run("run", "--rules", RepoPaths.Rules, "--data", RepoPaths.SampleData, "--out", dir.File("p.xlsx"));

        exit.ShouldBe(0, stderr);
        stderr.ShouldContain("payout: evaluating 38 people…");
        stderr.ShouldContain("payout: writing the workbook: done in ");
        stdout.ShouldStartWith($"Wrote {dir.File("p.xlsx")}: 38 people, 46 payout lines, 297 rule evaluations.");
        (SummaryTable.Cash(stdout, "USD"), SummaryTable.Cash(stdout, "EUR")).ShouldBe(("30,514.52", "4,050.00"));
        SummaryTable.NonCash(stdout, "USD").ShouldNotBe("0.00");
    }

    [Fact]
    public void Run_QuietAndJson_NoProgressAndTotalsThatTieToTheTable()
    {
        using var dir = new TempDir();
        var (exit, stdout, stderr) = CliRunner.Run("run", "--rules", RepoPaths.Rules, "--data", RepoPaths.SampleData, "--out", dir.File("p.xlsx"), "--quiet", "--json", "--no-explanations");

        exit.ShouldBe(0, stderr);
        stderr.ShouldBeEmpty();
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("people").GetInt32().ShouldBe(38);
        json.RootElement.GetProperty("rule_evaluations").ValueKind.ShouldBe(JsonValueKind.Null); // not "0 rule evaluations" when explanations are off
        var cash = json.RootElement.GetProperty("currencies").EnumerateArray().ToDictionary(c => c.GetProperty("currency").GetString()!, c => c.GetProperty("cash").GetDecimal());
        cash.ShouldBe(new Dictionary<string, decimal> { ["EUR"] = 4050.00m, ["USD"] = 30514.52m });
    }

    [Fact]
    public void Validate_Json_SummaryObject()
    {
        var (exit, stdout, stderr) = CliRunner.Run("validate", "--rules", RepoPaths.Rules, "--data", RepoPaths.SampleData, "--json");

        exit.ShouldBe(0, stderr);
        using var json = JsonDocument.Parse(stdout);
        (json.RootElement.GetProperty("valid").GetBoolean(), json.RootElement.GetProperty("people").GetInt32(), json.RootElement.GetProperty("period").GetString())
            .ShouldBe((true, 38, "2026-Q3"));
    }

    [Fact]
    public void Test_JunitAndJson_EveryCaseWithFailuresCarryingExpectedAndActual()
    {
        using var dir = new TempDir();
        var tests = dir.File("tests");
        Directory.CreateDirectory(tests);
        var original = File.ReadAllText(Path.Combine(RepoPaths.Rules, "tests", "agent-bonus.json"));
        File.WriteAllText(Path.Combine(tests, "agent-bonus.json"), original.Replace("\"Amount\": 960.00", "\"Amount\": 961.00", StringComparison.Ordinal));
        var report = dir.File("junit.xml");

        var (exit, stdout, stderr) = CliRunner.Run("test", "--rules", RepoPaths.Rules, "--tests", tests, "--junit", report, "--json");

        exit.ShouldBe(1, stderr);
        using var json = JsonDocument.Parse(stdout);
        var failed = json.RootElement.GetProperty("failed").GetInt32();
        var passed = json.RootElement.GetProperty("passed").GetInt32();
        failed.ShouldBe(1);
        var xml = XDocument.Load(report);
        var suites = xml.Root!;
        (suites.Name.LocalName, int.Parse(suites.Attribute("tests")!.Value, CultureInfo.InvariantCulture), int.Parse(suites.Attribute("failures")!.Value, CultureInfo.InvariantCulture))
            .ShouldBe(("testsuites", passed + failed, 1));
        var failure = suites.Descendants("failure").ShouldHaveSingleItem();
        failure.Parent!.Attribute("name")!.Value.ShouldBe("Tier 3 exactly at CSAT 90 with IQS exactly at the gate");
        failure.Value.ShouldContain("961");
        failure.Value.ShouldContain("960");
        Directory.GetFiles(dir.Path, "*.tmp-*").ShouldBeEmpty();
    }

    [Fact]
    public void Run_SemicolonSeparatedSampleFolder_PaysTheSame()
    {
        using var dir = new TempDir();
        var data = dir.CopyOf(RepoPaths.SampleData, "data");
        foreach (var file in Directory.GetFiles(data, "*.csv"))
        {
            File.WriteAllText(file, File.ReadAllText(file).Replace(',', ';'));
        }

        var (exit, stdout, stderr) = CliRunner.Run("run", "--rules", RepoPaths.Rules, "--data", data, "--out", dir.File("p.xlsx"), "--quiet");

        exit.ShouldBe(0, stderr);
        (SummaryTable.Cash(stdout, "USD"), SummaryTable.Cash(stdout, "EUR")).ShouldBe(("30,514.52", "4,050.00"));
    }
}
