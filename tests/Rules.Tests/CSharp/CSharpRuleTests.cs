using Payout.Rules.Audit;
using Payout.Rules.Facts;
using Payout.Rules.Files;
using Payout.Rules.Tests.Builders;

namespace Payout.Rules.Tests.CSharp;

/// <summary>C# rules are NRules rules: compiled at load with file:line:column errors, refused when unsafe, audited from NRules' session events.</summary>
public sealed class CSharpRuleTests
{
    private const string Award = """
        [Name("TopAgent"), Description("A gift card for a CSAT of 95 or more")]
        [Pay("recognition", Reward = RewardType.GiftCard, UnitCost = "75")]
        public sealed class TopAgent : Rule
        {
            public override void Define()
            {
                Kpi csat = null!;
                When().Match(() => csat, k => k.Name == "csat", k => k.Value >= 95m);
                Then().Do(ctx => ctx.Reward(1m, "CSAT of 95 or more", null));
            }
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
    public void Evaluate_GiftCardRule_AwardsWithCostAndExplainsFromTheSession(string csat, int cards)
    {
        var (folder, path) = With(Award);
        using (folder)
        {
            var result = folder.Load().Evaluate(new PersonBuilder().Kpi("csat", decimal.Parse(csat, System.Globalization.CultureInfo.InvariantCulture)).Build(), PersonBuilder.Q3);

            var lines = result.Lines.Where(l => l.Rule == "TopAgent").ToList();
            lines.Count.ShouldBe(cards);
            var audit = result.Audit.Single(a => a.Rule == "TopAgent");
            (audit.File, audit.Line, audit.Workflow).ShouldBe((path, 3, "C#"));
            audit.Inputs.ShouldStartWith($"kpi.csat={csat} (");
            if (cards == 1)
            {
                (lines[0].RewardType, lines[0].Quantity, lines[0].Cost).ShouldBe((RewardType.GiftCard, 1m, 75m));
                audit.Sentence.ShouldBe("TopAgent: CSAT of 95 or more → 1 gift card(s) (cost 75.00 USD)");
            }
            else
            {
                audit.Outcome.ShouldBe(Outcome.NotFired);
                audit.Sentence.ShouldStartWith($"TopAgent did not fire: csat.Value >= 95 is false for kpi.csat={csat} (");
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
    public void Evaluate_MissingKpi_StoppedWithTheReasonNotZero()
    {
        var (folder, _) = With(Award);
        using (folder)
        {
            var result = folder.Load().Evaluate(new PersonBuilder().MissingKpi("csat", "n=3 is below the plan's minimum of 10").Build(), PersonBuilder.Q3);

            result.Lines.ShouldNotContain(l => l.Rule == "TopAgent");
            var audit = result.Audit.Single(a => a.Rule == "TopAgent");
            audit.Outcome.ShouldBe(Outcome.SkippedMissingInput);
            audit.Sentence.ShouldBe("TopAgent not evaluated: kpi.csat is missing (n=3 is below the plan's minimum of 10); pays nothing");
        }
    }

    [Fact]
    public void Evaluate_Chaining_InsertedFactEnablesAnotherRule()
    {
        var (folder, _) = With("""
            public sealed record Excellent(string EmployeeId);

            [Name("Excellent"), Priority(10)]
            [Pay("recognition", Reward = RewardType.Award, UnitCost = "0")]
            public sealed class ExcellentRule : Rule
            {
                public override void Define()
                {
                    Person p = null!;
                    Kpi csat = null!;
                    Kpi iqs = null!;
                    When().Match(() => p).Match(() => csat, k => k.Name == "csat", k => k.Value >= 90m).Match(() => iqs, k => k.Name == "iqs", k => k.Value >= 90m);
                    Then().Do(ctx => ctx.Insert(new Excellent(p.EmployeeId)));
                }
            }

            [Name("DayOff")]
            [Pay("pto", Reward = RewardType.PtoDays)]
            public sealed class DayOff : Rule
            {
                public override void Define()
                {
                    Excellent e = null!;
                    When().Match(() => e);
                    Then().Do(ctx => ctx.Reward(1m, "excellent quarter", null));
                }
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
    public void Evaluate_ChainOnJsonAward_PaysOnTopOfTheWorkflow()
    {
        var (folder, _) = With("""
            [Name("Kicker")]
            [Pay("kicker", Prorate = false)]
            public sealed class Kicker : Rule
            {
                public override void Define()
                {
                    Award bonus = null!;
                    When().Match(() => bonus, a => a.Rule == "Tier", a => a.Amount > 0);
                    Then().Do(ctx => ctx.Pay(bonus.Amount * 0.1m, "10 % of the tier"));
                }
            }
            """);
        using (folder)
        {
            var result = folder.Load().Evaluate(new PersonBuilder().Salary(1000m).Kpi("csat", 95m).Build(), PersonBuilder.Q3);

            result.Lines.Single(l => l.Rule == "Tier").Amount.ShouldBe(100m);
            result.Lines.Single(l => l.Rule == "Kicker").Amount.ShouldBe(10m);
            result.Audit.Single(a => a.Rule == "Kicker").Inputs.ShouldContain("award Tier (bonus, cash 100.00)");
        }
    }

    [Fact]
    public void Evaluate_TeamKpi_RewardsEveryMemberOfTheBestTeam()
    {
        var (folder, _) = With("""
            [Name("TeamLunch")]
            [Pay("lunch", Reward = RewardType.Award, UnitCost = "40")]
            public sealed class TeamLunch : Rule
            {
                public override void Define()
                {
                    TeamKpi sla = null!;
                    When().Match(() => sla, t => t.Name == "csat", t => t.Rank == 1);
                    Then().Do(ctx => ctx.Reward(1m, "best team", null));
                }
            }
            """);
        using (folder)
        {
            var policy = folder.Load();
            policy.UsesTeamKpis.ShouldBeTrue();
            PersonFacts Member(int rank) => new PersonBuilder().Build() with { TeamKpis = [new TeamKpi("Team A", "agent", "csat", 91m, 91m, 100m, 100, rank, 3)] };

            policy.Evaluate(Member(1), PersonBuilder.Q3).Lines.Single(l => l.Rule == "TeamLunch").Cost.ShouldBe(40m);
            policy.Evaluate(Member(2), PersonBuilder.Q3).Audit.Single(a => a.Rule == "TeamLunch").Sentence
                .ShouldBe("TeamLunch did not fire: sla.Rank == 1 is false for team Team A (agent) csat=91 (91 of 100, rank 2 of 3 teams); pays nothing");
        }
    }

    [Fact]
    public void Evaluate_ExclusiveGroup_HighestPriorityPaysOthersSuperseded()
    {
        static string Tier(string name, int priority, string amount) => $$"""
            [Name("{{name}}"), Priority({{priority}})]
            [Pay("tier", ExclusiveGroup = "tiers")]
            public sealed class {{name}} : Rule
            {
                public override void Define()
                {
                    Kpi csat = null!;
                    When().Match(() => csat, k => k.Name == "csat", k => k.Value >= 80m);
                    Then().Do(ctx => ctx.Pay({{amount}}m, "tier"));
                }
            }
            """;
        var (folder, _) = With(Tier("Low", 1, "100") + Tier("High", 2, "300"));
        using (folder)
        {
            var result = folder.Load().Evaluate(new PersonBuilder().Kpi("csat", 95m).Build(), PersonBuilder.Q3);

            result.Lines.Where(l => l.Component == "tier").ShouldHaveSingleItem().Rule.ShouldBe("High");
            result.Audit.Single(a => a.Rule == "Low").Outcome.ShouldBe(Outcome.Superseded);
        }
    }

    [Fact]
    public void Evaluate_Cycle_StopsNamingTheRules()
    {
        var (folder, _) = With("""
            public sealed record Tick(int N);

            [Name("Start")]
            [Pay("x")]
            public sealed class Start : Rule
            {
                public override void Define()
                {
                    Person p = null!;
                    When().Match(() => p).Not<Tick>();
                    Then().Do(ctx => ctx.Insert(new Tick(0)));
                }
            }

            [Name("Again")]
            [Pay("x")]
            public sealed class Again : Rule
            {
                public override void Define()
                {
                    Tick t = null!;
                    When().Match(() => t);
                    Then().Do(ctx => ctx.Insert(new Tick(t.N + 1)));
                }
            }
            """);
        using (folder)
        {
            var ex = Should.Throw<PolicyEvaluationException>(() => folder.Load().Evaluate(new PersonBuilder().Build(), PersonBuilder.Q3));
            ex.Rule.ShouldBe("Again"); // Start fired once; the cycle is Again alone
            ex.Message.ShouldContain("C# rules did not settle after 40 firings: a cycle among Again (each keeps inserting facts another matches)");
        }
    }

    [Fact]
    public void Evaluate_YearHistory_TripForEveryQuarter()
    {
        var (folder, _) = With("""
            [Name("Trip")]
            [Pay("trip", Reward = RewardType.Trip, UnitCost = "2500")]
            public sealed class Trip : Rule
            {
                public override void Define()
                {
                    IEnumerable<PastKpi> quarters = null!;
                    When().Query(() => quarters, q => q.Match<PastKpi>(h => h.Name == "csat", h => h.Value >= 90m).Collect().Where(c => c.Count() == 4));
                    Then().Do(ctx => ctx.Reward(1m, "CSAT ≥ 90 in every quarter", null));
                }
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
            policy.Evaluate(withoutQ4, PersonBuilder.Q3).Audit.Single(a => a.Rule == "Trip").Outcome.ShouldBe(Outcome.NotFired);
        }
    }

    [Fact]
    public void Load_RuleWithoutPayAttribute_ToldWhatToAdd()
    {
        var error = LoadFails(Award.Replace("[Pay(\"recognition\", Reward = RewardType.GiftCard, UnitCost = \"75\")]", string.Empty, StringComparison.Ordinal));
        error.Message.ShouldBe("an NRules rule of the pay policy needs Payout's attribute: [Pay(\"component\")] on class TopAgent");
    }

    [Fact]
    public void Load_CompileError_NamesFileLineColumnOnce()
    {
        var error = LoadFails(Award.Replace("ctx.Reward(", "ctx.Rewrd(", StringComparison.Ordinal));
        error.Line.ShouldBe(9);
        error.Message.ShouldStartWith("9:");
        error.Message.ShouldContain("CS1061");
        error.Message.ShouldContain("'Rewrd'");
        error.ToString().Split(error.File).Length.ShouldBe(2); // the path once
    }

    [Fact]
    public void Load_WrongMemberName_SaysWhichTypeLacksItAndSuggests()
    {
        var error = LoadFails(Award.Replace("k.Value >= 95m", "k.Vaule >= 95m", StringComparison.Ordinal));
        error.Message.ShouldContain("'Kpi' does not contain a definition for 'Vaule'");
        error.Message.ShouldContain("did you mean 'Value'? (Kpi has ");
    }

    [Fact]
    public void Load_WrongFactName_Suggests()
    {
        var error = LoadFails(Award.Replace("Kpi csat = null!;", "Kpis csat = null!;", StringComparison.Ordinal));
        error.Message.ShouldContain("CS0246");
        error.Message.ShouldContain("did you mean 'Kpi'?");
    }

    [Theory]
    [InlineData("DateTime.Now.Month > 6", "System.DateTime")]
    [InlineData("System.IO.File.Exists(\"x\")", "System.IO")]
    [InlineData("new Random().Next() > 1", "System.Random")]
    [InlineData("Environment.ProcessorCount > 1", "System.Environment")]
    [InlineData("Enumerable.Range(1, 5).Count() > 1", "System.Linq.Enumerable.Range")]
    public void Load_UnsafeCode_Refused(string condition, string culprit) =>
        LoadFails(Award.Replace("k.Value >= 95m", condition, StringComparison.Ordinal))
            .Message.ShouldContain($"'{culprit}")
;
    [Fact]
    public void Load_Double_Refused() =>
        LoadFails(Award.Replace("k.Value >= 95m", "(double)k.Value! >= 95.0", StringComparison.Ordinal))
            .Message.ShouldContain("'double' is not allowed in a pay rule; money is decimal");

    [Fact]
    public void Load_UnknownKpiLiteral_DidYouMean() =>
        LoadFails(Award.Replace("k.Name == \"csat\"", "k.Name == \"cast\"", StringComparison.Ordinal))
            .Message.ShouldEndWith("unknown KPI 'cast'; did you mean 'csat'?");
}
