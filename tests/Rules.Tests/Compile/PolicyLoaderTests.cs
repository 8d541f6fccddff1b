using Payout.Rules.Tests.Builders;

namespace Payout.Rules.Tests.Compile;

/// <summary>Every refusal names file, rule and line, at load time, before anyone is paid.</summary>
public sealed class PolicyLoaderTests
{
    private static PolicyError LoadFails(string ruleFile)
    {
        using var folder = new RulesFolder(ruleFile);
        var ex = Should.Throw<PolicyException>(folder.Load);
        var error = ex.Errors.ShouldHaveSingleItem();
        error.File.ShouldBe(folder.RuleFile);
        return error;
    }

    [Fact]
    public void Load_TypoInOutputExpression_RefusedWithSuggestion()
    {
        var error = LoadFails(RulesFolder.OneRule(output: "employee.anual_base_salary * 0.10"));

        error.Rule.ShouldBe("Tier");
        error.Line.ShouldBe(5);
        error.Message.ShouldBe("OutputExpression `employee.anual_base_salary * 0.10`: unknown employee field 'anual_base_salary'; did you mean 'annual_base_salary'?");
    }

    [Fact]
    public void Load_UnknownKpi_DidYouMean() =>
        LoadFails(RulesFolder.OneRule(expression: "kpi.cast >= 90")).Message.ShouldContain("unknown KPI 'cast'; did you mean 'csat'?");

    [Theory]
    [InlineData("DateTime.Now.Month > 6", "System.DateTime.Now")]
    [InlineData("DateTime.now.Month > 6", "System.DateTime.Now")]
    [InlineData("\\\"\\\".GetType().Assembly != null", "System.Object.GetType")]
    [InlineData("\\\"\\\".gettype().Assembly != null", "System.Object.GetType")]
    [InlineData("\\\"x\\\".GetHashCode() > 0", "System.Object.GetHashCode")]
    [InlineData("Enumerable.Range(1, 10).Count() > 0", "System.Linq.Enumerable.Range")]
    [InlineData("Guid.NewGuid() != Guid.Empty", "System.Guid.NewGuid")]
    [InlineData("Guid.CreateVersion7() != Guid.Empty", "System.Guid.CreateVersion7")]
    [InlineData("employee.name.PadLeft(100000000).Length > 1", "System.String.PadLeft")]
    public void Load_ExpressionOutsideAllowList_Refused(string expression, string culprit) =>
        LoadFails(RulesFolder.OneRule(expression: expression)).Message.ShouldContain($"'{culprit}' is not allowed in a pay rule");

    [Theory]
    [InlineData("Math.Round(employee.annual_base_salary * 0.1, 2) > 100")]
    [InlineData("Math.Max(kpi.csat, 1) >= 90 && employee.role.StartsWith(\\\"a\\\")")]
    [InlineData("employee.team.ToUpperInvariant() != \\\"X\\\" && Convert.ToDecimal(3) > 1")]
    public void Load_ExpressionOnAllowList_Compiles(string expression)
    {
        using var folder = new RulesFolder(RulesFolder.OneRule(expression: expression));
        folder.Load().RuleCount.ShouldBe(1);
    }

    [Fact]
    public void Load_DoubleLiteralSuffix_Refused() =>
        LoadFails(RulesFolder.OneRule(localParams: """[ { "Name": "rate", "Expression": "0.10d" } ]""", output: "employee.annual_base_salary * rate"))
            .Message.ShouldContain("'0.10d' is a floating-point literal");

    [Fact]
    public void Load_DoubleFromMath_Refused() =>
        LoadFails(RulesFolder.OneRule(expression: "Math.Sqrt(4) > 1")).Message.ShouldContain("is not allowed in a pay rule (it computes with System.Double: money is decimal)");

    [Fact]
    public void Load_MisspeltProperties_RefusedNotIgnored()
    {
        var file = RulesFolder.OneRule().Replace("\"Properties\"", "\"Propertes\"", StringComparison.Ordinal);
        LoadFails(file).Message.ShouldStartWith("unknown property 'Propertes'");
    }

    [Fact]
    public void Load_ExpressionDoesNotCompile_NamesPosition() =>
        LoadFails(RulesFolder.OneRule(expression: "kpi.csat >=")).Message.ShouldContain("does not compile");

    [Fact]
    public void Load_DuplicateRuleNames_Refused()
    {
        var file = """
            { "WorkflowName": "Bonus", "Rules": [
              { "RuleName": "Tier", "Properties": { "component": "b", "rewardType": "award", "unitCost": 5 }, "Expression": "kpi.csat > 1" },
              { "RuleName": "Tier", "Properties": { "component": "b", "rewardType": "award", "unitCost": 5 }, "Expression": "kpi.csat > 2" }
            ] }
            """;
        var error = LoadFails(file);
        error.Line.ShouldBe(3);
        error.Message.ShouldBe("duplicate RuleName in workflow Bonus");
    }

    [Fact]
    public void Load_WorkflowNotInPlan_Refused()
    {
        using var folder = new RulesFolder(RulesFolder.OneRule().Replace("\"Bonus\"", "\"Bonsu\"", StringComparison.Ordinal));
        var messages = Should.Throw<PolicyException>(folder.Load).Errors.Select(e => e.Message).ToList();

        messages.ShouldContain("workflow Bonsu is not assigned to any role in plan.json (Workflows)");
        messages.ShouldContain("Workflows names Bonus, which no rule file defines; did you mean 'Bonsu'?");
    }

    [Fact]
    public void Load_DecimalLiterals_ExactArithmetic()
    {
        using var folder = new RulesFolder(RulesFolder.OneRule(expression: "0.1 + 0.2 == 0.3", output: "employee.annual_base_salary * 0.1 + 0.2"));
        var line = folder.Load().Evaluate(new PersonBuilder().Salary(1000m).Build(), PersonBuilder.Q3).Lines.ShouldHaveSingleItem();

        line.Amount.ShouldBe(100.20m);
    }

    [Fact]
    public void Load_PlanRoundingModeInvalid_Refused()
    {
        using var folder = new RulesFolder(RulesFolder.OneRule(), RulesFolder.Plan.Replace("AwayFromZero", "Bankers", StringComparison.Ordinal));
        Should.Throw<PolicyException>(folder.Load).Errors.ShouldHaveSingleItem().Message.ShouldStartWith("Rounding.Mode 'Bankers' is not one of");
    }
}
