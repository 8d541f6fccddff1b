using DocumentFormat.OpenXml.Spreadsheet;

namespace Payout.Excel.Writing;

/// <summary>
/// The workbook's cell formats: the fixed <see cref="Style"/>s, plus a money and a money-total
/// format per currency met while writing (<c>#,##0.00 "EUR"</c>; currencies without minor units
/// get no decimals). Indices are handed out in first-use order, which is deterministic.
/// </summary>
internal sealed class StyleRegistry
{
    private static readonly Dictionary<string, int> MinorUnits = new(StringComparer.Ordinal)
    {
        ["JPY"] = 0, ["KRW"] = 0, ["CLP"] = 0, ["ISK"] = 0, ["VND"] = 0, ["BHD"] = 3, ["KWD"] = 3, ["OMR"] = 3, ["JOD"] = 3, ["TND"] = 3,
    };

    private const int FixedCount = 8;
    private readonly List<string> _currencies = [];

    /// <summary>The <c>cellXfs</c> index of a cell's style.</summary>
    public uint IndexOf(Cell cell)
    {
        if (cell.Currency is not { } currency || cell.Style is not (Style.Money or Style.MoneyTotal))
        {
            return (uint)cell.Style;
        }

        var k = _currencies.IndexOf(currency);
        if (k < 0)
        {
            _currencies.Add(currency);
            k = _currencies.Count - 1;
        }

        return (uint)(FixedCount + 2 * k + (cell.Style == Style.MoneyTotal ? 1 : 0));
    }

    /// <summary>What the styles part depends on: the currencies met, in order.</summary>
    public string Key => string.Join(',', _currencies);

    /// <summary>The styles part for every style handed out.</summary>
    public Stylesheet Stylesheet()
    {
        var formats = new NumberingFormats(
            Format(164, "#,##0.00"), Format(165, "0.00##"), Format(166, "yyyy\\-mm\\-dd"), Format(167, "0.00%"));
        for (var k = 0; k < _currencies.Count; k++)
        {
            var places = MinorUnits.GetValueOrDefault(_currencies[k], 2);
            var pattern = places == 0 ? "#,##0" : "#,##0." + new string('0', places);
            formats.Append(Format((uint)(168 + k), $"{pattern} \"{_currencies[k]}\""));
        }

        formats.Count = (uint)formats.ChildElements.Count;
        var cellFormats = new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            Xf(164, bold: false), Xf(165, bold: false), Xf(1, bold: false), Xf(164, bold: true), Xf(166, bold: false), Xf(167, bold: false));
        for (var k = 0; k < _currencies.Count; k++)
        {
            cellFormats.Append(Xf((uint)(168 + k), bold: false), Xf((uint)(168 + k), bold: true));
        }

        cellFormats.Count = (uint)cellFormats.ChildElements.Count;
        return new Stylesheet(
            formats,
            new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            cellFormats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static NumberingFormat Format(uint id, string code) => new() { NumberFormatId = id, FormatCode = code };

    private static Font Font(bool bold)
    {
        var font = new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
        if (bold)
        {
            font.PrependChild(new Bold());
        }

        return font;
    }

    private static CellFormat Xf(uint format, bool bold) => new()
    {
        NumberFormatId = format, FontId = bold ? 1u : 0u, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true, ApplyFont = bold ? true : null,
    };
}
