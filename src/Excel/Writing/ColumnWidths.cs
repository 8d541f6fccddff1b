using System.Globalization;

namespace Payout.Excel.Writing;

/// <summary>
/// Column widths from content (AdjustToContents needs libgdiplus, which is not on servers): the
/// longest of the header and the first rows' texts and formatted numbers, plus padding, capped at
/// the column's maximum.
/// </summary>
internal static class ColumnWidths
{
    public const int SampleRows = 500;

    public static int[] Of(IReadOnlyList<Column> columns, IReadOnlyList<IReadOnlyList<Cell>> sample)
    {
        var widths = columns.Select(c => c.Header.Length).ToArray();
        foreach (var row in sample)
        {
            for (var c = 0; c < Math.Min(row.Count, widths.Length); c++)
            {
                widths[c] = Math.Max(widths[c], Length(row[c]));
            }
        }

        return widths.Select((w, c) => Math.Clamp(w + 2, 6, Math.Max(6, columns[c].Width))).ToArray();
    }

    private static int Length(Cell cell) => cell.Kind switch
    {
        CellKind.Text or CellKind.TextFormula => cell.Text!.Length,
        CellKind.Number or CellKind.Formula => cell.Style switch
        {
            Style.Date => 10,
            Style.Money or Style.MoneyTotal => cell.Number.ToString("#,##0.00", CultureInfo.InvariantCulture).Length + (cell.Currency is null ? 0 : 4),
            Style.Percent => 8,
            _ => Math.Min(cell.Number.ToString("0.####", CultureInfo.InvariantCulture).Length, 14),
        },
        _ => 0,
    };
}
