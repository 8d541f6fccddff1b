using Payout.Common;

namespace Payout.Cli;

/// <summary>
/// The limits of the command being run, from its <c>--limit name=value</c> options. Async-local so
/// that tests running commands side by side in one process each keep their own.
/// </summary>
internal static class CliLimits
{
    private static readonly AsyncLocal<RunLimits?> Value = new();

    /// <summary>The current command's limits.</summary>
    public static RunLimits Current => Value.Value ?? RunLimits.Default;

    /// <summary>
    /// Takes every <c>--limit name=value</c> (or <c>--limit=name=value</c>) out of
    /// <paramref name="args"/> and applies them; a bad one is a usage error naming it.
    /// </summary>
    public static List<string> Take(IReadOnlyList<string> args)
    {
        var limits = RunLimits.Default;
        var rest = new List<string>(args.Count);
        for (var i = 0; i < args.Count; i++)
        {
            string? assignment = args[i] == "--limit" ? (i + 1 < args.Count ? args[++i] : throw new UsageException("option --limit needs a value: --limit name=value"))
                : args[i].StartsWith("--limit=", StringComparison.Ordinal) ? args[i]["--limit=".Length..] : null;
            if (assignment is null)
            {
                rest.Add(args[i]);
                continue;
            }

            try
            {
                limits = limits.With(assignment);
            }
            catch (FormatException ex)
            {
                throw new UsageException($"--limit: {ex.Message}");
            }
        }

        Value.Value = limits;
        return rest;
    }

    /// <summary>The help text of <c>--limit</c>, with every limit and its default.</summary>
    public static string Help() =>
        "Limits (--limit name=value, repeatable; any command):\n" + string.Join("\n", RunLimits.Names.Select(n =>
            $"  {n.Name,-20} {n.Show(RunLimits.Default),12} {n.Unit,-11} {n.Help}"));
}
