using System.Globalization;

namespace Payout.Common;

/// <summary>
/// The one parser of period names shared by data, command line and policy tests: <c>2026-09</c>
/// (a month), <c>2026-Q3</c> or <c>2026-q3</c> (a quarter), <c>2026</c> (a year); surrounding
/// blanks are ignored, years outside 1900–2999 are refused (a period must end on a date .NET can
/// hold: 9999-Q4 would end in the year 10000).
/// </summary>
public static class PeriodName
{
    /// <summary>Parses a period name.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="name">The canonical name (<c>2026-Q3</c>, <c>2026-09</c>, <c>2026</c>).</param>
    /// <param name="start">First day of the period.</param>
    /// <param name="months">Months it spans: 1, 3 or 12.</param>
    public static bool TryParse(string? text, out string name, out DateOnly start, out int months)
    {
        (name, start, months) = (string.Empty, default, 0);
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        var inv = CultureInfo.InvariantCulture;
        if (text.Length < 4 || !int.TryParse(text[..4], NumberStyles.None, inv, out var year) || year is < 1900 or > 2999)
        {
            return false;
        }

        if (text.Length == 4)
        {
            (name, start, months) = (text, new DateOnly(year, 1, 1), 12);
            return true;
        }

        if (text.Length != 7 || text[4] != '-')
        {
            return false;
        }

        if (text[5] is 'Q' or 'q' && text[6] is >= '1' and <= '4')
        {
            var quarter = text[6] - '0';
            (name, start, months) = ($"{year}-Q{quarter}", new DateOnly(year, (quarter - 1) * 3 + 1, 1), 3);
            return true;
        }

        if (int.TryParse(text[5..], NumberStyles.None, inv, out var month) && month is >= 1 and <= 12)
        {
            (name, start, months) = (text, new DateOnly(year, month, 1), 1);
            return true;
        }

        return false;
    }
}
