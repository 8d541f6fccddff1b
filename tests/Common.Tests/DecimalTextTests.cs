using System.Globalization;
using CsCheck;

namespace Payout.Common.Tests;

public sealed class DecimalTextTests
{
    private const string CustomFormat = "0.############################";

    [Theory]
    [InlineData("1.500", "1.5")]
    [InlineData("2.000", "2")]
    [InlineData("-0.00", "0")]
    [InlineData("0", "0")]
    [InlineData("100", "100")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("-79228162514264337593543950335", "-79228162514264337593543950335")]
    [InlineData("1234.5600", "1234.56")]
    public void AllDigits_Value_WritesEveryDigitWithoutTrailingZeros(string value, string expected)
    {
        var d = decimal.Parse(value, CultureInfo.InvariantCulture);

        DecimalText.AllDigits(d).ShouldBe(expected);
        d.ToString(CustomFormat, CultureInfo.InvariantCulture).ShouldBe(expected);
    }

    [Fact]
    public void AllDigits_NegativeZeroOfAnyScale_IsZero()
    {
        DecimalText.AllDigits(new decimal(0, 0, 0, isNegative: true, scale: 5)).ShouldBe("0");
    }

    [Fact]
    public void AllDigits_AnyDecimal_SameAsTheCustomFormat()
    {
        Gen.Select(Gen.OneOf(Gen.Int, Gen.Int[0, 1000]), Gen.Int, Gen.OneOf(Gen.Const(0), Gen.Int), Gen.Bool, Gen.Byte[0, 28])
            .Select((lo, mid, hi, negative, scale) => new decimal(lo, hi == 0 ? 0 : mid, hi, negative, scale))
            .Sample(d => DecimalText.AllDigits(d).ShouldBe(d.ToString(CustomFormat, CultureInfo.InvariantCulture)), iter: 20_000);
    }
}
