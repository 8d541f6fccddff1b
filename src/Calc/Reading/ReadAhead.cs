using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Payout.Calc.Reading;

/// <summary>
/// Produces items (split CSV batches, worksheet rows) on one thread while the caller handles the
/// ones before them on another.
/// </summary>
/// <remarks>
/// Splitting text into fields costs about as much as turning fields into KPIs, so on two cores
/// the two halves overlap. Items still reach the caller one at a time and in file order, so
/// results (first of two duplicates wins, error lines) are the same as reading in line.
/// A failure while producing (malformed CSV) surfaces after every item before it.
/// </remarks>
internal static class ReadAhead
{
    private const int BatchesAhead = 2; // bounds memory: at most this many batches wait

    /// <summary>Enumerates <paramref name="source"/> on a thread of its own, handing items over <paramref name="batchSize"/> at a time.</summary>
    public static IEnumerable<T> Of<T>(IEnumerable<T> source, int batchSize)
    {
        using var batches = new BlockingCollection<List<T>>(BatchesAhead);
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var splitter = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    var batch = new List<T>(batchSize);
                    foreach (var record in source)
                    {
                        batch.Add(record);
                        if (batch.Count == batchSize)
                        {
                            batches.Add(batch, stop.Token);
                            batch = new List<T>(batchSize);
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
