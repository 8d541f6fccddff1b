namespace Payout.Calc.Csv;

/// <summary>Makes each split field a string as soon as it ends, reusing the previous record's string for an equal cell.</summary>
internal struct StringSink() : ICsvSink
{
    private char[] _field = new char[256];
    private int _length;
    private List<string> _fields = [];
    private List<string> _previous = [];

    /// <summary>The fields of the record just read.</summary>
    public readonly List<string> Fields => _fields;

    /// <summary>The line the record just read began on.</summary>
    public int Line { get; private set; }

    public readonly bool FieldEmpty => _length == 0;

    public void BeginRecord()
    {
        _previous = _fields;
        _fields = new List<string>(Math.Max(_previous.Count, 4));
        _length = 0;
    }

    public void Append(ReadOnlySpan<char> chars) => CharBuffer.Append(ref _field, ref _length, chars);

    public void EndField()
    {
        var text = _field.AsSpan(0, _length);
        _length = 0;
        var index = _fields.Count;
        _fields.Add(index < _previous.Count && text.SequenceEqual(_previous[index]) ? _previous[index]
            : text.Length == 0 ? string.Empty
            : new string(text));
    }

    public void EndRecord(int line) => Line = line;
}
