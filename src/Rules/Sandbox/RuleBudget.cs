using System.Diagnostics;

namespace Payout.Rules.Sandbox;

/// <summary>
/// The time budget of C# rules. Payout inserts a call to <see cref="Tick"/> at the top of every loop
/// body and every method of a rule file when it compiles it (rules cannot call it themselves: it is
/// not on the allow-list), so an endless loop or sequence ends in
/// <see cref="RuleBudgetExceededException"/> instead of a hung run.
/// </summary>
public static class RuleBudget
{
    [ThreadStatic]
    private static long _deadline;

    [ThreadStatic]
    private static int _ticks;

    /// <summary>Checks the clock every so many ticks: a loop body can be a few nanoseconds.</summary>
    private const int Every = 1 << 10;

    /// <summary>Called by instrumented rule code; throws once the current person's budget is spent.</summary>
    public static void Tick()
    {
        if (++_ticks % Every == 0 && _deadline != 0 && Stopwatch.GetTimestamp() > _deadline)
        {
            throw new RuleBudgetExceededException();
        }
    }

    /// <summary>Starts a budget of <paramref name="budget"/> for the code this thread runs next.</summary>
    internal static void Start(TimeSpan budget) => _deadline = Stopwatch.GetTimestamp() + (long)(budget.TotalSeconds * Stopwatch.Frequency);

    /// <summary>Ends the budget this thread started.</summary>
    internal static void Stop() => _deadline = 0;
}
