using Payout.Rules.Tests.Builders;

namespace Payout.Rules.Tests.Engine;

/// <summary>An explanation's arithmetic, redone by hand, must give the amount: the expression's own grouping, every digit.</summary>
public sealed class SentenceWriterTests
{
    [Theory]
    [InlineData("employee.annual_base_salary * (0.0375 + 0.005)", "30002 × (0.0375 + 0.005) = 1275.085, rounded 1,275.09 USD")]
    [InlineData("employee.annual_base_salary * 0.0375 + 0.005", "30002 × 0.0375 + 0.005 = 1,125.08 USD")]
    [InlineData("employee.annual_base_salary - (100 - 2)", "30002 − (100 − 2) = 29,904.00 USD")]
    [InlineData("employee.annual_base_salary / (2 * 4)", "30002 ÷ (2 × 4) = 3,750.25 USD")]
    [InlineData("employee.annual_base_salary / 2 * 4", "30002 ÷ 2 × 4 = 60,004.00 USD")]
    [InlineData("employee.annual_base_salary * (Math.Min(kpi.csat / 100, 1) + 1.5 * Math.Max(kpi.csat / 100 - 1, 0))",
        "30002 × (min(95 ÷ 100, 1) + 1.5 × max(95 ÷ 100 − 1, 0)) = 28,501.90 USD")]
    public void Sentence_GroupedOutput_KeepsItsParentheses(string output, string award)
    {
        using var folder = new RulesFolder(RulesFolder.OneRule(output: output));

        var audit = folder.Load().Evaluate(new PersonBuilder().Salary(30002m).Kpi("csat", 95m).Build(), PersonBuilder.Q3).Audit.Single();

        audit.Sentence.ShouldEndWith("→ " + award);
    }

    [Fact]
    public void Sentence_ValueWithManyDigits_ShownInFull()
    {
        // 4 places would show 0.8206, and 90000 × 0.18 × 3 ÷ 12 × 0.8206 gives 3,323.43, not what was paid.
        var attainment = 1395m / 1700m;
        using var folder = new RulesFolder(RulesFolder.OneRule(expression: "kpi.nrr > 0", output: "employee.annual_base_salary * 0.18 * period.months / 12 * kpi.nrr"));

        var audit = folder.Load().Evaluate(new PersonBuilder().Salary(90000m).Kpi("nrr", attainment).Build(), PersonBuilder.Q3).Audit.Single();

        audit.Sentence.ShouldContain($"× {attainment.ToString(System.Globalization.CultureInfo.InvariantCulture)} = ");
        audit.Sentence.ShouldEndWith("rounded 3,323.38 USD");
    }
}
