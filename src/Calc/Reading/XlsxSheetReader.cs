using System.Globalization;
using ClosedXML.Excel;

namespace Payout.Calc.Reading;

/// <summary>
/// Reads the first worksheet of an <c>.xlsx</c> input as text records, so it goes through the same
/// parsing and validation as CSV. Typed cells are written back in the data contract's forms:
/// numbers invariant, booleans true/false, dates <c>yyyy-MM-dd</c>. An Excel date-time cell has
/// no time zone; it is read as UTC (write text with an offset to say otherwise).
/// </summary>
/// <remarks>ClosedXML loads the whole workbook; .xlsx inputs are meant for small files such as
/// employees or targets. Large event files should be CSV, which streams.</remarks>
internal static class XlsxSheetReader
{
    public static IEnumerable<RawRecord> ReadAll(string path)
    {
        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheets.First();
        var used = sheet.RangeUsed();
        if (used is null)
        {
            yield break;
        }

        var lastColumn = used.LastColumn().ColumnNumber();
        var lastRow = used.LastRow().RowNumber();
        for (var r = 1; r <= lastRow; r++)
        {
            var row = sheet.Row(r);
            var fields = new string[lastColumn];
            for (var c = 1; c <= lastColumn; c++)
            {
                fields[c - 1] = Text(row.Cell(c));
            }

            yield return new RawRecord(r, fields);
        }
    }

    private static string Text(IXLCell cell)
    {
        if (cell.IsEmpty())
        {
            return string.Empty;
        }

        var inv = CultureInfo.InvariantCulture;
        return cell.DataType switch
        {
            // Excel stores numbers as doubles; converting through decimal keeps the 15 significant digits Excel shows.
            XLDataType.Number => ((decimal)cell.GetDouble()).ToString(inv),
            XLDataType.Boolean => cell.GetBoolean() ? "true" : "false",
            XLDataType.DateTime => DateText(cell.GetDateTime()),
            _ => cell.GetString(),
        };
    }

    private static string DateText(DateTime value) => value.TimeOfDay == TimeSpan.Zero
        ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
