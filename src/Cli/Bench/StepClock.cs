using System.Diagnostics;
using Payout.Cli.Output;

namespace Payout.Cli.Bench;

/// <summary>
/// Progress that reports nothing and notes when each step of a run starts, with the runtime's
/// memory work so far: the bench times <see cref="RunPipeline.Execute"/>'s own steps this way
/// rather than repeating them.
/// </summary>
internal sealed class StepClock(Stopwatch clock) : RunProgress
{
    private readonly List<(TimeSpan At, Collections Memory)> _starts = [];

    /// <summary>When each step started, in order, and the memory totals then.</summary>
    public IReadOnlyList<(TimeSpan At, Collections Memory)> Starts => _starts;

    /// <inheritdoc />
    public override T Step<T>(string description, long total, Func<Action<long>, T> work)
    {
        _starts.Add((clock.Elapsed, Collections.Now()));
        return work(_ => { });
    }
}
