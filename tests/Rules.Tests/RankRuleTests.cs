using Payout.Rules.Audit;
using Payout.Rules.Facts;
using Payout.Rules.Tests.Builders;

namespace Payout.Rules.Tests;

/// <summary>Ranks and percentiles reach rules as team_rank, team_percentile, role_rank and role_percentile.</summary>
public sealed class RankRuleTests
{
    private static readonly string Rule = RulesFolder.OneRule(
        expression: "team_rank.csat == 1 && role_percentile.csat >= 75",
        output: "1",
        properties: """{ "component": "recognition", "rewardType": "award", "unitCost": 50 }""");

    private static PersonFacts Person(int teamRank, decimal rolePercentile) => new PersonBuilder().Build() with
    {
        Kpis = new Dictionary<string, KpiFact>
        {
            ["csat"] = new(92m, 46, 50, 50, null) { Team = new RankFact(teamRank, 8, 100m), Role = new RankFact(3, 9, rolePercentile) },
        },
    };

    [Theory]
    [InlineData(1, "75", true)]
    [InlineData(1, "74.99", false)]
    [InlineData(2, "100", false)]
    public void Evaluate_RankAndPercentile_GateTheAward(int teamRank, string rolePercentile, bool awarded)
    {
        using var folder = new RulesFolder(Rule);
        var result = folder.Load().Evaluate(Person(teamRank, decimal.Parse(rolePercentile, System.Globalization.CultureInfo.InvariantCulture)), PersonBuilder.Q3);

        result.Lines.Count.ShouldBe(awarded ? 1 : 0);
        result.Audit.ShouldHaveSingleItem().Inputs.ShouldBe($"team_rank.csat={teamRank} (of 8); role_percentile.csat={rolePercentile} (rank 3 of 9)");
    }

    [Fact]
    public void Evaluate_RankOfMissingKpi_SkippedWithReason()
    {
        using var folder = new RulesFolder(Rule);
        var person = new PersonBuilder().MissingKpi("csat", "n=4 is below the plan's minimum of 10").Build();

        var audit = folder.Load().Evaluate(person, PersonBuilder.Q3).Audit.ShouldHaveSingleItem();

        audit.Outcome.ShouldBe(Outcome.SkippedMissingInput);
        audit.Sentence.ShouldBe("Tier not evaluated: team_rank.csat is missing (kpi.csat is missing); role_percentile.csat is missing (kpi.csat is missing); pays nothing");
    }
}
