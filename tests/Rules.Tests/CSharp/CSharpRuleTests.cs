using Payout.Rules.Audit;
using Payout.Rules.Facts;
using Payout.Rules.Files;
using Payout.Rules.Tests.Builders;

namespace Payout.Rules.Tests.CSharp;

/// <summary>C# rules: compiled at load with file:line:column errors, refused when unsafe, chained until they settle.</summary>
public sealed class CSharpRuleTests
{
    private const string Award = """
        public sealed class TopAgent : PayRule
        {
            public override string Name => "TopAgent";
            public override string Component => "recognition";
            public override bool When(RuleFacts f) => f.Kpi("csat") >= 95m;
            public override void Then(RuleFacts f, RuleActions a) => a.Reward(RewardType.GiftCard, 1m, 75m, "CSAT of 95 or more");
        }
        """;

    private static (RulesFolder Folder, string Path) With(string code, string name = "top.cs")
    {
        var folder = new RulesFolder(RulesFolder.OneRule());
        return (folder, folder.CSharp(name, code));
    }

    private static PolicyError LoadFails(string code)
    {
        var (folder, path) = With(code);
        using (folder)
        {
            var error = Should.Throw<PolicyException>(folder.Load).Errors.First();
            error.File.ShouldBe(path);
            return error;
        }
    }

    [Theory]
    [InlineData("97", 1)]
    [InlineData("94.99", 0)]
    public void Evaluate_GiftCardRule_AwardsWithCost(string csat, int cards)
    {
        var (folder, path) = With(Award);
        using (folder)
        {
            var result = folder.Load().Evaluate(new PersonBuilder().Kpi("csat", decimal.Parse(csat, System.Globalization.CultureInfo.InvariantCulture)).Build(), PersonBuilder.Q3);

            var lines = result.Lines.Where(l => l.Rule == "TopAgent").ToList();
            lines.Count.ShouldBe(cards);
            var audit = result.Audit.Single(a => a.Rule == "TopAgent");
            (audit.File, audit.Line, audit.Workflow).ShouldBe((path, 1, "C#"));
            audit.Inputs.ShouldBe($"kpi.csat={csat}");
            if (cards == 1)
            {
                (lines[0].RewardType, lines[0].Quantity, lines[0].Cost).ShouldBe((RewardType.GiftCard, 1m, 75m));
                audit.Sentence.ShouldBe("TopAgent: CSAT of 95 or more → 1 gift card(s) (cost 75.00 USD)");
            }
            else
            {
                audit.Sentence.ShouldBe("TopAgent did not fire: f.Kpi(\"csat\") >= 95m is false for kpi.csat=94.99; pays nothing");
            }
        }
    }

    [Theory]
    [InlineData("97")]
    [InlineData("94.99")]
    public void Evaluate_WithoutExplanations_SameLinesNoRecords(string csat)
    {
        var (folder, _) = With(Award);
        using (folder)
        {
            var policy = folder.Load();
            var person = new PersonBuilder().Kpi("csat", decimal.Parse(csat, System.Globalization.CultureInfo.InvariantCulture)).Build();

            var awards = policy.Evaluate(person, PersonBuilder.Q3, explain: false);

            awards.Lines.ShouldBe(policy.Evaluate(person, PersonBuilder.Q3).Lines);
            awards.Audit.ShouldBeEmpty();
        }
    }

    [Fact]
    public void Evaluate_MissingKpi_SkippedNotZero()
    {
        var (folder, _) = With(Award);
        using (folder)
        {
            var result = folder.Load().Evaluate(new PersonBuilder().MissingKpi("csat", "n=3 is below the plan's minimum of 10").Build(), PersonBuilder.Q3);

            var audit = result.Audit.Single(a => a.Rule == "TopAgent");
            audit.Outcome.ShouldBe(Outcome.SkippedMissingInput);
            audit.Sentence.ShouldBe("TopAgent not evaluated: kpi.csat is missing (n=3 is below the plan's minimum of 10); pays nothing");
        }
    }

    [Fact]
    public void Evaluate_Chaining_AssertedFactEnablesAnotherRule()
    {
        var (folder, _) = With("""
            public sealed class Excellent : PayRule
            {
                public override string Name => "Excellent";
                public override int Priority => 10;
                public override bool When(RuleFacts f) => f.Kpi("csat") >= 90m && f.Kpi("iqs") >= 90m;
                public override void Then(RuleFacts f, RuleActions a) => a.Assert("excellent");
            }

            public sealed class DayOff : PayRule
            {
                public override string Name => "DayOff";
                public override string Component => "pto";
                public override bool When(RuleFacts f) => f.Has("excellent");
                public override void Then(RuleFacts f, RuleActions a) => a.Reward(RewardType.PtoDays, 1m, null, "excellent quarter");
            }
            """);
        using (folder)
        {
            var person = new PersonBuilder().Salary(52000m).Kpi("csat", 95m).Kpi("iqs", 92m).Build();
            var line = folder.Load().Evaluate(person, PersonBuilder.Q3).Lines.Single(l => l.Rule == "DayOff");

            (line.RewardType, line.Quantity, line.Cost).ShouldBe((RewardType.PtoDays, 1m, 200m)); // 52,000 ÷ 260 working days
        }
    }

    [Fact]
    public void Evaluate_Cycle_StopsNamingTheRules()
    {
        var (folder, _) = With("""
            public sealed class Up : PayRule
            {
                public override string Name => "Up";
                public override bool When(RuleFacts f) => (f.Fact("b") ?? 0m) >= (f.Fact("a") ?? 0m);
                public override void Then(RuleFacts f, RuleActions a) => a.Assert("a", (f.Fact("b") ?? 0m) + 1m);
            }

            public sealed class Down : PayRule
            {
                public override string Name => "Down";
                public override bool When(RuleFacts f) => (f.Fact("a") ?? 0m) > (f.Fact("b") ?? 0m);
                public override void Then(RuleFacts f, RuleActions a) => a.Assert("b", (f.Fact("a") ?? 0m) + 1m);
            }
            """);
        using (folder)
        {
            var ex = Should.Throw<PolicyEvaluationException>(() => folder.Load().Evaluate(new PersonBuilder().Build(), PersonBuilder.Q3));
            ex.Rule.ShouldBe("Down, Up");
            ex.Message.ShouldContain("C# rules did not settle after 20 firings: a cycle among Down, Up");
        }
    }

    [Fact]
    public void Evaluate_YearHistory_TripForEveryQuarter()
    {
        var (folder, _) = With("""
            public sealed class Trip : PayRule
            {
                public override string Name => "Trip";
                public override bool UsesYearHistory => true;
                public override bool When(RuleFacts f) => f.QuartersOfYear.All(q => f.History(q, "csat") >= 90m);
                public override void Then(RuleFacts f, RuleActions a) => a.Reward(RewardType.Trip, 1m, 2500m, "CSAT ≥ 90 in every quarter");
            }
            """);
        using (folder)
        {
            var policy = folder.Load();
            policy.UsesYearHistory.ShouldBeTrue();
            static IReadOnlyDictionary<string, KpiFact> Csat(decimal v) => new Dictionary<string, KpiFact> { ["csat"] = new(v, v, 100, 100, null) };
            var person = new PersonBuilder().Build() with
            {
                History = new Dictionary<string, IReadOnlyDictionary<string, KpiFact>>
                {
                    ["2026-Q1"] = Csat(91m), ["2026-Q2"] = Csat(90m), ["2026-Q3"] = Csat(95m), ["2026-Q4"] = Csat(92m),
                },
            };

            policy.Evaluate(person, PersonBuilder.Q3).Lines.Single(l => l.Rule == "Trip").Cost.ShouldBe(2500m);
            var withoutQ4 = person with { History = person.History.Where(h => h.Key != "2026-Q4").ToDictionary() };
            policy.Evaluate(withoutQ4, PersonBuilder.Q3).Audit.Single(a => a.Rule == "Trip").Sentence
                .ShouldBe("Trip not evaluated: history[2026-Q4].csat is missing (no data for 2026-Q4); pays nothing");
        }
    }

    [Fact]
    public void Load_CompileError_NamesFileLineColumn()
    {
        var error = LoadFails(Award.Replace("a.Reward(", "a.Rewrd(", StringComparison.Ordinal));
        error.Line.ShouldBe(6);
        error.Message.ShouldContain(":6:");
        error.Message.ShouldContain("CS1061");
        error.Message.ShouldContain("'Rewrd'");
    }

    [Theory]
    [InlineData("DateTime.Now.Month > 6", "System.DateTime.Now")]
    [InlineData("System.IO.File.Exists(\"x\")", "System.IO")]
    [InlineData("new Random().Next() > 1", "System.Random")]
    [InlineData("Environment.ProcessorCount > 1", "System.Environment")]
    [InlineData("Enumerable.Range(1, 5).Count() > 1", "System.Linq.Enumerable.Range")]
    public void Load_UnsafeCode_Refused(string condition, string culprit) =>
        LoadFails(Award.Replace("f.Kpi(\"csat\") >= 95m", condition, StringComparison.Ordinal))
            .Message.ShouldContain($"({culprit}) is not allowed in a pay rule");

    [Fact]
    public void Load_Double_Refused() =>
        LoadFails(Award.Replace("f.Kpi(\"csat\") >= 95m", "(double)f.Kpi(\"csat\") >= 95.0", StringComparison.Ordinal))
            .Message.ShouldContain("'double' is not allowed in a pay rule; money is decimal");

    [Fact]
    public void Load_UnknownKpiLiteral_DidYouMean() =>
        LoadFails(Award.Replace("f.Kpi(\"csat\")", "f.Kpi(\"cast\")", StringComparison.Ordinal))
            .Message.ShouldEndWith("unknown KPI 'cast'; did you mean 'csat'?");
}
