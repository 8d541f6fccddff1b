namespace Payout.Calc.Reading;

/// <summary>A file's header: column name to field index, looked up once per cell of every row.</summary>
/// <remarks>
/// Readers ask for columns by string literals, which the runtime interns, so a handful of
/// reference comparisons finds a column without hashing its name; tens of millions of rows
/// ask this ten times each. Any other string falls back to the dictionary.
/// </remarks>
internal sealed class ColumnMap
{
    private readonly Dictionary<string, int> _byName = new(StringComparer.Ordinal);
    private readonly List<(string Name, int Index)> _seen = [];

    /// <summary>Maps each trimmed, lower-cased header cell to its index; the first of two equal names wins.</summary>
    public ColumnMap(IReadOnlyList<string> header)
    {
        for (var i = 0; i < header.Count; i++)
        {
            _byName.TryAdd(header[i].Trim().ToLowerInvariant(), i);
        }
    }

    /// <summary>True when the header has the column.</summary>
    public bool Contains(string column) => _byName.ContainsKey(column);

    /// <summary>The column's field index, or -1 when the header lacks it.</summary>
    public int IndexOf(string column)
    {
        foreach (var (name, index) in _seen)
        {
            if (ReferenceEquals(name, column))
            {
                return index;
            }
        }

        var found = _byName.GetValueOrDefault(column, -1);
        if (_seen.Count < 32)
        {
            _seen.Add((column, found));
        }

        return found;
    }
}
