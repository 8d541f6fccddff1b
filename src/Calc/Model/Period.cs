using System.Globalization;

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
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        var inv = CultureInfo.InvariantCulture;
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, inv, out var year) && year >= 1900)
        {
            period = new Period(text, new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1), 12);
            return true;
        }

        if (text.Length == 7 && text[4] == '-' && int.TryParse(text[..4], NumberStyles.None, inv, out year) && year >= 1900)
        {
            if ((text[5] == 'Q' || text[5] == 'q') && text[6] is >= '1' and <= '4')
            {
                var quarter = text[6] - '0';
                var start = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
                period = new Period($"{year}-Q{quarter}", start, start.AddMonths(3), 3);
                return true;
            }

            if (int.TryParse(text[5..], NumberStyles.None, inv, out var month) && month is >= 1 and <= 12)
            {
                var start = new DateOnly(year, month, 1);
                period = new Period(text, start, start.AddMonths(1), 1);
                return true;
            }
        }

        return false;
    }

    /// <summary>The quarter that contains the given day.</summary>
    public static Period QuarterOf(DateOnly day) => Parse($"{day.Year}-Q{(day.Month - 1) / 3 + 1}");
}
