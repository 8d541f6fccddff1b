namespace Payout.Calc.Csv;

/// <summary>
/// Up to a fixed number of split records as one block of field text with offsets: what the
/// splitting half of <see cref="CsvReader"/> hands the half that reads fields, so the two can
/// run on different threads. Reused once its records are read, so a file costs a few of these.
/// </summary>
internal sealed class CsvBatch
{
    /// <summary>Records per batch handed to another thread: few enough hand-overs that waiting
    /// costs little, small enough that a batch stays in the young generation while it waits.</summary>
    public const int HandOver = 512;

    private char[] _text = new char[1 << 14];
    private int[] _fieldStart = new int[HandOver * 8];
    private int[] _fieldLength = new int[HandOver * 8];
    private readonly int[] _recordLine = new int[HandOver];
    private readonly int[] _recordFirst = new int[HandOver + 1];

    /// <summary>Records held.</summary>
    public int Count { get; private set; }

    /// <summary>Fields held, across all records.</summary>
    public int FieldCount { get; private set; }

    private int _textLength;

    /// <summary>Characters of field text held.</summary>
    public int TextLength => _textLength;

    /// <summary>True when no more records fit.</summary>
    public bool Full => Count == HandOver;

    /// <summary>Empties the batch for reuse.</summary>
    public void Clear()
    {
        Count = 0;
        FieldCount = 0;
        _textLength = 0;
    }

    /// <summary>Appends text to the field being built.</summary>
    public void Append(ReadOnlySpan<char> chars) => CharBuffer.Append(ref _text, ref _textLength, chars);

    /// <summary>Ends the field that began at text offset <paramref name="start"/>.</summary>
    public void EndField(int start)
    {
        if (FieldCount == _fieldStart.Length)
        {
            Array.Resize(ref _fieldStart, FieldCount * 2);
            Array.Resize(ref _fieldLength, FieldCount * 2);
        }

        _fieldStart[FieldCount] = start;
        _fieldLength[FieldCount] = TextLength - start;
        FieldCount++;
    }

    /// <summary>Ends the record whose first field is <paramref name="firstField"/>, which began on <paramref name="line"/>.</summary>
    public void EndRecord(int line, int firstField)
    {
        _recordLine[Count] = line;
        _recordFirst[Count] = firstField;
        Count++;
        _recordFirst[Count] = FieldCount;
    }

    /// <summary>The 1-based line record <paramref name="record"/> began on.</summary>
    public int Line(int record) => _recordLine[record];

    /// <summary>Number of fields of record <paramref name="record"/>.</summary>
    public int FieldsOf(int record) => _recordFirst[record + 1] - _recordFirst[record];

    /// <summary>The text of field <paramref name="field"/> of record <paramref name="record"/>.</summary>
    public ReadOnlySpan<char> Field(int record, int field)
    {
        var i = _recordFirst[record] + field;
        return _text.AsSpan(_fieldStart[i], _fieldLength[i]);
    }
}
