using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Payout.Calc.Reading;

/// <summary>
/// Splits records on one thread while the caller handles the ones before them on another.
/// </summary>
/// <remarks>
/// Splitting text into fields costs about as much as turning fields into KPIs, so on two cores
/// the two halves overlap. Records still reach the caller one at a time and in file order, so
/// results (first of two duplicates wins, error lines) are the same as reading in line.
/// A failure while splitting (malformed CSV) surfaces after every record before it.
/// </remarks>
internal static class ReadAhead
{
    private const int BatchSize = 512;
    private const int BatchesAhead = 2; // bounds memory: at most this many batches wait

    /// <summary>Enumerates <paramref name="source"/> on a thread of its own, <see cref="BatchSize"/> records at a time.</summary>
    public static IEnumerable<RawRecord> Of(IEnumerable<RawRecord> source)
    {
        using var batches = new BlockingCollection<List<RawRecord>>(BatchesAhead);
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var splitter = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    var batch = new List<RawRecord>(BatchSize);
                    foreach (var record in source)
                    {
                        batch.Add(record);
                        if (batch.Count == BatchSize)
                        {
                            batches.Add(batch, stop.Token);
                            batch = new List<RawRecord>(BatchSize);
                        }
                    }

                    batches.Add(batch, stop.Token);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    // The caller stopped early; nobody wants the rest.
                }
                catch (Exception ex)
                {
                    failure = ExceptionDispatchInfo.Capture(ex);
                }
                finally
                {
                    batches.CompleteAdding();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        try
        {
            foreach (var batch in batches.GetConsumingEnumerable())
            {
                foreach (var record in batch)
                {
                    yield return record;
                }
            }

            splitter.Wait();
            failure?.Throw();
        }
        finally
        {
            // Stopping early (or failing) must not leave the splitter reading a file the caller is about to close.
            stop.Cancel();
            splitter.Wait();
        }
    }
}
