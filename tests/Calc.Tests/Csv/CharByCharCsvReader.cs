using System.Text;

using Payout.Calc.Reading;

namespace Payout.Calc.Tests.Csv;

/// <summary>
/// The first reader, one char at a time through TextReader.Read: the oracle the buffered
/// reader must agree with, record for record and line for line.
/// </summary>
internal sealed class CharByCharCsvReader(TextReader reader)
{
    private int _line = 1;

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
        if (reader.Peek() < 0)
        {
            return false;
        }

        var startLine = _line;
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                if (inQuotes)
                {
                    throw new FormatException($"line {startLine}: unterminated quoted field");
                }

                fields.Add(field.ToString());
                break;
            }

            if (inQuotes)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        _line++;
                    }

                    field.Append((char)c);
                }

                continue;
            }

            if (c == '"' && field.Length == 0)
            {
                inQuotes = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && reader.Peek() == '\n')
            {
                // CRLF: the LF ends the record on the next pass.
            }
            else if (c == '\n')
            {
                _line++;
                fields.Add(field.ToString());
                break;
            }
            else
            {
                field.Append((char)c);
            }
        }

        record = new RawRecord(startLine, fields);
        return true;
    }
}
