namespace Payout.Cli.Tests.Hostile;

/// <summary>
/// Hostile rule files, run through the real <c>payout</c> in a child process: each is refused or
/// stopped with exit 2 and a message naming the rule, never a crash (134), a kill (137), a hang or
/// the machine's memory. The rule sandbox and the limits are in the README ("Rule sandbox", "Limits").
/// </summary>
public sealed class HostileRuleTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>A C# rule paying a kicker to everyone with a CSAT, whose class holds <paramref name="members"/>.</summary>
    private static string CSharpRule(string condition = "k.Value >= 0m", string members = "", string amount = "1m") => $$"""
        [Name("Hostile")]
        [Pay("agent_bonus_kicker")]
        public sealed class Hostile : Rule
        {
            {{members}}

            public override void Define()
            {
                Kpi k = null!;
                When().Match(() => k, k => k.Name == "csat", k => {{condition}});
                Then().Do(ctx => ctx.Pay({{amount}}, "hostile"));
            }
        }
        """;

    private static string JsonRule(string expression) => $$"""
        { "WorkflowName": "Recognition", "Rules": [ {
            "RuleName": "Hostile", "Expression": "{{expression}}",
            "Properties": { "component": "agent_bonus_kicker", "rewardType": "cash" },
            "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "1" } } } } ] }
        """;

    private static ChildResult Run(HostileFolder folder, params string[] more) => ChildRun.Run(folder.Root, Timeout, folder.Run(more));

    internal static void ShouldBeRefused(HostileFolder folder, ChildResult result, string message)
    {
        result.TimedOut.ShouldBeFalse(result.ToString());
        result.Exit.ShouldBe(2, result.ToString());
        result.Err.ShouldContain(message, Case.Sensitive, result.ToString());
        File.Exists(folder.Out).ShouldBeFalse();
        Directory.GetFiles(folder.Root, "*.tmp-*").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("DateTime.now.Month > 0", "'System.DateTime.Now' is not allowed in a pay rule")]
    [InlineData("\\\"\\\".gettype().Name != \\\"\\\"", "'System.Object.GetType' is not allowed in a pay rule")]
    [InlineData("\\\"x\\\".GetType().Assembly.DefinedTypes.Count() > 0", "'System.Object.GetType' is not allowed in a pay rule")]
    [InlineData("Guid.CreateVersion7() != Guid.Empty", "'System.Guid.CreateVersion7' is not allowed in a pay rule")]
    [InlineData("\\\"x\\\".GetHashCode() != 0", "'System.Object.GetHashCode' is not allowed in a pay rule")]
    [InlineData("employee.name.PadLeft(2000000000).Length > 0", "'System.String.PadLeft' is not allowed in a pay rule")]
    public void Run_JsonExpressionOutsideAllowList_Exit2NamingTheMember(string expression, string message)
    {
        using var folder = new HostileFolder();
        folder.Rule("hostile.json", JsonRule(expression));
        ShouldBeRefused(folder, Run(folder), message);
    }

    [Fact]
    public void Run_JsonTwoThousandNestedBrackets_Exit2NotAStackOverflow()
    {
        using var folder = new HostileFolder();
        folder.Rule("hostile.json", JsonRule(new string('(', 1_990) + "true" + new string(')', 1_990)));
        ShouldBeRefused(folder, Run(folder), "nests brackets 1,990 deep; the limit is 40");
    }

    [Fact]
    public void Run_WorkflowOfHundredThousandRules_Exit2Quickly()
    {
        using var folder = new HostileFolder();
        var rule = """{ "RuleName": "R", "Expression": "true", "Properties": { "component": "agent_bonus_kicker", "rewardType": "cash" }, "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "1" } } } }""";
        folder.Rule("hostile.json", $$"""{ "WorkflowName": "Recognition", "Rules": [ {{string.Join(",", Enumerable.Repeat(rule, 100_000))}} ] }""");
        var result = Run(folder);
        ShouldBeRefused(folder, result, "the file has 100,000 rules; the limit is 1,000 per file");
        result.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60));
    }

    [Theory]
    [InlineData("Guid.CreateVersion7() != Guid.Empty", "", "'System.Guid'")]
    [InlineData("\"x\".GetHashCode() != 0", "", "'System.String.GetHashCode'")]
    [InlineData("TimeZoneInfo.Local.BaseUtcOffset.Hours >= 0", "", "'System.TimeZoneInfo'")]
    [InlineData("(decimal)Math.Log(2) > 0m", "", "'System.Math.Log' is not allowed in a pay rule (it computes with System.Double")]
    [InlineData("Count() >= 0", "private static int _n; private static int Count() => _n++;", "a static field is shared by every person and thread")]
    [InlineData("Later() >= 0", "private static int Later() { System.Threading.ThreadPool.QueueUserWorkItem(_ => throw new InvalidOperationException(\"boom\")); return 1; }", "'System.Threading.ThreadPool'")]
    [InlineData("Later() >= 0", "private static int Later() { System.Threading.Tasks.Task.Run(() => throw new InvalidOperationException(\"boom\")); return 1; }", "'System.Threading.Tasks.Task'")]
    [InlineData("k.Value >= 0m", "~Hostile() { throw new InvalidOperationException(\"boom\"); }", "a finalizer is not allowed in a pay rule")]
    [InlineData("Deep(10) >= 0", "private static int Deep(int n) => Deep(n + 1) + 1;", "recursion is not allowed in a pay rule (Deep → Deep)")]
    [InlineData("Stack() >= 0", "private static int Stack() { Span<int> s = stackalloc int[100000000]; return s[0]; }", "'stackalloc' is not allowed in a pay rule")]
    public void Run_CSharpRuleOutsideSandbox_Exit2AtLoadNamingFileLine(string condition, string members, string message)
    {
        using var folder = new HostileFolder();
        folder.Rule("hostile.cs", CSharpRule(condition, members));
        var result = Run(folder);
        ShouldBeRefused(folder, result, message);
        result.Err.ShouldContain("hostile.cs Line=");
    }

    [Fact]
    public void Run_CSharpConditionOfTwentyThousandTerms_Exit2NotAStackOverflow()
    {
        using var folder = new HostileFolder();
        folder.Rule("hostile.cs", CSharpRule("k.Value >= " + string.Join(" + ", Enumerable.Repeat("1m", 20_000))));
        ShouldBeRefused(folder, Run(folder), "an expression nests too deeply to compile safely");
    }

    [Theory]
    [InlineData("Spin() >= 0m", "1m")] // a condition that never ends
    [InlineData("k.Value >= 0m", "Spin()")] // an action that never ends
    [InlineData("Forever().Count() > 0", "1m")] // an endless sequence
    public void Run_CSharpRuleThatNeverEnds_StopsAtThePersonBudgetNamingRuleAndPerson(string condition, string amount)
    {
        using var folder = new HostileFolder();
        folder.Rule("hostile.cs", CSharpRule(condition,
            "private static decimal Spin() { var i = 0m; while (i >= 0m) { i += 1m; } return i; } private static IEnumerable<int> Forever() { while (true) { yield return 1; } }",
            amount));
        var result = Run(folder, "--limit", "person_seconds=1");
        ShouldBeRefused(folder, result, "the C# rules ran past the person's time budget of 1 s");
        result.Err.ShouldContain("Rule=Hostile");
        result.Err.ShouldMatch(@"Person=E\d{3}");
        result.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void Run_CSharpRuleThatHoardsMemory_Exit2AtTheMemoryLimitUnderOneGigabyte()
    {
        using var folder = new HostileFolder();
        folder.Rule("hostile.cs", CSharpRule("Hoard() > 0m", "private static decimal Hoard() { var all = new List<decimal>(); while (true) { all.Add(1m); } }"));
        var result = Run(folder, "--limit", "memory_mb=300", "--limit", "person_seconds=120");
        ShouldBeRefused(folder, result, "more than its limit of 300 MB; nothing was written (raise it with --limit memory_mb=N)");
        result.PeakMb.ShouldBeLessThan(1024, result.ToString());
    }

    [Fact]
    public void Run_RunPastItsTimeLimit_Exit2NamingTheLimit()
    {
        using var folder = new HostileFolder();
        folder.Rule("hostile.cs", CSharpRule("Spin() >= 0m", "private static decimal Spin() { var i = 0m; while (i >= 0m) { i += 1m; } return i; }"));
        var result = Run(folder, "--limit", "person_seconds=600", "--limit", "run_seconds=2");
        ShouldBeRefused(folder, result, "the run took longer than its limit of 2 s; nothing was written (raise it with --limit run_seconds=N)");
    }

    [Fact]
    public void Run_RuleFilesWithByteOrderMark_Read()
    {
        using var folder = new HostileFolder();
        foreach (var file in Directory.GetFiles(folder.Rules, "*.json"))
        {
            File.WriteAllText(file, File.ReadAllText(file), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        }

        var (exit, stdout, err) = CliRunner.Run(folder.Run());

        exit.ShouldBe(0, err);
        SummaryTable.Cash(stdout, "USD").ShouldBe("30,514.52");
    }

    [Fact]
    public void Run_DuplicateKeyInARule_Exit2NotLastWins()
    {
        using var folder = new HostileFolder();
        folder.Rule("hostile.json", JsonRule("true").Replace("\"Expression\": \"true\"", "\"Expression\": \"false\", \"Expression\": \"true\"", StringComparison.Ordinal));

        var (exit, _, err) = CliRunner.Run(folder.Run());

        exit.ShouldBe(2, err);
        err.ShouldContain("hostile.json Line=2: duplicate key at $.Rules[0].Expression: a key may appear once in an object");
    }
}
