using System.Buffers;
using Payout.Common;

namespace Payout.Calc.Csv;

/// <summary>
/// The text of a CSV file as Sep reads it, checked on the way in: a NUL or a U+FFFD (invalid
/// UTF-8) is refused, and so is a physical line longer than <see cref="RunLimits.CsvLineLength"/>,
/// each with its line number. Sep itself would grow its buffer to 16,777,216 characters looking
/// for the end of an endless line; this stops at the limit with bounded memory.
/// </summary>
/// <remarks>
/// A problem found in a block of text is raised on the next read, after the text before it has
/// been handed over, so every record before the bad line is still read (as a reader that stops at
/// the bad character would). Each check is one vectorised scan of the block.
/// </remarks>
internal sealed class GuardedText(TextReader inner, RunLimits limits) : TextReader
{
    private static readonly SearchValues<char> Refused = SearchValues.Create("\0\uFFFD");
    private char[]? _header;
    private int _headerUsed;
    private int _headerLength;
    private int _lines; // line breaks handed over so far
    private long _run; // characters handed over since the last line break
    private CsvFormatException? _pending;

    /// <summary>
    /// The first line (without its line break), read ahead and handed over again by the next reads:
    /// what the separator is chosen from.
    /// </summary>
    public ReadOnlySpan<char> Header()
    {
        if (_header is null)
        {
            _header = new char[1 << 14];
            while (_headerLength < _header.Length && inner.Read(_header, _headerLength, _header.Length - _headerLength) is var n and > 0)
            {
                _headerLength += n;
                if (_header.AsSpan(0, _headerLength).Contains('\n'))
                {
                    break;
                }
            }
        }

        var text = _header.AsSpan(0, _headerLength);
        var end = text.IndexOfAny('\r', '\n');
        return end < 0 ? text : text[..end];
    }

    /// <inheritdoc />
    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    /// <inheritdoc />
    public override int Read(Span<char> buffer)
    {
        if (_pending is not null)
        {
            throw _pending;
        }

        int read;
        if (_header is not null && _headerUsed < _headerLength)
        {
            read = Math.Min(buffer.Length, _headerLength - _headerUsed);
            _header.AsSpan(_headerUsed, read).CopyTo(buffer);
            _headerUsed += read;
        }
        else
        {
            read = inner.Read(buffer);
        }

        var block = buffer[..read];
        var good = Check(block);
        if (_pending is not null && good == 0)
        {
            throw _pending;
        }

        return good;
    }

    /// <inheritdoc />
    public override int Peek() => throw new NotSupportedException("CSV text is read in blocks");

    /// <inheritdoc />
    public override int Read() => throw new NotSupportedException("CSV text is read in blocks");

    /// <summary>How much of <paramref name="block"/> is good; the problem after it, if any, waits in <see cref="_pending"/>.</summary>
    private int Check(ReadOnlySpan<char> block)
    {
        var bad = block.IndexOfAny(Refused);
        var good = bad >= 0 ? bad : block.Length;
        if (_run + good > limits.CsvLineLength && LongLineStart(block[..good]) is { } start)
        {
            // Hand over the lines before the long one; the error names the line it starts on.
            _pending = new CsvFormatException(_lines + block[..start].Count('\n') + 1,
                $"the record is longer than {limits.CsvLineLength:N0} characters (an unterminated quote, or not a CSV file?) (raise the limit with --limit csv_line_length=N)");
            good = start;
        }
        else if (bad >= 0)
        {
            _pending = new CsvFormatException(_lines + block[..bad].Count('\n') + 1, block[bad] == '\0'
                ? "a NUL character (byte 0): the file is binary or UTF-16 without a byte order mark; save it as UTF-8 text"
                : "invalid UTF-8 (or a U+FFFD replacement character): save the file as UTF-8");
        }

        var handed = block[..good];
        var breaks = handed.Count('\n');
        _lines += breaks;
        _run = breaks == 0 ? _run + handed.Length : handed.Length - handed.LastIndexOf('\n') - 1;
        return good;
    }

    /// <summary>
    /// Where the first line longer than the limit starts in <paramref name="block"/> (0 when it began
    /// in an earlier block), or null when every line fits. Only called when the block could hold one.
    /// </summary>
    private int? LongLineStart(ReadOnlySpan<char> block)
    {
        var run = _run;
        var lineStart = 0;
        while (true)
        {
            var rest = block[lineStart..];
            var end = rest.IndexOf('\n');
            if (run + (end < 0 ? rest.Length : end) > limits.CsvLineLength)
            {
                return lineStart;
            }

            if (end < 0)
            {
                return null;
            }

            run = 0;
            lineStart += end + 1;
        }
    }
}
