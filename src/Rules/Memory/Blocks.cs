namespace Payout.Rules.Memory;

/// <summary>
/// Hands out runs of values from large shared blocks, for what every person keeps until the
/// workbook is written (their audit records).
/// </summary>
/// <remarks>
/// In small arrays of their own, each person's values were copied by the collector as they aged,
/// and at 100,000 people that copying took a third of the time evaluating did. A block is large
/// enough to be allocated where the collector does not move objects, so values are written once
/// and stay put. Each thread fills a block of its own, so threads evaluating in parallel never
/// share one, and a person's values are the same whichever block they are in. A block lives as
/// long as any run in it is kept.
/// </remarks>
/// <typeparam name="T">The kept value.</typeparam>
internal static class Blocks<T>
{
    private const int BlockLength = 16_384; // at 8 bytes or more a value, a block is over the large-object threshold (85,000 bytes)

    [ThreadStatic]
    private static T[]? _block;

    [ThreadStatic]
    private static int _used;

    /// <summary>A kept copy of <paramref name="values"/>.</summary>
    public static ArraySegment<T> Keep(ReadOnlySpan<T> values)
    {
        if (values.IsEmpty)
        {
            return ArraySegment<T>.Empty;
        }

        if (values.Length > BlockLength / 4)
        {
            return new ArraySegment<T>(values.ToArray()); // far more than a person has: an array of its own
        }

        if (_block is null || _used + values.Length > _block.Length)
        {
            _block = new T[BlockLength];
            _used = 0;
        }

        var run = new ArraySegment<T>(_block, _used, values.Length);
        values.CopyTo(run);
        _used += values.Length;
        return run;
    }
}
