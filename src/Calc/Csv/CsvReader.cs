using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Payout.Calc.Reading;

namespace Payout.Calc.Csv;

/// <summary>
/// Streaming RFC 4180 reader: comma separated, double-quote quoting with doubled quotes,
/// line breaks allowed inside quotes, CRLF or LF endings. Reads a batch of records at a time so
/// memory does not grow with the file.
/// </summary>
/// <remarks>
/// Event files run to tens of millions of rows, so the reader scans its own buffer for the next
/// special character and copies the run before it at once, instead of a call per character.
/// Reading has two halves: splitting text into fields (into a <see cref="CsvBatch"/>) and making
/// the fields' strings. With read-ahead they run on two threads, so the thread that also turns
/// rows into KPIs is not the one that scans every character.
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
    private readonly ConcurrentQueue<CsvBatch> _free = new(); // batches whose strings are made, ready to refill
    private int _position;
    private int _length;
    private int _line = 1;

    /// <summary>Reads <paramref name="reader"/>, <paramref name="bufferSize"/> characters at a time.</summary>
    public CsvReader(TextReader reader, int bufferSize = 1 << 16)
    {
        _reader = reader;
        _buffer = new char[bufferSize];
    }

    /// <summary>Reads all records; the first is the header.</summary>
    /// <param name="readAhead">Split on a thread of its own (<see cref="ReadAhead"/>); records still arrive in order,
    /// and a malformed quote still surfaces after every record before it.</param>
    public IEnumerable<RawRecord> ReadAll(bool readAhead = false)
    {
        var batches = readAhead ? ReadAhead.Of(Batches(), batchSize: 1) : Batches();
        string[] previous = [];
        foreach (var batch in batches)
        {
            for (var r = 0; r < batch.Count; r++)
            {
                var fields = Make(batch, r, previous);
                previous = fields;
                yield return new RawRecord(batch.Line(r), fields);
            }

            _free.Enqueue(batch);
        }
    }

    private static string[] Make(CsvBatch batch, int record, string[] previous)
    {
        var fields = new string[batch.FieldsOf(record)];
        for (var i = 0; i < fields.Length; i++)
        {
            var text = batch.Field(record, i);
            fields[i] = i < previous.Length && text.SequenceEqual(previous[i]) ? previous[i]
                : text.Length == 0 ? string.Empty
                : new string(text);
        }

        return fields;
    }

    private IEnumerable<CsvBatch> Batches()
    {
        var more = true;
        while (more)
        {
            var batch = _free.TryDequeue(out var free) ? free : new CsvBatch();
            batch.Clear();
            ExceptionDispatchInfo? failure = null;
            try
            {
                while (!batch.Full && (more = TryRead(batch)))
                {
                }
            }
            catch (FormatException ex)
            {
                failure = ExceptionDispatchInfo.Capture(ex);
            }

            if (batch.Count > 0)
            {
                yield return batch; // the records before a malformed one are still read
            }

            failure?.Throw();
        }
    }

    private bool TryRead(CsvBatch batch)
    {
        if (Peek() < 0)
        {
            return false;
        }

        var startLine = _line;
        var firstField = batch.FieldCount;
        var fieldStart = batch.TextLength;
        var inQuotes = false;
        while (true)
        {
            if (_position == _length && !Fill())
            {
                if (inQuotes)
                {
                    throw new FormatException($"line {startLine}: unterminated quoted field");
                }

                batch.EndField(fieldStart);
                break;
            }

            var rest = _buffer.AsSpan(_position, _length - _position);
            var stop = rest.IndexOfAny(inQuotes ? Quoted : Unquoted);
            batch.Append(stop < 0 ? rest : rest[..stop]);
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
                    batch.Append("\n");
                }
                else if (Peek() == '"')
                {
                    _position++;
                    batch.Append("\"");
                }
                else
                {
                    inQuotes = false;
                }
            }
            else if (c == '"')
            {
                // A quote opens a quoted field only at its start; elsewhere it is text.
                if (batch.TextLength == fieldStart)
                {
                    inQuotes = true;
                }
                else
                {
                    batch.Append("\"");
                }
            }
            else if (c == ',')
            {
                batch.EndField(fieldStart);
                fieldStart = batch.TextLength;
            }
            else if (c == '\r')
            {
                // CRLF: the LF ends the record on the next pass; a lone CR is text.
                if (Peek() != '\n')
                {
                    batch.Append("\r");
                }
            }
            else
            {
                _line++;
                batch.EndField(fieldStart);
                break;
            }
        }

        batch.EndRecord(startLine, firstField);
        return true;
    }

    private int Peek() => _position < _length || Fill() ? _buffer[_position] : -1;

    private bool Fill()
    {
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }
}
