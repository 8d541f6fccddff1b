namespace Payout.Calc.Model;

/// <summary>A period's bounds as instants, from midnights in a time zone.</summary>
/// <param name="StartUtc">First instant of the period.</param>
/// <param name="EndUtc">First instant after the period.</param>
public sealed record PeriodWindow(DateTimeOffset StartUtc, DateTimeOffset EndUtc)
{
    /// <summary>The window of a period in a zone: local midnight of the first day to local midnight after the last.</summary>
    public static PeriodWindow Of(Period period, TimeZoneInfo zone) => new(Midnight(period.Start, zone), Midnight(period.EndExclusive, zone));

    /// <summary>True when the instant falls inside (start inclusive, end exclusive).</summary>
    public bool Contains(DateTimeOffset instant) => instant >= StartUtc && instant < EndUtc;

    private static DateTimeOffset Midnight(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // A zone may skip midnight (DST at 00:00); the period then starts at the first valid instant after it.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }
}
