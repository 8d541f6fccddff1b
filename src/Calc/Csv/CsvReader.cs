using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Payout.Calc.Reading;
using Payout.Common;

namespace Payout.Calc.Csv;

/// <summary>
/// Streaming RFC 4180 reader: comma separated (or semicolon, detected from the header), double-quote quoting with doubled quotes,
/// line breaks allowed inside quotes, CRLF or LF endings. Reads one record at a time (a batch at a
/// time with read-ahead) so memory does not grow with the file.
/// </summary>
/// <remarks>
/// Event files run to tens of millions of rows, so the reader scans its own buffer for the next
/// special character and copies the run before it at once, instead of a call per character.
/// Reading has two halves: splitting text into fields (into a <see cref="CsvBatch"/>) and reading
/// the fields. With read-ahead they run on two threads, so the thread that also turns rows into
/// KPIs is not the one that scans every character. <see cref="Rows"/> makes a cell's string only
/// when asked, and a cell equal to the last string made for its column reuses it: ids, channels,
/// flags and SLA targets repeat down a column, and each string not made is garbage the collector
/// does not have to pause for.
/// </remarks>
internal sealed class CsvReader
{
    private static readonly SearchValues<char> CommaSeparated = SearchValues.Create(",\"\r\n");
    private static readonly SearchValues<char> SemicolonSeparated = SearchValues.Create(";\"\r\n");
    private static readonly SearchValues<char> Quoted = SearchValues.Create("\"\n");
    private static readonly SearchValues<char> Refused = SearchValues.Create("\0\uFFFD");
    private readonly TextReader _reader;
    private readonly RunLimits _limits;
    private SearchValues<char>? _unquoted;
    private char _separator = ',';
    private readonly char[] _buffer;
    private readonly ConcurrentQueue<CsvBatch> _free = new(); // batches the reading thread is done with, ready to refill
    private int _position;
    private int _length;
    private int _line = 1;

    /// <summary>Reads <paramref name="reader"/>, <paramref name="bufferSize"/> characters at a time.</summary>
    /// <param name="reader">The text; decoded with replacement characters, which are refused with their line (invalid UTF-8).</param>
    /// <param name="bufferSize">Characters read at a time.</param>
    /// <param name="limits">Line length, field length and fields per record; <see cref="RunLimits.Default"/> when null.</param>
    public CsvReader(TextReader reader, int bufferSize = 1 << 16, RunLimits? limits = null)
    {
        _reader = reader;
        _limits = limits ?? RunLimits.Default;
        _buffer = new char[bufferSize];
    }

    /// <summary>Reads all records as strings, in line; the first is the header.</summary>
    public IEnumerable<RawRecord> ReadAll()
    {
        var sink = new StringSink();
        while (TryRead(ref sink))
        {
            yield return new RawRecord(sink.Line, sink.Fields);
        }
    }

    /// <summary>Reads all records, each valid until the next is read; the first is the header.</summary>
    /// <param name="readAhead">Split on a thread of its own (<see cref="ReadAhead"/>); records still arrive in order,
    /// and a malformed quote still surfaces after every record before it. In line, this is <see cref="ReadAll"/>.</param>
    public IEnumerable<RawRow> Rows(bool readAhead = false)
    {
        if (!readAhead)
        {
            foreach (var record in ReadAll())
            {
                yield return new RawRow(record);
            }

            yield break;
        }

        var made = new string?[16];
        foreach (var batch in ReadAhead.Of(Batches(), batchSize: 1))
        {
            for (var r = 0; r < batch.Count; r++)
            {
                if (batch.FieldsOf(r) > made.Length)
                {
                    Array.Resize(ref made, Math.Max(made.Length * 2, batch.FieldsOf(r)));
                }

                yield return new RawRow(batch, r, made);
            }

            _free.Enqueue(batch);
        }
    }

    /// <summary>Split batches for the reading thread, refilling the ones it gave back.</summary>
    private IEnumerable<CsvBatch> Batches()
    {
        var more = true;
        while (more)
        {
            var sink = new BatchSink(_free.TryDequeue(out var free) ? free : new CsvBatch());
            sink.Batch.Clear();
            ExceptionDispatchInfo? failure = null;
            try
            {
                while (!sink.Batch.Full && (more = TryRead(ref sink)))
                {
                }
            }
            catch (FormatException ex)
            {
                failure = ExceptionDispatchInfo.Capture(ex);
            }

            if (sink.Batch.Count > 0)
            {
                yield return sink.Batch; // the records before a malformed one are still read
            }

            failure?.Throw();
        }
    }

    private bool TryRead<TSink>(ref TSink sink)
        where TSink : struct, ICsvSink
    {
        if (Peek() < 0)
        {
            return false;
        }

        var startLine = _line;
        sink.BeginRecord();
        var inQuotes = false;
        long recordChars = 0;
        long fieldChars = 0;
        var fields = 0;
        void EndField(ref TSink sink)
        {
            if (++fields > _limits.CsvColumns)
            {
                throw new CsvFormatException(startLine, $"the record has more than {_limits.CsvColumns:N0} fields (raise the limit with --limit csv_columns=N)");
            }

            fieldChars = 0;
            sink.EndField();
        }

        while (true)
        {
            if (_position == _length && !Fill())
            {
                if (inQuotes)
                {
                    throw new CsvFormatException(startLine, "unterminated quoted field");
                }

                EndField(ref sink);
                break;
            }

            var rest = _buffer.AsSpan(_position, _length - _position);
            var stop = rest.IndexOfAny(inQuotes ? Quoted : _unquoted ??= DetectSeparator());
            var run = stop < 0 ? rest : rest[..stop];
            if (run.IndexOfAny(Refused) is var bad and >= 0)
            {
                throw new CsvFormatException(_line + run[..bad].Count('\n'), run[bad] == '\0'
                    ? "a NUL character (byte 0): the file is binary or UTF-16 without a byte order mark; save it as UTF-8 text"
                    : "invalid UTF-8 (or a U+FFFD replacement character): save the file as UTF-8");
            }

            fieldChars += run.Length;
            recordChars += run.Length + 1;
            if (fieldChars > _limits.CsvFieldLength)
            {
                throw new CsvFormatException(startLine, $"field {fields + 1} is longer than {_limits.CsvFieldLength:N0} characters{(inQuotes ? " (an unterminated quote?)" : string.Empty)} (raise the limit with --limit csv_field_length=N)");
            }

            if (recordChars > _limits.CsvLineLength)
            {
                throw new CsvFormatException(startLine, $"the record is longer than {_limits.CsvLineLength:N0} characters{(inQuotes ? " (an unterminated quote?)" : string.Empty)} (raise the limit with --limit csv_line_length=N)");
            }

            sink.Append(run);
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
                    sink.Append("\n");
                }
                else if (Peek() == '"')
                {
                    _position++;
                    sink.Append("\"");
                }
                else
                {
                    inQuotes = false;
                }
            }
            else if (c == '"')
            {
                // A quote opens a quoted field only at its start; elsewhere it is text.
                if (sink.FieldEmpty)
                {
                    inQuotes = true;
                }
                else
                {
                    sink.Append("\"");
                }
            }
            else if (c == _separator)
            {
                EndField(ref sink);
            }
            else if (c == '\r')
            {
                // CRLF: the LF ends the record on the next pass; a lone CR is text.
                if (Peek() != '\n')
                {
                    sink.Append("\r");
                }
            }
            else
            {
                _line++;
                EndField(ref sink);
                break;
            }
        }

        sink.EndRecord(startLine);
        return true;
    }

    /// <summary>
    /// Commas, or semicolons when the header has more of them than commas: the export of a
    /// spreadsheet set to a European locale (the header is only names, so no decimal commas mislead it).
    /// </summary>
    private SearchValues<char> DetectSeparator()
    {
        var header = _buffer.AsSpan(_position, _length - _position);
        var end = header.IndexOf('\n');
        header = end < 0 ? header : header[..end];
        if (header.Count(';') > header.Count(','))
        {
            _separator = ';';
            return SemicolonSeparated;
        }

        return CommaSeparated;
    }

    private int Peek() => _position < _length || Fill() ? _buffer[_position] : -1;

    private bool Fill()
    {
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }
}
