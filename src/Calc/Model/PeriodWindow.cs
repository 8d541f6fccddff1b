using NodaTime;

namespace Payout.Calc.Model;

/// <summary>A period's bounds as instants, from midnights in a time zone.</summary>
/// <param name="StartUtc">First instant of the period.</param>
/// <param name="EndUtc">First instant after the period.</param>
public sealed record PeriodWindow(DateTimeOffset StartUtc, DateTimeOffset EndUtc)
{
    /// <summary>The window of a period in a zone: local midnight of the first day to local midnight after the last.</summary>
    public static PeriodWindow Of(Period period, DateTimeZone zone) => new(Midnight(period.Start, zone), Midnight(period.EndExclusive, zone));

    /// <summary>True when the instant falls inside (start inclusive, end exclusive).</summary>
    public bool Contains(DateTimeOffset instant) => instant >= StartUtc && instant < EndUtc;

    /// <remarks>
    /// A zone may skip midnight (DST at 00:00, as in America/Sao_Paulo until 2019); NodaTime's
    /// <c>AtStartOfDay</c> then gives the first instant of the day, so no instant is lost or counted twice.
    /// </remarks>
    private static DateTimeOffset Midnight(DateOnly day, DateTimeZone zone) =>
        zone.AtStartOfDay(LocalDate.FromDateOnly(day)).ToInstant().ToDateTimeOffset();
}
