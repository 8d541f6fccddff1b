using nietras.SeparatedValues;
using Payout.Calc.Csv;

namespace Payout.Calc.Reading;

/// <summary>
/// One input record as row handlers read it: each cell as a span, or as a string only when a
/// string is wanted. Valid until the reader moves to the next record.
/// </summary>
/// <remarks>
/// Timestamps, numbers and flags are parsed from their spans, so most cells of an event row never
/// become strings: tens of millions of rows make that most of the garbage reading would make.
/// </remarks>
internal readonly struct RawRow
{
    private readonly IReadOnlyList<string>? _fields;
    private readonly SepReader? _reader;
    private readonly string?[]? _made;

    /// <summary>A record whose cells are already strings (a worksheet row).</summary>
    public RawRow(RawRecord record)
    {
        _fields = record.Fields;
        Line = record.Line;
        Count = record.Fields.Count;
    }

    /// <summary>The record Sep is on.</summary>
    /// <param name="reader">The reader; the row is valid until it moves.</param>
    /// <param name="made">Per column, the last string made for it, reused when the cell repeats; at least as long as the record has fields.</param>
    public RawRow(SepReader reader, string?[] made)
    {
        _reader = reader;
        _made = made;
        var row = reader.Current;
        Line = CsvRows.LineOf(row);
        Count = row.ColCount;
    }

    /// <summary>1-based line the record began on; the header is line 1.</summary>
    public int Line { get; }

    /// <summary>Number of cells.</summary>
    public int Count { get; }

    /// <summary>Cell <paramref name="index"/> as written (after unquoting).</summary>
    public ReadOnlySpan<char> Span(int index) => _fields is not null ? _fields[index] : _reader!.Current[index].Span;

    /// <summary>Cell <paramref name="index"/> as a string; the same string as the column's last one when the text is equal.</summary>
    public string Text(int index)
    {
        if (_fields is not null)
        {
            return _fields[index];
        }

        var text = Span(index);
        if (_made![index] is { } last && text.SequenceEqual(last))
        {
            return last;
        }

        return _made[index] = text.Length == 0 ? string.Empty : new string(text);
    }

    /// <summary>Every cell as a string.</summary>
    public string[] ToArray()
    {
        var cells = new string[Count];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = Text(i);
        }

        return cells;
    }
}
