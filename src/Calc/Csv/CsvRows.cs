using nietras.SeparatedValues;
using Payout.Calc.Reading;
using Payout.Common;

namespace Payout.Calc.Csv;

/// <summary>
/// Reads CSV records with Sep (RFC 4180 quoting, CRLF or LF, line breaks inside quotes), separated by
/// commas, or by semicolons when the header has more of them: the export of a spreadsheet set to a
/// European locale (the header is only names, so no decimal comma misleads it).
/// </summary>
/// <remarks>
/// Each record is checked against the run's limits (fields, field and record length) and for an
/// unterminated quote before anyone reads it; <see cref="GuardedText"/> refuses bad characters and
/// endless lines before Sep buffers them. Records are read in line: splitting them on a thread of
/// their own and handing them over in blocks, as the home-made reader did, measured no faster with
/// Sep (KPI engine on 3.48M rows: 1.69–2.02M rows/s with, 1.83–2.36M without), since the ticket
/// file is already read alongside the others.
/// </remarks>
internal static class CsvRows
{
    /// <summary>Every record of <paramref name="text"/>, the header first; each is valid until the next is read.</summary>
    /// <param name="text">The decoded text; replacement characters (invalid UTF-8) are refused with their line.</param>
    /// <param name="limits">Line length, field length and fields per record.</param>
    public static IEnumerable<RawRow> Read(TextReader text, RunLimits limits)
    {
        var guarded = new GuardedText(text, limits);
        using var reader = Sep.New(SeparatorOf(guarded.Header()))
            .Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true })
            .From(guarded);
        var made = new string?[16];
        var line = 1;
        while (MoveNext(reader, limits, ref line))
        {
            var fields = reader.Current.ColCount;
            if (fields > made.Length)
            {
                Array.Resize(ref made, Math.Max(made.Length * 2, fields));
            }

            yield return new RawRow(reader, made);
        }
    }

    /// <summary>The 1-based line a record starts on.</summary>
    /// <remarks>Sep 0.17.1 without a header row gives its first row lines 2 to 2; every later row's start is right.</remarks>
    public static int LineOf(SepReader.Row row) => row.RowIndex == 0 ? 1 : row.LineNumberFrom;

    /// <summary>Semicolons when the header has more of them than commas; otherwise commas.</summary>
    public static char SeparatorOf(ReadOnlySpan<char> header) => header.Count(';') > header.Count(',') ? ';' : ',';

    /// <summary>Moves to the next record and checks it; <paramref name="line"/> is where the next record starts.</summary>
    private static bool MoveNext(SepReader reader, RunLimits limits, ref int line)
    {
        try
        {
            if (!reader.MoveNext())
            {
                return false;
            }
        }
        catch (NotSupportedException)
        {
            // Sep's own cap (16,777,216 characters): a record of many lines inside an open quote.
            throw new CsvFormatException(line, $"the record is longer than {limits.CsvLineLength:N0} characters (an unterminated quote?) (raise the limit with --limit csv_line_length=N)");
        }

        var row = reader.Current;
        line = row.LineNumberToExcl;
        Check(row, limits);
        return true;
    }

    private static void Check(SepReader.Row row, RunLimits limits)
    {
        var start = LineOf(row);
        if (row.ColCount > limits.CsvColumns)
        {
            throw new CsvFormatException(start, $"the record has more than {limits.CsvColumns:N0} fields (raise the limit with --limit csv_columns=N)");
        }

        var raw = row.Span;
        var unterminated = raw.Contains('"') && raw.Count('"') % 2 == 1; // Sep ends a record only outside quotes, so an odd count ran to the end of the file
        var hint = unterminated ? " (an unterminated quote?)" : string.Empty;
        if (raw.Length > limits.CsvFieldLength)
        {
            for (var i = 0; i < row.ColCount; i++)
            {
                if (row[i].Span.Length > limits.CsvFieldLength)
                {
                    throw new CsvFormatException(start, $"field {i + 1} is longer than {limits.CsvFieldLength:N0} characters{hint} (raise the limit with --limit csv_field_length=N)");
                }
            }
        }

        if (raw.Length > limits.CsvLineLength)
        {
            throw new CsvFormatException(start, $"the record is longer than {limits.CsvLineLength:N0} characters{hint} (raise the limit with --limit csv_line_length=N)");
        }

        if (unterminated)
        {
            throw new CsvFormatException(start, "unterminated quoted field");
        }
    }
}
