using System.Collections;
using System.Collections.Concurrent;

namespace Payout.Excel.Writing;

/// <summary>
/// A sheet's rows, made on another thread once <see cref="Start"/> is called, in batches handed
/// over in order: the rows a sheet writes are the same, in the same order, so the bytes are too.
/// Before <see cref="Start"/> the rows are made as they are read.
/// </summary>
/// <remarks>
/// At 100,000 people making the rows (an explanation's sentence, a KPI's cells) took as long as
/// writing and deflating them, one after the other on one core while the other was idle; see the
/// README's Performance. A failure making a row is thrown where that row would have been read.
/// </remarks>
internal sealed class ReadAhead<T>(IEnumerator<T> inner) : IEnumerator<T>
{
    // At most 64 × (4 + 2) rows are ahead of the reader. Deeper was not faster and cost memory well
    // beyond the rows it held: with 4,096 rows ahead, rows outlived young collections and the
    // collector grew the heap, so writing 1,000,000 explanation rows peaked at 195 MiB against 86.
    private const int BatchSize = 64;
    private const int Depth = 4;

    private BlockingCollection<T[]>? _batches;
    private CancellationTokenSource? _stop;
    private Task? _maker;
    private T[] _batch = [];
    private int _next;

    /// <inheritdoc />
    public T Current { get; private set; } = default!;

    object? IEnumerator.Current => Current;

    /// <summary>From now on, rows are made on another thread, ahead of the reader.</summary>
    public void Start()
    {
        if (_maker is not null)
        {
            return;
        }

        _batches = new BlockingCollection<T[]>(Depth);
        _stop = new CancellationTokenSource();
        var (batches, stop) = (_batches, _stop.Token);
        _maker = Task.Factory.StartNew(() => Make(batches, stop), stop, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <inheritdoc />
    public bool MoveNext()
    {
        if (_batches is null)
        {
            if (!inner.MoveNext())
            {
                return false;
            }

            Current = inner.Current;
            return true;
        }

        while (_next >= _batch.Length)
        {
            if (!_batches.TryTake(out var batch, Timeout.Infinite))
            {
                _maker!.GetAwaiter().GetResult(); // the maker's failure, if it stopped on one
                return false;
            }

            (_batch, _next) = (batch, 0);
        }

        Current = _batch[_next++];
        return true;
    }

    /// <inheritdoc />
    public void Reset() => throw new NotSupportedException("rows are read once");

    /// <summary>Stops the maker (a reader that gives up early leaves it waiting for room) and disposes the rows.</summary>
    public void Dispose()
    {
        if (_maker is not null)
        {
            _stop!.Cancel();
            try
            {
                _maker.Wait();
            }
            catch (AggregateException)
            {
                // stopped, or failed on a row nobody reads any more
            }

            _batches!.Dispose();
            _stop.Dispose();
        }

        inner.Dispose();
    }

    private void Make(BlockingCollection<T[]> batches, CancellationToken stop)
    {
        var batch = new List<T>(BatchSize);
        try
        {
            while (inner.MoveNext())
            {
                batch.Add(inner.Current);
                if (batch.Count == BatchSize)
                {
                    batches.Add([.. batch], stop);
                    batch.Clear();
                }
            }
        }
        finally
        {
            try
            {
                // The rows made before the end, or before a failure, are read before the failure is thrown.
                if (batch.Count > 0 && !stop.IsCancellationRequested)
                {
                    batches.Add([.. batch], stop);
                }
            }
            finally
            {
                batches.CompleteAdding();
            }
        }
    }
}
