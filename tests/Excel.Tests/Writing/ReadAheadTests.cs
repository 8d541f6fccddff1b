using Payout.Excel.Writing;

namespace Payout.Excel.Tests.Writing;

public sealed class ReadAheadTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(10, 0)]    // started at once
    [InlineData(10, 3)]    // three read in line, then ahead
    [InlineData(5000, 700)] // many batches, the last one partial
    public void MoveNext_StartedAnywhere_GivesEveryItemInOrder(int count, int readBeforeStart)
    {
        using var rows = new ReadAhead<int>(Enumerable.Range(0, count).GetEnumerator());
        var seen = new List<int>();
        while (seen.Count < readBeforeStart && rows.MoveNext())
        {
            seen.Add(rows.Current);
        }

        rows.Start();
        while (rows.MoveNext())
        {
            seen.Add(rows.Current);
        }

        seen.ShouldBe(Enumerable.Range(0, count));
        rows.MoveNext().ShouldBeFalse();
    }

    [Fact]
    public void MoveNext_MakerFails_ThrowsAfterTheRowsMadeBeforeIt()
    {
        static IEnumerable<int> Failing()
        {
            for (var i = 0; i < 1000; i++)
            {
                yield return i;
            }

            throw new InvalidOperationException("row 1000 cannot be made");
        }

        using var rows = new ReadAhead<int>(Failing().GetEnumerator());
        rows.Start();
        var seen = 0;
        var ex = Should.Throw<InvalidOperationException>(() =>
        {
            while (rows.MoveNext())
            {
                rows.Current.ShouldBe(seen++);
            }
        });

        ex.Message.ShouldBe("row 1000 cannot be made");
        seen.ShouldBe(1000);
    }

    [Fact]
    public async Task Dispose_ReaderStopsEarly_StopsTheMakerAndDisposesTheRows()
    {
        var disposed = false;
        IEnumerable<int> Endless()
        {
            try
            {
                for (var i = 0; ; i++)
                {
                    yield return i;
                }
            }
            finally
            {
                disposed = true;
            }
        }

        var rows = new ReadAhead<int>(Endless().GetEnumerator());
        rows.Start();
        rows.MoveNext().ShouldBeTrue();
        rows.Current.ShouldBe(0);

        var disposing = Task.Run(rows.Dispose);
        var first = await Task.WhenAny(disposing, Task.Delay(TimeSpan.FromSeconds(10)));
        first.ShouldBe(disposing, "the maker, waiting for room, must stop when the reader is disposed");
        disposed.ShouldBeTrue();
    }
}
