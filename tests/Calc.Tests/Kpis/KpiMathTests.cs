using Payout.Calc.Kpis;

namespace Payout.Calc.Tests.Kpis;

public sealed class KpiMathTests
{
    [Theory]
    [InlineData(30, 50, 60)]      // seed: 30 positive of 50 → 60
    [InlineData(45, 50, 90)]
    [InlineData(0, 10, 0)]
    [InlineData(1, 4, 25)]
    public void Percent_SeedExamples_Exact(int part, int whole, decimal expected) =>
        KpiMath.Percent(part, whole).ShouldBe(expected);

    [Fact]
    public void Percent_NoDenominator_IsMissingNotZero() => KpiMath.Percent(0, 0).ShouldBeNull();

    [Theory]
    [InlineData(70, 10, 100, 60)] // seed: 70 % promoters − 10 % detractors → 60
    [InlineData(7, 1, 10, 60)]
    [InlineData(0, 10, 10, -100)]
    public void Nps_SeedExample_PromotersMinusDetractors(int promoters, int detractors, int responses, decimal expected) =>
        KpiMath.Nps(promoters, detractors, responses).ShouldBe(expected);

    [Fact]
    public void RetentionRate_SeedExample_Ninety() => KpiMath.RetentionRate(atStart: 200, atEnd: 200, added: 20).ShouldBe(90m);

    [Theory]
    [InlineData(80, 100, false, 80)]
    [InlineData(120, 100, false, 120)]
    [InlineData(30, 60, true, 200)]  // lower is better: target ÷ actual
    public void TargetCompletion_Direction_Inverts(decimal actual, decimal target, bool lowerIsBetter, decimal expected) =>
        KpiMath.TargetCompletion(actual, target, lowerIsBetter).ShouldBe(expected);
}
