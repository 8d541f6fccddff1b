namespace Payout.Calc.Reading;

/// <summary>A file's header: column name to field index, looked up once per cell of every row.</summary>
/// <remarks>
/// Readers ask for columns by string literals, which the runtime interns, so a reference
/// comparison finds a column without hashing its name; tens of millions of rows ask this ten
/// times each. A reader asks for its columns in the same order on every row, so the search
/// starts after the column found last and usually ends at the first comparison. Any other string
/// falls back to the dictionary.
/// </remarks>
internal sealed class ColumnMap
{
    private const int Remembered = 32;
    private readonly Dictionary<string, int> _byName = new(StringComparer.Ordinal);
    private readonly string[] _names = new string[Remembered];
    private readonly int[] _indexes = new int[Remembered];
    private int _count;
    private int _next;

    /// <summary>Maps each trimmed, lower-cased header cell to its index; the first of two equal names wins, and both are in <see cref="Duplicates"/>.</summary>
    public ColumnMap(IReadOnlyList<string> header)
    {
        var twice = new List<(string Name, int Column)>();
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().ToLowerInvariant();
            if (!_byName.TryAdd(name, i) && name.Length > 0)
            {
                twice.Add((name, i + 1));
            }
        }

        Duplicates = twice.GroupBy(t => t.Name)
            .Select(g => (g.Key, (IReadOnlyList<int>)[_byName[g.Key] + 1, .. g.Select(t => t.Column)]))
            .ToList();
    }

    /// <summary>Names the header gives more than once, with every (1-based) column that has each.</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<int> Columns)> Duplicates { get; }

    /// <summary>True when the header has the column.</summary>
    public bool Contains(string column) => _byName.ContainsKey(column);

    /// <summary>The column's field index, or -1 when the header lacks it.</summary>
    public int IndexOf(string column)
    {
        for (var j = 0; j < _count; j++)
        {
            var i = _next + j < _count ? _next + j : _next + j - _count;
            if (ReferenceEquals(_names[i], column))
            {
                _next = i + 1 < _count ? i + 1 : 0;
                return _indexes[i];
            }
        }

        var found = _byName.GetValueOrDefault(column, -1);
        if (_count < Remembered)
        {
            _names[_count] = column;
            _indexes[_count++] = found;
        }

        return found;
    }
}
