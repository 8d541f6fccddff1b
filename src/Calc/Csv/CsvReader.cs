using System.Buffers;
using Payout.Calc.Reading;

namespace Payout.Calc.Csv;

/// <summary>
/// Streaming RFC 4180 reader: comma separated, double-quote quoting with doubled quotes,
/// line breaks allowed inside quotes, CRLF or LF endings. Reads one record at a time so memory
/// does not grow with the file.
/// </summary>
/// <remarks>
/// Event files run to tens of millions of rows, so the reader scans its own buffer for the next
/// special character and copies the run before it at once, instead of a call per character.
/// A cell equal to the same cell of the previous record reuses that record's string: ids,
/// channels, flags and SLA targets repeat down a column, and each string not made is garbage
/// the collector does not have to pause for.
/// </remarks>
internal sealed class CsvReader
{
    private static readonly SearchValues<char> Unquoted = SearchValues.Create(",\"\r\n");
    private static readonly SearchValues<char> Quoted = SearchValues.Create("\"\n");
    private readonly TextReader _reader;
    private readonly char[] _buffer;
    private int _position;
    private int _length;
    private char[] _field = new char[256];
    private int _fieldLength;
    private List<string> _previous = [];
    private int _line = 1;

    /// <summary>Reads <paramref name="reader"/>, <paramref name="bufferSize"/> characters at a time.</summary>
    public CsvReader(TextReader reader, int bufferSize = 1 << 16)
    {
        _reader = reader;
        _buffer = new char[bufferSize];
    }

    /// <summary>Reads all records; the first is the header.</summary>
    public IEnumerable<RawRecord> ReadAll()
    {
        while (TryRead(out var record))
        {
            yield return record;
        }
    }

    private bool TryRead(out RawRecord record)
    {
        record = null!;
        if (Peek() < 0)
        {
            return false;
        }

        var startLine = _line;
        var fields = new List<string>(Math.Max(_previous.Count, 4));
        _fieldLength = 0;
        var inQuotes = false;
        while (true)
        {
            if (_position == _length && !Fill())
            {
                if (inQuotes)
                {
                    throw new FormatException($"line {startLine}: unterminated quoted field");
                }

                fields.Add(TakeField(fields.Count));
                break;
            }

            var rest = _buffer.AsSpan(_position, _length - _position);
            var stop = rest.IndexOfAny(inQuotes ? Quoted : Unquoted);
            Append(stop < 0 ? rest : rest[..stop]);
            if (stop < 0)
            {
                _position = _length;
                continue;
            }

            _position += stop + 1;
            var c = rest[stop];
            if (inQuotes)
            {
                if (c == '\n')
                {
                    _line++;
                    Append('\n');
                }
                else if (Peek() == '"')
                {
                    _position++;
                    Append('"');
                }
                else
                {
                    inQuotes = false;
                }
            }
            else if (c == '"')
            {
                // A quote opens a quoted field only at its start; elsewhere it is text.
                if (_fieldLength == 0)
                {
                    inQuotes = true;
                }
                else
                {
                    Append('"');
                }
            }
            else if (c == ',')
            {
                fields.Add(TakeField(fields.Count));
            }
            else if (c == '\r')
            {
                // CRLF: the LF ends the record on the next pass; a lone CR is text.
                if (Peek() != '\n')
                {
                    Append('\r');
                }
            }
            else
            {
                _line++;
                fields.Add(TakeField(fields.Count));
                break;
            }
        }

        _previous = fields;
        record = new RawRecord(startLine, fields);
        return true;
    }

    private int Peek() => _position < _length || Fill() ? _buffer[_position] : -1;

    private bool Fill()
    {
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }

    private void Append(char c) => Append([c]);

    private void Append(ReadOnlySpan<char> chars)
    {
        if (_fieldLength + chars.Length > _field.Length)
        {
            Array.Resize(ref _field, Math.Max(_field.Length * 2, _fieldLength + chars.Length));
        }

        chars.CopyTo(_field.AsSpan(_fieldLength));
        _fieldLength += chars.Length;
    }

    private string TakeField(int index)
    {
        var text = _field.AsSpan(0, _fieldLength);
        _fieldLength = 0;
        if (index < _previous.Count && text.SequenceEqual(_previous[index]))
        {
            return _previous[index];
        }

        return text.Length == 0 ? string.Empty : new string(text);
    }
}
