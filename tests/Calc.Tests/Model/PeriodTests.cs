using Payout.Calc.Model;

namespace Payout.Calc.Tests.Model;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("2026-Q3", "2026-07-01", "2026-10-01", 3)]
    [InlineData("2026-09", "2026-09-01", "2026-10-01", 1)]
    [InlineData("2026", "2026-01-01", "2027-01-01", 12)]
    public void Parse_EachForm_Bounds(string text, string start, string end, int months)
    {
        var period = Period.Parse(text);
        period.Start.ShouldBe(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
        period.EndExclusive.ShouldBe(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
        period.Months.ShouldBe(months);
    }

    [Theory]
    [InlineData("2026-Q5")]
    [InlineData("2026-13")]
    [InlineData("Q3")]
    [InlineData("")]
    public void TryParse_Invalid_False(string text) => Period.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void WindowContains_EndIsExclusive()
    {
        var q3 = PeriodWindow.Of(Period.Parse("2026-Q3"), NodaTime.DateTimeZone.Utc);
        q3.Contains(new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero)).ShouldBeTrue();
        q3.Contains(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero)).ShouldBeFalse();
        q3.Contains(new DateTimeOffset(2026, 10, 1, 1, 0, 0, TimeSpan.FromHours(2))).ShouldBeTrue(); // 23:00Z on 30 Sep
    }

    [Theory]
    [InlineData("Africa/Casablanca", "2008-06", "2008-06-01T00:00:00Z")] // midnight skipped: the day starts at 01:00 (UTC+1)
    [InlineData("Africa/Cairo", "2014-08", "2014-07-31T22:00:00Z")]     // midnight skipped: the day starts at 01:00 (UTC+3)
    [InlineData("Europe/Dublin", "2026-07", "2026-06-30T23:00:00Z")]
    public void Window_ZoneThatSkipsMidnight_StartsAtTheDaysFirstInstant(string zone, string period, string startUtc)
    {
        var window = PeriodWindow.Of(Period.Parse(period), NodaTime.DateTimeZoneProviders.Tzdb[zone]);

        window.StartUtc.ShouldBe(DateTimeOffset.Parse(startUtc, System.Globalization.CultureInfo.InvariantCulture));
    }
}
