using Payout.Rules.Tests.Builders;

namespace Payout.Rules.Tests.Compile;

/// <summary>Whole-number literals must not divide as whole numbers: 3 / 12 is a quarter, not 0.</summary>
public sealed class DecimalArithmeticTests
{
    [Theory]
    [InlineData("plan.iqs_gate * (3 / 12)", "20.00")]
    [InlineData("1000 / 3", "333.33")]
    [InlineData("2000 / 3", "666.67")]
    [InlineData("(1 + 1) / 8 * 100", "25.00")]
    [InlineData("Math.Min(1000 / 3, 500)", "333.33")]
    [InlineData("Math.Round(employee.annual_base_salary / 7, 1)", "6857.10")] // Math.Round's places stay a whole number
    [InlineData("7 % 2 / 4 * 100", "25.00")]
    public void Evaluate_WholeNumberLiterals_ComputeInDecimal(string output, string expected)
    {
        using var folder = new RulesFolder(RulesFolder.OneRule(output: output));

        var line = folder.Load().Evaluate(new PersonBuilder().Kpi("csat", 95m).Build(), PersonBuilder.Q3).Lines.ShouldHaveSingleItem();

        line.Amount.ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Evaluate_WholeNumberInCondition_ComparesInDecimal()
    {
        using var folder = new RulesFolder(RulesFolder.OneRule(expression: "kpi.csat >= 181 / 2"));

        // 181 / 2 is 90.5: a CSAT of 90 must not pass as it would against 90 in whole numbers.
        folder.Load().Evaluate(new PersonBuilder().Kpi("csat", 90m).Build(), PersonBuilder.Q3).Lines.ShouldBeEmpty();
    }

    [Fact]
    public void Load_CSharpRuleDividingWholeNumbers_RefusedWithLine()
    {
        using var folder = new RulesFolder(RulesFolder.OneRule());
        var path = folder.CSharp("quarter.cs", """
            [Name("Quarter"), Pay("bonus")]
            public sealed class Quarter : Rule
            {
                public override void Define()
                {
                    PlanParameters plan = null!;
                    When().Match(() => plan);
                    Then().Do(ctx => ctx.Pay(plan["iqs_gate"] * (3 / 12), "a quarter"));
                }
            }
            """);

        var error = Should.Throw<PolicyException>(folder.Load).Errors.ShouldHaveSingleItem();

        error.File.ShouldBe(path);
        error.Line.ShouldBe(8);
        error.Message.ShouldContain("'3 / 12' divides whole numbers");
    }
}
