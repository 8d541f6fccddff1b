using System.Globalization;
using Payout.Calc.Model;

namespace Payout.Calc.Reading;

/// <summary>
/// One data row with typed accessors. Every failed parse records a <see cref="DataError"/> and
/// marks the row rejected instead of throwing, so one pass reports every problem.
/// </summary>
/// <remarks>
/// Typed accessors parse the cell's span; a string is made only for text cells and error messages.
/// One instance serves every row of a file (<see cref="MoveTo"/>), so handlers must not keep it.
/// </remarks>
internal sealed class DataRow(string file, ColumnMap columns, List<DataError> errors)
{
    private RawRow _cells;
    private bool _rejected;

    /// <summary>Makes this the next row of the file.</summary>
    public void MoveTo(RawRow cells)
    {
        _cells = cells;
        _rejected = false;
    }

    /// <summary>File name inside the data folder.</summary>
    public string File => file;

    /// <summary>1-based line of the row in its file.</summary>
    public int Line => _cells.Line;

    /// <summary>True once any accessor or check recorded an error for this row.</summary>
    public bool Rejected => _rejected;

    /// <summary>Records an error against a column of this row.</summary>
    public void Reject(string column, string value, string reason)
    {
        _rejected = true;
        errors.Add(new DataError(file, _cells.Line, column, value, reason));
    }

    /// <summary>Rejects the row when <paramref name="id"/> was seen before in this kind of file.</summary>
    public void Unique(string column, string id, UniqueIds seen)
    {
        if (id.Length > 0 && !seen.Add(id))
        {
            Reject(column, Raw(column), $"duplicate {column}");
        }
    }

    /// <summary>Rejects the row when <paramref name="id"/> was seen before, giving <paramref name="reason"/> of <paramref name="record"/>.</summary>
    /// <remarks>The reason is made only for a duplicate, not for each of millions of rows.</remarks>
    public void Unique<T>(string column, string id, UniqueIds seen, T record, Func<T, string> reason)
    {
        if (id.Length > 0 && !seen.Add(id))
        {
            Reject(column, Raw(column), reason(record));
        }
    }

    /// <summary>The trimmed cell, or empty when the column is absent or the row is short.</summary>
    public string Raw(string column) => CellIndex(column) is var i and >= 0 ? _cells.Text(i).Trim() : string.Empty;

    /// <summary>The trimmed cell as a span, or empty when the column is absent or the row is short.</summary>
    private ReadOnlySpan<char> Cell(string column) => CellIndex(column) is var i and >= 0 ? _cells.Span(i).Trim() : default;

    /// <summary>The column's cell in this row, or -1 when the header lacks it or the row is short.</summary>
    private int CellIndex(string column)
    {
        var i = columns.IndexOf(column);
        return i < _cells.Count ? i : -1;
    }

    /// <summary>A required text cell.</summary>
    public string Text(string column)
    {
        var value = Raw(column);
        if (value.Length == 0)
        {
            Reject(column, value, "required value is empty");
        }

        return value;
    }

    /// <summary>An optional text cell, null when empty.</summary>
    public string? OptionalText(string column)
    {
        var value = Raw(column);
        return value.Length == 0 ? null : value;
    }

    /// <summary>A required decimal (invariant culture, '.' as separator).</summary>
    public decimal Decimal(string column) => OptionalDecimal(column) ?? RequiredMissing<decimal>(column);

    /// <summary>An optional decimal, null when empty.</summary>
    public decimal? OptionalDecimal(string column)
    {
        var value = Cell(column);
        if (value.IsEmpty)
        {
            return null;
        }

        if (decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
        {
            return d;
        }

        Reject(column, value.ToString(), "not a decimal number (use '.' as the decimal separator)");
        return null;
    }

    /// <summary>An optional whole number, null when empty.</summary>
    public int? OptionalInt(string column)
    {
        var value = Cell(column);
        if (value.IsEmpty)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i))
        {
            return i;
        }

        Reject(column, value.ToString(), "not a whole number");
        return null;
    }

    /// <summary>A required ISO-8601 timestamp with <c>Z</c> or an offset.</summary>
    public DateTimeOffset Timestamp(string column) => OptionalTimestamp(column) ?? RequiredMissing<DateTimeOffset>(column);

    /// <summary>An optional timestamp, null when empty.</summary>
    public DateTimeOffset? OptionalTimestamp(string column)
    {
        var value = Cell(column);
        if (value.IsEmpty)
        {
            return null;
        }

        // The common shape first: the general parser is many times slower, and there are tens of millions of these.
        if (IsoUtc.TryParse(value, out var utc))
        {
            return utc;
        }

        var hasZone = value[^1] is 'Z' or 'z' || HasOffset(value);
        if (hasZone && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var ts))
        {
            return ts;
        }

        Reject(column, value.ToString(), "not an ISO-8601 timestamp with Z or an offset (e.g. 2026-07-01T09:30:00Z)");
        return null;
    }

    /// <summary>An optional <c>yyyy-MM-dd</c> date, null when empty.</summary>
    public DateOnly? OptionalDate(string column)
    {
        var value = Cell(column);
        if (value.IsEmpty)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        Reject(column, value.ToString(), "not a date in yyyy-MM-dd form");
        return null;
    }

    /// <summary>An optional boolean: true/false (any case) or 1/0.</summary>
    public bool? OptionalBool(string column)
    {
        var value = Cell(column);
        if (value.IsEmpty)
        {
            return null;
        }

        if (value is "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (value is "0" || value.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Reject(column, value.ToString(), "not a boolean (true/false or 1/0)");
        return null;
    }

    private T RequiredMissing<T>(string column)
        where T : struct
    {
        if (Cell(column).IsEmpty)
        {
            Reject(column, string.Empty, "required value is empty");
        }

        return default;
    }

    private static bool HasOffset(ReadOnlySpan<char> value)
    {
        // An offset is +hh:mm or -hh:mm after the time part ('T' separates date and time).
        var t = value.IndexOfAny('T', 't');
        return t > 0 && value[t..].IndexOfAny('+', '-') > 0;
    }
}
