using System.Runtime.ExceptionServices;
using Payout.Calc.Model;

namespace Payout.Calc.Kpis;

/// <summary>Computes every person's KPIs, a block of people at a time, and keeps them as <see cref="KpiBlock"/>s.</summary>
internal static class KpiStore
{
    /// <summary>People per block: enough that blocks are few (100 at 100,000 people), few enough that each thread's scratch array is a few megabytes.</summary>
    internal const int BlockSize = 1024;

    /// <summary>
    /// Runs <paramref name="compute"/> for each of <paramref name="people"/> people into a scratch
    /// segment of <paramref name="perPerson"/> KPIs, and returns each person's stored KPIs in person order.
    /// </summary>
    /// <remarks>Each block is stored by the thread that computed it, from that thread's scratch array: the result is the same for any thread count.</remarks>
    public static IReadOnlyList<KpiValue>[] Compute(int people, int perPerson, int threads, Action<int, ArraySegment<KpiValue>> compute)
    {
        var rows = new IReadOnlyList<KpiValue>[people];
        try
        {
            Store(rows, people, perPerson, threads, compute);
        }
        catch (AggregateException ex)
        {
            // The failure itself, as computing in line would throw it, not a wrapper.
            ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }

        return rows;
    }

    private static void Store(IReadOnlyList<KpiValue>[] rows, int people, int perPerson, int threads, Action<int, ArraySegment<KpiValue>> compute)
    {
        var blocks = (people + BlockSize - 1) / BlockSize;
        Parallel.For(
            0,
            blocks,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) },
            () => new KpiValue[BlockSize * perPerson],
            (b, _, scratch) =>
            {
                var first = b * BlockSize;
                var count = Math.Min(BlockSize, people - first);
                for (var i = 0; i < count; i++)
                {
                    compute(first + i, new ArraySegment<KpiValue>(scratch, i * perPerson, perPerson));
                }

                var block = new KpiBlock(scratch.AsSpan(0, count * perPerson), count, perPerson);
                for (var i = 0; i < count; i++)
                {
                    rows[first + i] = new KpiBlockRow(block, i);
                }

                return scratch;
            },
            _ => { });
    }
}
