using System.Globalization;

namespace Payout.Cli.Bench;

/// <summary>The runtime's memory work so far: bytes allocated, collections per generation, and the time the program was paused for them.</summary>
internal readonly record struct Collections(long Allocated, int Gen0, int Gen1, int Gen2, TimeSpan Paused)
{
    /// <summary>The totals at this moment.</summary>
    public static Collections Now() => new(GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    /// <summary>What happened between <paramref name="before"/> and <paramref name="after"/>.</summary>
    public static Collections operator -(Collections after, Collections before) =>
        new(after.Allocated - before.Allocated, after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.Paused - before.Paused);

    /// <summary>E.g. "4.2 GB allocated; 3.1 s paused in 120 gen0, 14 gen1, 3 gen2 collections" (a gen1 collection also counts as gen0, and so on).</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Allocated / 1e9:0.0} GB allocated; {Paused.TotalSeconds:0.0} s paused in {Gen0:N0} gen0, {Gen1:N0} gen1, {Gen2:N0} gen2 collections");
}
