using Payout.Calc.Model;

namespace Payout.Cli;

/// <summary>Prints rejected rows to stderr, capped so a broken file does not flood the terminal.</summary>
internal static class DataErrors
{
    public const int Cap = 50;

    public static void Print(IReadOnlyList<DataError> errors, TextWriter stderr, bool accepted)
    {
        stderr.WriteLine(accepted
            ? $"warning: {errors.Count} invalid input row(s) or file(s) left out (--accept-rejects):"
            : $"error: {errors.Count} invalid input row(s) or file(s); nothing was written (--accept-rejects goes on without them):");
        var causes = errors.Where(e => e.FollowsFrom is null).ToList();
        foreach (var error in causes.Take(Cap))
        {
            stderr.WriteLine("  " + error);
        }

        if (causes.Count > Cap)
        {
            stderr.WriteLine($"  … and {causes.Count - Cap} more");
        }

        foreach (var group in errors.Where(e => e.FollowsFrom is not null).GroupBy(e => (e.File, e.FollowsFrom)))
        {
            stderr.WriteLine($"  {group.Key.File}: {group.Count()} row(s) name employees or teams that {group.Key.FollowsFrom} would have defined (they follow from it; not listed)");
        }
    }
}
