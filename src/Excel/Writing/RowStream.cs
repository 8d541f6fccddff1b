namespace Payout.Excel.Writing;

/// <summary>
/// A sheet's rows, read once, with a look-ahead buffer: the writer peeks at the first rows to size
/// columns, and a row read past a sheet's limit waits here for the continuation sheet.
/// </summary>
internal sealed class RowStream(IEnumerator<IReadOnlyList<Cell>> rows)
{
    private readonly Queue<IReadOnlyList<Cell>> _ahead = new();

    /// <summary>Up to <paramref name="count"/> upcoming rows, without consuming them.</summary>
    public IReadOnlyList<IReadOnlyList<Cell>> Peek(int count)
    {
        while (_ahead.Count < count && rows.MoveNext())
        {
            _ahead.Enqueue(rows.Current);
        }

        return [.. _ahead.Take(count)];
    }

    /// <summary>How many rows <see cref="Next"/> has handed out.</summary>
    public int Taken { get; private set; }

    /// <summary>The next row, or false at the end.</summary>
    public bool Next(out IReadOnlyList<Cell> row)
    {
        if (_ahead.TryDequeue(out row!))
        {
            Taken++;
            return true;
        }

        if (rows.MoveNext())
        {
            row = rows.Current;
            Taken++;
            return true;
        }

        return false;
    }

    /// <summary>True when another row follows.</summary>
    public bool HasMore => Peek(1).Count > 0;
}
