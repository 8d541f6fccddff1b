using Payout.Common;
using Payout.Rules.Tests.Builders;

namespace Payout.Rules.Tests.Sandbox;

/// <summary>The rule sandbox on C# rules: an allow-list checked on every symbol, and a time budget per person.</summary>
public sealed class CSharpSandboxTests
{
    /// <summary>A rule whose condition is <c>{0}</c> and whose class carries <c>{1}</c>.</summary>
    private static string Rule(string condition = "k.Value >= 95m", string members = "", string action = "ctx.Reward(1m, \"top\", null)") => $$"""
        [Name("TopAgent")]
        [Pay("recognition", Reward = RewardType.GiftCard, UnitCost = "75")]
        public sealed class TopAgent : Rule
        {
            {{members}}

            public override void Define()
            {
                Kpi k = null!;
                When().Match(() => k, k => k.Name == "csat", k => {{condition}});
                Then().Do(ctx => {{action}});
            }
        }
        """;

    private static string LoadFails(string code)
    {
        using var folder = new RulesFolder(RulesFolder.OneRule());
        var path = folder.CSharp("top.cs", code);
        var errors = Should.Throw<PolicyException>(() => folder.Load()).Errors;
        errors.ShouldAllBe(e => e.File == path);
        return string.Join("\n", errors.Select(e => e.Message));
    }

    [Theory]
    [InlineData("Guid.CreateVersion7() != Guid.Empty", "'System.Guid'")]
    [InlineData("\"x\".GetHashCode() > 0", "'System.String.GetHashCode'")]
    [InlineData("k.GetHashCode() > 0", "GetHashCode")]
    [InlineData("TimeZoneInfo.Local.Id != \"\"", "'System.TimeZoneInfo'")]
    [InlineData("(decimal)Math.Sqrt(4) > 1m", "'System.Math.Sqrt' is not allowed in a pay rule (it computes with System.Double: money is decimal)")]
    [InlineData("Math.Round(k.Value!.Value, 2) >= 95m", null)]
    [InlineData("System.Threading.Tasks.Task.Run(() => 1).Result > 0", "'System.Threading.Tasks.Task'")]
    [InlineData("new System.Threading.Thread(() => { }) != null", "'System.Threading.Thread'")]
    [InlineData("k.Name.PadLeft(1000000000).Length > 0", "'System.String.PadLeft'")]
    [InlineData("AppDomain.CurrentDomain != null", "'System.AppDomain'")]
    public void Load_ConditionOutsideAllowList_Refused(string condition, string? culprit)
    {
        if (culprit is null)
        {
            using var folder = new RulesFolder(RulesFolder.OneRule());
            folder.CSharp("top.cs", Rule(condition));
            folder.Load().RuleCount.ShouldBe(2); // the JSON rule and this one
            return;
        }

        LoadFails(Rule(condition)).ShouldContain(culprit);
    }

    [Theory]
    [InlineData("private static int _count;", "a static field is shared by every person and thread")]
    [InlineData("private static readonly List<string> Seen = new();", "a static field is shared by every person and thread")]
    [InlineData("private int _count;", "a field of a rule class is shared by every person's session")]
    [InlineData("public static decimal Rate { get; set; }", "a static settable property")]
    [InlineData("~TopAgent() { }", "a finalizer is not allowed")]
    [InlineData("private static int Deep(int n) => n <= 0 ? 0 : Deep(n - 1) + 1;", "recursion is not allowed in a pay rule (Deep → Deep)")]
    [InlineData("private static int A(int n) => n <= 0 ? 0 : B(n - 1); private static int B(int n) => A(n);", "recursion is not allowed in a pay rule (A → B → A)")]
    [InlineData("private static int Stack() { Span<int> s = stackalloc int[1000000]; return s[0]; }", "'stackalloc' is not allowed")]
    [InlineData("private static int Swallow() { try { return 1; } catch { return 0; } }", "'catch' is not allowed")]
    [InlineData("private static int Jump() { var i = 0; again: i++; if (i < 3) goto again; return i; }", "'goto' is not allowed")]
    [InlineData("private static async void Later() { }", "'async' is not allowed")]
    [InlineData("private static readonly object Gate = new(); private static void Locked() { lock (Gate) { } }", "'lock' is not allowed")]
    [InlineData("private const decimal Rate = 0.1m; private static readonly int Limit = 3;", null)]
    public void Load_StateAndControlFlow_RefusedOrAllowed(string members, string? refusal)
    {
        if (refusal is null)
        {
            using var folder = new RulesFolder(RulesFolder.OneRule());
            folder.CSharp("top.cs", Rule(members: members));
            folder.Load().RuleCount.ShouldBe(2);
            return;
        }

        LoadFails(Rule(members: members)).ShouldContain(refusal);
    }

    [Theory]
    [InlineData("Spin(k.N) > 0", "")] // a condition that never ends
    [InlineData("k.Value >= 0m", "Spin(1)")] // an action that never ends
    public void Evaluate_EndlessLoop_StopsAtThePersonBudgetNamingRuleAndPerson(string condition, string spin)
    {
        using var folder = new RulesFolder(RulesFolder.OneRule());
        var action = spin.Length > 0 ? $"ctx.Reward({spin}, \"top\", null)" : "ctx.Reward(1m, \"top\", null)";
        folder.CSharp("top.cs", Rule(condition, "private static decimal Spin(int n) { var i = 0L; while (n > 0) { i++; } return i; }", action));
        var policy = folder.Load(RunLimits.Default with { PersonTime = TimeSpan.FromMilliseconds(300) });

        var ex = Should.Throw<PolicyEvaluationException>(() => policy.Evaluate(new PersonBuilder().Kpi("csat", 97m).Build(), PersonBuilder.Q3));

        ex.Rule.ShouldBe("TopAgent");
        ex.EmployeeId.ShouldBe("E1");
        ex.Message.ShouldContain("ran past the person's time budget of 0.3 s");
        ex.Message.ShouldContain("--limit person_seconds=N");
    }
}
