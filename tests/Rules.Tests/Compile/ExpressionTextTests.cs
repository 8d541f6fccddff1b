using Payout.Rules.Compile;

namespace Payout.Rules.Tests.Compile;

public sealed class ExpressionTextTests
{
    [Theory]
    [InlineData("0.10", "0.10m")]
    [InlineData("kpi.csat >= 90 && x * 0.5 > 1.25m", "kpi.csat >= 90 && x * 0.5m > 1.25m")]
    [InlineData("\"v0.1\" == name", "\"v0.1\" == name")]
    [InlineData("Math.Round(x, 2)", "Math.Round(x, 2)")]
    [InlineData("a1.5", "a1.5")]
    public void WithDecimalLiterals_FractionLiterals_BecomeDecimal(string input, string expected) =>
        ExpressionText.WithDecimalLiterals(input, out _).ShouldBe(expected);

    [Fact]
    public void References_IgnoresStrings_DistinctInOrder() =>
        ExpressionText.References("kpi.csat > 1 && \"kpi.nps\" != employee.name && kpi.csat < 9")
            .ShouldBe([("kpi", "csat"), ("employee", "name")]);
}
