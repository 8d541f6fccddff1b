using Payout.Common;
using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace Payout.Excel.Writing;

/// <summary>
/// Writes an .xlsx by streaming each sheet's XML (<see cref="SheetXmlWriter"/>) into a
/// <see cref="ZipArchive"/> opened here: the SDK's package layer would buffer whole parts in
/// memory. Entries carry a fixed timestamp so the same sheets give the same bytes. The file is
/// written to a temporary name and renamed, so a failure leaves no workbook behind.
/// </summary>
public sealed class XlsxWriter
{
    /// <summary>Excel's row limit per sheet.</summary>
    public const int ExcelMaxRows = 1_048_576;

    private static readonly DateTimeOffset FixedTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Creates a writer that splits sheets at <paramref name="maxRowsPerSheet"/> rows including the header.</summary>
    public XlsxWriter(int maxRowsPerSheet = ExcelMaxRows)
    {
        if (maxRowsPerSheet < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(maxRowsPerSheet), "a sheet needs room for its header and one row");
        }

        MaxRowsPerSheet = maxRowsPerSheet;
    }

    /// <summary>Rows per sheet, header included, before a sheet continues in "Name (2)".</summary>
    public int MaxRowsPerSheet { get; }

    /// <summary>Writes the workbook atomically.</summary>
    public void Write(string path, IEnumerable<Sheet> sheets) => TempFiles.Publish(path, stream => Write(stream, sheets));

    /// <summary>Writes the workbook to a stream.</summary>
    public void Write(Stream stream, IEnumerable<Sheet> sheets)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        var styles = new StyleRegistry();
        var names = new List<string>();
        var drawings = new List<int>(); // sheet index of each drawing, in drawing order
        var charts = 0;
        foreach (var sheet in sheets)
        {
            using var enumerator = sheet.Rows.GetEnumerator();
            var rows = new RowStream(enumerator);
            var part = 0;
            do
            {
                part++;
                names.Add(part == 1 ? sheet.Name : $"{sheet.Name} ({part})");
                var sheetCharts = part == 1 ? sheet.Charts : [];
                WriteSheet(zip, names.Count, sheet, rows, styles, sheetCharts.Count > 0 ? drawings.Count + 1 : null);
                if (sheetCharts.Count > 0)
                {
                    drawings.Add(names.Count);
                    WriteCharts(zip, drawings.Count, names.Count, sheetCharts, charts);
                    charts += sheetCharts.Count;
                }
            }
            while (rows.HasMore);
        }

        WriteText(zip, "xl/styles.xml", styles.Xml());
        WriteText(zip, "xl/workbook.xml", WorkbookXml(names));
        WriteText(zip, "xl/_rels/workbook.xml.rels", WorkbookRels(names.Count));
        WriteText(zip, "_rels/.rels",
            """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        WriteText(zip, "[Content_Types].xml", ContentTypes(names.Count, drawings.Count, charts));
    }

    private static void WriteCharts(ZipArchive zip, int drawing, int sheetIndex, IReadOnlyList<Chart> charts, int chartsBefore)
    {
        WriteText(zip, $"xl/worksheets/_rels/sheet{sheetIndex}.xml.rels", ChartParts.Rels([(ChartParts.DrawingType, $"../drawings/drawing{drawing}.xml")]));
        WriteText(zip, $"xl/drawings/drawing{drawing}.xml", ChartParts.Drawing(charts));
        WriteText(zip, $"xl/drawings/_rels/drawing{drawing}.xml.rels",
            ChartParts.Rels(charts.Select((_, i) => (ChartParts.ChartType, $"../charts/chart{chartsBefore + i + 1}.xml"))));
        for (var i = 0; i < charts.Count; i++)
        {
            WriteText(zip, $"xl/charts/chart{chartsBefore + i + 1}.xml", ChartParts.ChartXml(charts[i]));
        }
    }

    /// <summary>Writes one sheet part of at most <see cref="MaxRowsPerSheet"/> rows; the rest stays in <paramref name="rows"/>.</summary>
    private void WriteSheet(ZipArchive zip, int index, Sheet sheet, RowStream rows, StyleRegistry styles, int? drawing)
    {
        var entry = zip.CreateEntry($"xl/worksheets/sheet{index}.xml", CompressionLevel.Optimal);
        entry.LastWriteTime = FixedTimestamp;
        using var part = entry.Open();
        using var xml = new SheetXmlWriter(part);
        xml.Raw("""<?xml version="1.0" encoding="utf-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetViews><sheetView"""u8);
        xml.Raw(index == 1 ? """ tabSelected="1" workbookViewId="0">"""u8 : """ workbookViewId="0">"""u8);
        xml.Raw("""<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"""u8);
        var widths = ColumnWidths.Of(sheet.Columns, rows.Peek(Math.Min(ColumnWidths.SampleRows, MaxRowsPerSheet - 1)));
        if (widths.Length > 0)
        {
            xml.Raw("<cols>"u8);
            for (var c = 0; c < widths.Length; c++)
            {
                xml.Raw("<col min=\""u8);
                xml.Number(c + 1);
                xml.Raw("\" max=\""u8);
                xml.Number(c + 1);
                xml.Raw("\" width=\""u8);
                xml.Number(widths[c]);
                xml.Raw("\" customWidth=\"1\"/>"u8);
            }

            xml.Raw("</cols>"u8);
        }

        xml.Raw("<sheetData>"u8);
        WriteRow(xml, 1, sheet.Columns.Select(col => Cell.Of(col.Header, Style.Header)).ToList(), styles);
        var rowIndex = 1;
        while (rowIndex < MaxRowsPerSheet && rows.Next(out var row))
        {
            rowIndex++;
            WriteRow(xml, rowIndex, row, styles);
        }

        xml.Raw("</sheetData>"u8);
        if (sheet.Columns.Count > 0)
        {
            xml.Raw("<autoFilter ref=\"A1:"u8);
            xml.Reference(rowIndex, sheet.Columns.Count);
            xml.Raw("\"/>"u8);
        }

        if (drawing is not null)
        {
            xml.Raw("<drawing r:id=\"rId1\"/>"u8);
        }

        xml.Raw("</worksheet>"u8);
    }

    /// <summary>One row: <c>&lt;row r="2"&gt;&lt;c r="A2" s="3" t="inlineStr"&gt;&lt;is&gt;&lt;t xml:space="preserve"&gt;…</c>. Empty cells are left out.</summary>
    private static void WriteRow(SheetXmlWriter xml, int rowIndex, IReadOnlyList<Cell> cells, StyleRegistry styles)
    {
        xml.Raw("<row r=\""u8);
        xml.Number(rowIndex);
        xml.Raw("\">"u8);
        for (var c = 0; c < cells.Count; c++)
        {
            var cell = cells[c];
            if (cell.Kind == CellKind.Empty)
            {
                continue;
            }

            xml.Raw("<c r=\""u8);
            xml.Reference(rowIndex, c + 1);
            if (styles.IndexOf(cell) is var style and > 0)
            {
                xml.Raw("\" s=\""u8);
                xml.Number(style);
            }

            switch (cell.Kind)
            {
                case CellKind.Text:
                    xml.Raw("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"u8);
                    xml.Text(SafeText.Clean(cell.Text!));
                    xml.Raw("</t></is></c>"u8);
                    break;
                case CellKind.Formula:
                    xml.Raw("\"><f>"u8);
                    xml.Text(cell.Formula!);
                    xml.Raw("</f><v>"u8);
                    xml.Number(cell.Number);
                    xml.Raw("</v></c>"u8);
                    break;
                case CellKind.TextFormula:
                    xml.Raw("\" t=\"str\"><f>"u8);
                    xml.Text(cell.Formula!);
                    xml.Raw("</f><v>"u8);
                    xml.Text(SafeText.Clean(cell.Text!));
                    xml.Raw("</v></c>"u8);
                    break;
                default:
                    xml.Raw("\"><v>"u8);
                    xml.Number(cell.Number);
                    xml.Raw("</v></c>"u8);
                    break;
            }
        }

        xml.Raw("</row>"u8);
    }

    private static void WriteText(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedTimestamp;
        using var stream = entry.Open();
        var bytes = new UTF8Encoding(false).GetBytes(content);
        stream.Write(bytes);
    }

    private static string WorkbookXml(IReadOnlyList<string> names)
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView activeTab="0"/></bookViews><sheets>""");
        for (var i = 0; i < names.Count; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"""<sheet name="{SecurityElement.Escape(names[i])}" sheetId="{i + 1}" r:id="rId{i + 1}"/>""");
        }

        // Ask Excel to recompute on open; the cached values are the engine's own.
        return sb.Append("""</sheets><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>""").ToString();
    }

    private static string WorkbookRels(int sheets)
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        for (var i = 1; i <= sheets; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"""<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>""");
        }

        sb.Append(CultureInfo.InvariantCulture, $"""<Relationship Id="rId{sheets + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>""");
        return sb.Append("</Relationships>").ToString();
    }

    private static string ContentTypes(int sheets, int drawings, int charts)
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
        for (var i = 1; i <= sheets; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"""<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""");
        }

        for (var i = 1; i <= drawings; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"""<Override PartName="/xl/drawings/drawing{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>""");
        }

        for (var i = 1; i <= charts; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"""<Override PartName="/xl/charts/chart{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>""");
        }

        return sb.Append("</Types>").ToString();
    }
}
