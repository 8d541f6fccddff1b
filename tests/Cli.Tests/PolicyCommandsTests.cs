using System.Text.Json;
using Payout.Tests.Shared;

namespace Payout.Cli.Tests;

/// <summary>`payout test`, `payout validate`, and every policy refusal end to end: exit 2, a message, no workbook.</summary>
public sealed class PolicyCommandsTests
{
    private const string Cycle = """
        public sealed record Ball(int N);

        [Name("Serve"), Pay("agent_bonus_kicker")]
        public sealed class Serve : Rule
        {
            public override void Define()
            {
                Person p = null!;
                When().Match(() => p).Not<Ball>();
                Then().Do(ctx => ctx.Insert(new Ball(0)));
            }
        }

        [Name("Ping"), Pay("agent_bonus_kicker")]
        public sealed class Ping : Rule
        {
            public override void Define()
            {
                Ball b = null!;
                When().Match(() => b, x => x.N % 2 == 0);
                Then().Do(ctx => ctx.Insert(new Ball(b.N + 1)));
            }
        }

        [Name("Pong"), Pay("agent_bonus_kicker")]
        public sealed class Pong : Rule
        {
            public override void Define()
            {
                Ball b = null!;
                When().Match(() => b, x => x.N % 2 == 1);
                Then().Do(ctx => ctx.Insert(new Ball(b.N + 1)));
            }
        }
        """;

    [Fact]
    public void Test_SampleCases_AllPass()
    {
        var cases = Directory.GetFiles(Path.Combine(RepoPaths.Rules, "tests"), "*.json")
            .Sum(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("Cases").GetArrayLength());

        var (exit, output, error) = CliRunner.Run("test", "--rules", RepoPaths.Rules);

        exit.ShouldBe(0, output + error);
        output.TrimEnd().Split('\n')[^1].ShouldBe($"{cases} passed, 0 failed");
    }

    [Fact]
    public void Test_WrongExpectation_ShowsExpectedActualAndExplanation()
    {
        using var dir = new TempDir();
        var rules = dir.CopyOf(RepoPaths.Rules, "rules");
        var tests = dir.CopyOf(Path.Combine(RepoPaths.Rules, "tests"), "tests");
        var file = Path.Combine(tests, "agent-bonus.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"Amount\": 960.00", "\"Amount\": 961.00", StringComparison.Ordinal));

        var (exit, output, _) = CliRunner.Run("test", "--rules", rules, "--tests", tests);

        exit.ShouldBe(1);
        output.ShouldContain($"FAIL {file}: Tier 3 exactly at CSAT 90 with IQS exactly at the gate");
        output.ShouldContain("  expected:\n    CsatTier3: amount 961.00\n  actual:\n    CsatTier3: amount 960.00\n  explanation:\n");
        output.ShouldContain("    CsatTier3: kpi.csat 90 (90 of 1) ≥ 90 and kpi.iqs 80 (80 of 1) ≥ plan.iqs_gate 80 → 48000 × 3 ÷ 12 × 0.08 = 960.00 USD");
        output.TrimEnd().Split('\n')[^1].ShouldEndWith("passed, 1 failed");
    }

    [Fact]
    public void Validate_Sample_OkWithoutWriting()
    {
        var (exit, output, error) = CliRunner.Run("validate", "--data", RepoPaths.SampleData, "--rules", RepoPaths.Rules);

        exit.ShouldBe(0, error);
        output.ShouldContain("rules: 13 rules in 10 files compiled");
        output.ShouldContain("0 rejected; 38 people evaluated for 2026-Q3");
    }

    /// <summary>(what is broken, file, text to find, replacement, message expected on stderr).</summary>
    public static TheoryData<string, string, string, string, string> Refusals => new()
    {
        { "typo in an OutputExpression", "agent-bonus.json", "\"employee.annual_base_salary * period.months / 12 * rate\" }", "\"employee.anual_base_salary * period.months / 12 * rate\" }", "Rule=CsatTier3 File={rules}/agent-bonus.json Line=6: OutputExpression `employee.anual_base_salary * period.months / 12 * rate`: unknown employee field 'anual_base_salary'; did you mean 'annual_base_salary'?" },
        { "a double-typed LocalParam", "agent-bonus.json", "\"Expression\": \"0.08\"", "\"Expression\": \"0.08d\"", "Rule=CsatTier3 File={rules}/agent-bonus.json Line=25: LocalParam 'rate' `0.08d`: '0.08d' is a floating-point literal; money is decimal" },
        { "a clock read", "agent-bonus.json", "\"kpi.csat >= 90 &&", "\"kpi.csat >= 90 && DateTime.Now.Month > 0 &&", "'System.DateTime.Now' is not allowed in a pay rule" },
        { "overlapping tiers", "agent-bonus.json", "\"kpi.csat >= 80 &&", "\"kpi.csat >= 80 && kpi.csat <= 85 &&", "Rule=CsatTier1 File={rules}/agent-bonus.json Line=62: overlaps CsatTier2 in exclusive group 'csat_tier' where kpi.csat is exactly 85" },
        { "an unknown KPI", "agent-bonus.json", "\"kpi.csat >= 85", "\"kpi.cast >= 85", "unknown KPI 'cast'; did you mean 'csat'?" },
        { "a cycle in C# rules", "cycle.cs", "", Cycle, "firings: a cycle among Ping, Pong (each keeps inserting facts another matches)" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Run_BrokenPolicy_ExitTwoWithMessageAndNoWorkbook(string what, string file, string find, string replace, string message)
    {
        using var dir = new TempDir();
        var rules = dir.CopyOf(RepoPaths.Rules, "rules");
        var path = Path.Combine(rules, file);
        File.WriteAllText(path, find.Length == 0 ? replace : File.ReadAllText(path).Replace(find, replace, StringComparison.Ordinal));

        var (exit, _, error) = CliRunner.Run("run", "--data", RepoPaths.SampleData, "--rules", rules, "--out", dir.File("p.xlsx"));

        exit.ShouldBe(2, what);
        error.ShouldContain(message.Replace("{rules}", rules, StringComparison.Ordinal), Case.Sensitive, what);
        File.Exists(dir.File("p.xlsx")).ShouldBeFalse(what);
        CliRunner.Run("validate", "--data", RepoPaths.SampleData, "--rules", rules).Exit.ShouldBe(2, what);
    }
}
