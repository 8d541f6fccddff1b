namespace Payout.Calc.Model;

/// <summary>A pay period: a month (<c>2026-09</c>), a quarter (<c>2026-Q3</c>) or a year (<c>2026</c>).</summary>
/// <param name="Name">The period as written in data and on the command line.</param>
/// <param name="Start">First day of the period.</param>
/// <param name="EndExclusive">First day after the period.</param>
/// <param name="Months">Number of calendar months the period spans (1, 3 or 12).</param>
public sealed record Period(string Name, DateOnly Start, DateOnly EndExclusive, int Months)
{
    /// <summary>Number of calendar days in the period.</summary>
    public int Days => EndExclusive.DayNumber - Start.DayNumber;

    /// <summary>Start of the period as an instant in UTC.</summary>
    public DateTimeOffset StartUtc => new(Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>End of the period (exclusive) as an instant in UTC.</summary>
    public DateTimeOffset EndUtc => new(EndExclusive.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>Parses <c>yyyy-MM</c>, <c>yyyy-Qn</c> or <c>yyyy</c>.</summary>
    /// <exception cref="FormatException">The text is none of the three forms.</exception>
    public static Period Parse(string text)
    {
        if (TryParse(text, out var period))
        {
            return period;
        }

        throw new FormatException($"Invalid period '{text}': expected yyyy-MM (2026-09), yyyy-Qn (2026-Q3) or yyyy (2026).");
    }

    /// <summary>Tries to parse a period; see <see cref="Parse"/>.</summary>
    public static bool TryParse(string? text, out Period period)
    {
        period = null!;
        if (!Common.PeriodName.TryParse(text, out var name, out var start, out var months))
        {
            return false;
        }

        period = new Period(name, start, start.AddMonths(months), months);
        return true;
    }

    /// <summary>The quarter that contains the given day.</summary>
    public static Period QuarterOf(DateOnly day) => Parse($"{day.Year}-Q{(day.Month - 1) / 3 + 1}");
}
