using Payout.Rules.Memory;

namespace Payout.Rules.Tests.Memory;

public sealed class BlocksTests
{
    [Fact]
    public void Keep_ManyRunsAcrossBlocks_EachKeepsItsOwnValues()
    {
        // 5,000 runs of 1-7 values cross several blocks of 16,384.
        var kept = Enumerable.Range(0, 5_000).Select(i => (Expected: Values(i), Run: Blocks<int>.Keep(Values(i)))).ToList();

        kept.ShouldAllBe(k => k.Run.SequenceEqual(k.Expected));
    }

    [Fact]
    public void Keep_OnManyThreads_RunsDoNotMix()
    {
        var kept = new ArraySegment<int>[2_000];
        Parallel.For(0, kept.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => kept[i] = Blocks<int>.Keep(Values(i)));

        for (var i = 0; i < kept.Length; i++)
        {
            kept[i].ShouldBe(Values(i));
        }
    }

    [Fact]
    public void Keep_Empty_IsEmpty()
    {
        Blocks<int>.Keep([]).Count.ShouldBe(0);
    }

    [Fact]
    public void Keep_MoreThanAQuarterBlock_GetsAnArrayOfItsOwn()
    {
        var large = Enumerable.Range(0, 10_000).ToArray();

        var run = Blocks<int>.Keep(large);

        run.ShouldBe(large);
        run.Offset.ShouldBe(0);
        run.Array!.Length.ShouldBe(large.Length);
    }

    private static int[] Values(int i) => Enumerable.Range(i * 10, 1 + i % 7).ToArray();
}
