using System.Globalization;
using Payout.Rules.Facts;

namespace Payout.Rules.Testing;

/// <summary>Parses a period name for test cases (Rules does not depend on Calc's Period).</summary>
internal static class PeriodText
{
    public static bool TryParse(string? text, out PeriodFacts period)
    {
        period = null!;
        if (text is null || text.Length < 4 || !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return false;
        }

        var rest = text[4..];
        (int Month, int Months)? shape = rest switch
        {
            "" => (1, 12),
            ['-', 'Q', >= '1' and <= '4'] => ((rest[2] - '1') * 3 + 1, 3),
            ['-', _, _] when int.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 => (m, 1),
            _ => null,
        };
        if (shape is not { } s)
        {
            return false;
        }

        var start = new DateOnly(year, s.Month, 1);
        period = new PeriodFacts(text, start, start.AddMonths(s.Months), s.Months);
        return true;
    }
}
