using System.Globalization;
using Payout.Calc.Reading;

namespace Payout.Calc.Tests.Reading;

public sealed class IsoUtcTests
{
    [Theory]
    [InlineData("2026-07-01T09:30:00Z", true)]
    [InlineData("2028-02-29T23:59:59Z", true)]
    [InlineData("2026-02-29T10:00:00Z", false)]   // not a leap year
    [InlineData("2026-13-01T10:00:00Z", false)]
    [InlineData("2026-07-01T24:00:00Z", false)]
    [InlineData("2026-07-01T09:30:00+02:00", false)] // another shape: left to the general parser
    [InlineData("2026-07-01 09:30:00Z", false)]
    [InlineData("2O26-07-01T09:30:00Z", false)]
    public void TryParse_Shapes_StrictAndSameAsGeneralParser(string text, bool parsed)
    {
        IsoUtc.TryParse(text, out var value).ShouldBe(parsed);
        if (parsed)
        {
            value.ShouldBe(DateTimeOffset.Parse(text, CultureInfo.InvariantCulture));
            value.Offset.ShouldBe(TimeSpan.Zero);
        }
    }
}
