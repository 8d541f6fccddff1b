using DocumentFormat.OpenXml.Spreadsheet;

namespace Payout.Excel.Writing;

/// <summary>
/// The workbook's shared strings, filled as sheets are written (in order, so the same sheets give
/// the same table). Only columns marked <see cref="Column.Shared"/> use it; past
/// <see cref="MaxStrings"/> distinct strings, new ones are written inline, so a column that turns out
/// to be unique per row costs a bounded table, not memory per row.
/// </summary>
internal sealed class SharedStrings
{
    /// <summary>The most distinct strings kept.</summary>
    public const int MaxStrings = 100_000;

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    public const string RelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";

    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];

    /// <summary>How many cells refer to the table.</summary>
    public int References { get; private set; }

    /// <summary>How many distinct strings the table holds.</summary>
    public int Count => _strings.Count;

    /// <summary>The index of <paramref name="text"/> (already made safe), added when new; null when the table is full.</summary>
    public int? IndexOf(string text)
    {
        if (!_index.TryGetValue(text, out var index))
        {
            if (_strings.Count >= MaxStrings)
            {
                return null;
            }

            index = _strings.Count;
            _index.Add(text, index);
            _strings.Add(text);
        }

        References++;
        return index;
    }

    /// <summary>
    /// The index to write for a data cell's text when its column is shared and the table has room;
    /// null to write the text inline. The header row (row 1) is never shared.
    /// </summary>
    /// <param name="row">The 1-based row.</param>
    /// <param name="column">The 0-based column.</param>
    /// <param name="shared">Per column, <see cref="Column.Shared"/>.</param>
    /// <param name="text">The text, already made safe.</param>
    public int? For(int row, int column, IReadOnlyList<bool> shared, string text) =>
        row > 1 && column < shared.Count && shared[column] ? IndexOf(text) : null;

    /// <summary>The shared strings part.</summary>
    public SharedStringTable Table() =>
        new(_strings.Select(s => new SharedStringItem(new Text(s) { Space = Whitespace.NeedsPreserve(s) ? DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve : null })))
        {
            Count = (uint)References,
            UniqueCount = (uint)_strings.Count,
        };
}
