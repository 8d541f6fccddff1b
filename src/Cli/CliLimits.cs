using Payout.Common;

namespace Payout.Cli;

/// <summary>
/// The limits of the command being run, from its <c>--limit name=value</c> options
/// (<see cref="CommandLine.PayoutCommandLine.LimitsOf"/>). Async-local so
/// that tests running commands side by side in one process each keep their own.
/// </summary>
internal static class CliLimits
{
    private static readonly AsyncLocal<RunLimits?> Value = new();

    /// <summary>The current command's limits.</summary>
    public static RunLimits Current => Value.Value ?? RunLimits.Default;

    /// <summary>Sets the current command's limits.</summary>
    public static void Set(RunLimits limits) => Value.Value = limits;

    /// <summary>The help text of <c>--limit</c>, with every limit and its default.</summary>
    public static string Help() =>
        "Limits (--limit name=value, repeatable; any command):\n" + string.Join("\n", RunLimits.Names.Select(n =>
            $"  {n.Name,-20} {n.Show(RunLimits.Default),12} {n.Unit,-11} {n.Help}"));
}
