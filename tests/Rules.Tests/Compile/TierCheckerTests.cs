using Payout.Rules.Tests.Builders;

namespace Payout.Rules.Tests.Compile;

/// <summary>Tiers of an exclusive group are checked for dead tiers, overlaps and gaps, boundaries included.</summary>
public sealed class TierCheckerTests
{
    private static string Ladder(params (string Name, int Priority, string Expression)[] tiers) =>
        "{ \"WorkflowName\": \"Bonus\", \"Rules\": [\n" + string.Join(",\n", tiers.Select(t => $$"""
              { "RuleName": "{{t.Name}}", "Properties": { "component": "bonus", "rewardType": "cash", "exclusiveGroup": "tier", "priority": {{t.Priority}} },
                "Expression": "{{t.Expression}}",
                "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "employee.annual_base_salary * 0.01" } } } }
            """)) + "\n] }";

    private static IReadOnlyList<string> Errors(string file)
    {
        using var folder = new RulesFolder(file);
        try
        {
            folder.Load();
            return [];
        }
        catch (PolicyException ex)
        {
            return ex.Errors.Select(e => $"{e.Rule}: {e.Message}").ToList();
        }
    }

    [Fact]
    public void Check_AtLeastLadderWithGate_Accepted() =>
        Errors(Ladder(("T3", 3, "kpi.csat >= 90 && kpi.iqs >= plan.iqs_gate"), ("T2", 2, "kpi.csat >= 85 && kpi.iqs >= plan.iqs_gate"), ("T1", 1, "kpi.csat >= 80 && kpi.iqs >= plan.iqs_gate")))
            .ShouldBeEmpty();

    [Fact]
    public void Check_BandsSharingABoundary_Overlap() =>
        Errors(Ladder(("T2", 2, "kpi.csat >= 85 && kpi.csat < 90"), ("T1", 1, "kpi.csat >= 80 && kpi.csat <= 85")))
            .ShouldBe(["T1: overlaps T2 in exclusive group 'tier' where kpi.csat is exactly 85; T2 wins there by priority"]);

    [Fact]
    public void Check_BandsMissingTheBoundary_Gap() =>
        Errors(Ladder(("T2", 2, "kpi.csat > 85"), ("T1", 1, "kpi.csat >= 80 && kpi.csat < 85")))
            .ShouldBe(["T1: exclusive group 'tier' leaves a gap: no tier pays when kpi.csat is exactly 85"]);

    [Fact]
    public void Check_LowThresholdOutranksHigh_HighTierIsDead() =>
        Errors(Ladder(("T1", 3, "kpi.csat >= plan.iqs_gate"), ("T3", 1, "kpi.csat >= 90")))
            .ShouldBe(["T3: can never pay in exclusive group 'tier': for every kpi.csat it accepts (≥ 90), T1 (priority 3) holds too and wins"]);

    [Fact]
    public void Check_DifferentGates_NotCompared() =>
        Errors(Ladder(("T1", 3, "kpi.csat >= 80 && kpi.iqs >= 90"), ("T3", 1, "kpi.csat >= 90")))
            .ShouldBeEmpty();
}
