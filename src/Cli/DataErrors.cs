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
        foreach (var error in errors.Take(Cap))
        {
            stderr.WriteLine("  " + error);
        }

        if (errors.Count > Cap)
        {
            stderr.WriteLine($"  … and {errors.Count - Cap} more");
        }
    }
}
