using Payout.Rules.Facts;

namespace Payout.Rules.Testing;

/// <summary>Parses a period name for test cases with the parser data and the command line use (<see cref="Common.PeriodName"/>).</summary>
internal static class PeriodText
{
    public static bool TryParse(string? text, out PeriodFacts period)
    {
        period = null!;
        if (!Common.PeriodName.TryParse(text, out var name, out var start, out var months))
        {
            return false;
        }

        period = new PeriodFacts(name, start, start.AddMonths(months), months);
        return true;
    }
}
