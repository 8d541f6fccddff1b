using Payout.Rules.Audit;
using Payout.Rules.Tests.Builders;

namespace Payout.Rules.Tests;

/// <summary>Plan settings that shape payouts: parameter ranges, component caps and floors, effective dates.</summary>
public sealed class PlanRulesTests
{
    private static string PlanWith(string extra) => RulesFolder.Plan.Replace("\"Workflows\"", extra + ",\n  \"Workflows\"", StringComparison.Ordinal);

    [Theory]
    [InlineData("0.20", null)]
    [InlineData("0.10", null)]
    [InlineData("0.21", "Parameters.csm_pct = 0.21 is outside its documented range 0.10–0.20 (CSM variable pay)")]
    [InlineData("0.09", "Parameters.csm_pct = 0.09 is outside its documented range 0.10–0.20 (CSM variable pay)")]
    public void Load_ParameterOutsideDocumentedRange_Refused(string value, string? error)
    {
        var plan = RulesFolder.Plan.Replace("\"iqs_gate\": 80", $$"""
            "iqs_gate": 80, "csm_pct": { "Value": {{value}}, "Min": 0.10, "Max": 0.20, "Description": "CSM variable pay" }
            """, StringComparison.Ordinal);
        using var folder = new RulesFolder(RulesFolder.OneRule(output: "employee.annual_base_salary * plan.csm_pct"), plan);

        if (error is null)
        {
            folder.Load().Evaluate(new PersonBuilder().Salary(1000m).Kpi("csat", 95m).Build(), PersonBuilder.Q3).Lines.ShouldHaveSingleItem()
                .Amount.ShouldBe(1000m * decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            Should.Throw<PolicyException>(folder.Load).Errors.ShouldHaveSingleItem().Message.ShouldBe(error);
        }
    }

    [Theory]
    [InlineData("1000", "500", "500.00", "capped: the bonus cap is 500.00, 1,000.00 was earned → 500.00 USD")]
    [InlineData("1000", "2000", "1000.00", null)]
    [InlineData("100", "2000", "250.00", "raised to the bonus floor of 250.00 → 250.00 USD")]
    public void Evaluate_ComponentCapAndFloor_AppliedAndExplained(string salary, string cap, string amount, string? note)
    {
        var plan = PlanWith($$"""  "Components": { "bonus": { "Cap": {{cap}}, "Floor": 250 } }""");
        using var folder = new RulesFolder(RulesFolder.OneRule(output: "employee.annual_base_salary * 1"), plan);
        var person = new PersonBuilder().Salary(decimal.Parse(salary, System.Globalization.CultureInfo.InvariantCulture)).Kpi("csat", 95m).Build();

        var result = folder.Load().Evaluate(person, PersonBuilder.Q3);

        result.Lines.ShouldHaveSingleItem().Amount.ShouldBe(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));
        var sentence = result.Audit.ShouldHaveSingleItem().Sentence;
        if (note is null)
        {
            sentence.ShouldNotContain("cap");
        }
        else
        {
            sentence.ShouldEndWith(note);
        }
    }

    [Theory]
    [InlineData("1000", "500", "500.00")]
    [InlineData("100", "2000", "250.00")]
    public void Evaluate_WithoutExplanations_CapAndFloorStillApplied(string salary, string cap, string amount)
    {
        var plan = PlanWith($$"""  "Components": { "bonus": { "Cap": {{cap}}, "Floor": 250 } }""");
        using var folder = new RulesFolder(RulesFolder.OneRule(output: "employee.annual_base_salary * 1"), plan);
        var person = new PersonBuilder().Salary(decimal.Parse(salary, System.Globalization.CultureInfo.InvariantCulture)).Kpi("csat", 95m).Build();

        var result = folder.Load().Evaluate(person, PersonBuilder.Q3, explain: false);

        result.Lines.ShouldHaveSingleItem().Amount.ShouldBe(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));
        result.Audit.ShouldBeEmpty();
    }

    [Fact]
    public void Load_CapForUnknownComponent_Refused()
    {
        using var folder = new RulesFolder(RulesFolder.OneRule(), PlanWith("""  "Components": { "bonsu": { "Cap": 10 } }"""));
        Should.Throw<PolicyException>(folder.Load).Errors.ShouldHaveSingleItem().Message
            .ShouldBe("Components names 'bonsu', which no rule pays; did you mean 'bonus'?");
    }

    private const string TwoVersions = """
        { "WorkflowName": "Bonus", "Rules": [
          { "RuleName": "Tier", "Properties": { "component": "bonus", "rewardType": "cash", "effectiveTo": "2026-06-30" },
            "Expression": "kpi.csat >= 90",
            "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "employee.annual_base_salary * 0.07" } } } },
          { "RuleName": "Tier", "Properties": { "component": "bonus", "rewardType": "cash", "effectiveFrom": "2026-07-01" },
            "Expression": "kpi.csat >= 90",
            "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "employee.annual_base_salary * 0.08" } } } }
        ] }
        """;

    [Theory]
    [InlineData("2026-Q2", "70.00", 2)]
    [InlineData("2026-Q3", "80.00", 5)]
    public void Evaluate_TwoVersions_TheOneInForceForThePeriodPays(string period, string amount, int line)
    {
        using var folder = new RulesFolder(TwoVersions);
        var policy = folder.Load();
        var start = period == "2026-Q2" ? new DateOnly(2026, 4, 1) : new DateOnly(2026, 7, 1);
        var facts = new Facts.PeriodFacts(period, start, start.AddMonths(3), 3);

        var result = policy.Evaluate(new PersonBuilder().Salary(1000m).Kpi("csat", 95m).Build(), facts);

        result.Lines.ShouldHaveSingleItem().Amount.ShouldBe(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));
        result.Audit.ShouldHaveSingleItem().Line.ShouldBe(line);
        policy.Rules.Count(r => r.InForce(start)).ShouldBe(1);
    }

    [Fact]
    public void Load_TwoVersionsOverlapping_Refused()
    {
        using var folder = new RulesFolder(TwoVersions.Replace("\"effectiveFrom\": \"2026-07-01\"", "\"effectiveFrom\": \"2026-06-30\"", StringComparison.Ordinal));
        var error = Should.Throw<PolicyException>(folder.Load).Errors.ShouldHaveSingleItem();
        error.Line.ShouldBe(5);
        error.Message.ShouldBe("duplicate RuleName in workflow Bonus: its effective dates overlap the version at line 2");
    }

    [Fact]
    public void Evaluate_ExpressionThrows_StopsNamingPersonRuleFileAndLine()
    {
        using var folder = new RulesFolder(RulesFolder.OneRule(expression: "kpi.csat / (kpi.iqs - kpi.iqs) > 1"));
        var person = new PersonBuilder().Kpi("csat", 95m).Kpi("iqs", 80m).Build();

        var ex = Should.Throw<PolicyEvaluationException>(() => folder.Load().Evaluate(person, PersonBuilder.Q3));

        ex.Message.ShouldBe($"Failed to evaluate rule. Person=E1 Rule=Tier File={folder.RuleFile} Line=5: Expression failed: Attempted to divide by zero. (inputs: kpi.csat=95 (47.5 of 50, n=50); kpi.iqs=80 (40 of 50, n=50); employee.annual_base_salary=48000)");
    }
}
