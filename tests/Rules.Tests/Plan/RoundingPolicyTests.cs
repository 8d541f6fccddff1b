using Payout.Rules.Plan;
using Payout.Rules.Tests.Builders;

namespace Payout.Rules.Tests.Plan;

/// <summary>
/// Amounts that are exactly a half cent in exact arithmetic, reached through a ratio that repeats
/// in decimal (1/3, 2/3, 14/15, 7/9): the plan's rounding must see the half cent.
/// </summary>
public sealed class RoundingPolicyTests
{
    [Theory]
    [InlineData("3000.015", 1, 3, "AwayFromZero", "1000.01")] // exactly 1000.005
    [InlineData("1500.0075", 2, 3, "AwayFromZero", "1000.01")] // exactly 1000.005
    [InlineData("1500.0075", 2, 3, "ToEven", "1000.00")] // 2/3 is held as …67: a half cent must still round to even
    [InlineData("1500.1875", 14, 15, "AwayFromZero", "1400.18")] // exactly 1400.175 (the CSM of the issue)
    [InlineData("900.045", 7, 9, "AwayFromZero", "700.04")] // exactly 700.035
    [InlineData("900.045", 7, 9, "ToEven", "700.04")] // 700.035 → even neighbour 700.04
    [InlineData("2721.025", 3, 3, "AwayFromZero", "2721.03")]
    public void Round_HalfCentThroughRepeatingRatio_RoundsAsThePlanSays(string amount, int numerator, int denominator, string mode, string expected)
    {
        var exact = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture) * (numerator / (decimal)denominator);
        var policy = new RoundingPolicy(Enum.Parse<MidpointRounding>(mode), 2);

        policy.Round(exact).ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("1400.174999999999999999999999", "1400.175")]
    [InlineData("0.0049999999999999999999", "0.005")]
    [InlineData("1400.17499999", "1400.17499999")] // fewer than 15 significant digits: unchanged
    [InlineData("-2.0000000000000000000001", "-2")]
    [InlineData("0", "0")]
    public void Guard_ValueWithMoreThan15SignificantDigits_CutTo15(string value, string expected)
    {
        RoundingPolicy.Guard(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Evaluate_CsmNrrFourteenFifteenths_PaysTheHalfCentUpAndSaysSo()
    {
        // Quarterly variable pay 1,500.1875 at NRR 140,000 ÷ 150,000 earns exactly 1,400.175.
        using var folder = new RulesFolder(RulesFolder.OneRule(expression: "kpi.nrr > 0", output: "employee.annual_base_salary * kpi.nrr / 100"));
        var nrr = 140000m / 150000m * 100m;
        var person = new PersonBuilder().Salary(1500.1875m).Kpi("nrr", nrr).Build();

        var result = folder.Load().Evaluate(person, PersonBuilder.Q3);

        var line = result.Lines.ShouldHaveSingleItem();
        line.Amount.ShouldBe(1400.18m);
        line.Quantity.ShouldBe(1400.175m);
        result.Audit.Single(a => a.Rule == "Tier").Sentence.ShouldEndWith("≈ 1400.175 (15 significant digits), rounded 1,400.18 USD");
    }
}
