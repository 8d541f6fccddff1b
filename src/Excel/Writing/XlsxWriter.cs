using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using OxCell = DocumentFormat.OpenXml.Spreadsheet.Cell;
using OxColumn = DocumentFormat.OpenXml.Spreadsheet.Column;

namespace Payout.Excel.Writing;

/// <summary>
/// Writes an .xlsx by streaming each sheet through <see cref="OpenXmlWriter"/> into a
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
    public void Write(string path, IEnumerable<Sheet> sheets)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                Write(stream, sheets);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <summary>Writes the workbook to a stream.</summary>
    public void Write(Stream stream, IEnumerable<Sheet> sheets)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        var names = new List<string>();
        foreach (var sheet in sheets)
        {
            using var rows = sheet.Rows.GetEnumerator();
            var part = 0;
            var more = true;
            IReadOnlyList<Cell>? pending = null;
            while (more)
            {
                part++;
                var name = part == 1 ? sheet.Name : $"{sheet.Name} ({part})";
                names.Add(name);
                more = WriteSheet(zip, names.Count, sheet, rows, ref pending);
            }
        }

        WriteText(zip, "xl/styles.xml", StylesPart.Xml);
        WriteText(zip, "xl/workbook.xml", WorkbookXml(names));
        WriteText(zip, "xl/_rels/workbook.xml.rels", WorkbookRels(names.Count));
        WriteText(zip, "_rels/.rels",
            """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        WriteText(zip, "[Content_Types].xml", ContentTypes(names.Count));
    }

    /// <summary>Writes one sheet part; returns true when rows remain for a continuation sheet.</summary>
    private bool WriteSheet(ZipArchive zip, int index, Sheet sheet, IEnumerator<IReadOnlyList<Cell>> rows, ref IReadOnlyList<Cell>? pending)
    {
        var entry = zip.CreateEntry($"xl/worksheets/sheet{index}.xml", CompressionLevel.Optimal);
        entry.LastWriteTime = FixedTimestamp;
        using var part = entry.Open();
        using var writer = OpenXmlWriter.Create(part, Encoding.UTF8);
        writer.WriteStartDocument(true);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { TabSelected = index == 1, WorkbookViewId = 0 }));
        writer.WriteStartElement(new Columns());
        for (var c = 0; c < sheet.Columns.Count; c++)
        {
            writer.WriteElement(new OxColumn { Min = (uint)c + 1, Max = (uint)c + 1, Width = sheet.Columns[c].Width, CustomWidth = true });
        }

        writer.WriteEndElement();
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, sheet.Columns.Select(col => Cell.Of(col.Header, Style.Header)).ToList());
        var rowIndex = 1;
        var more = false;
        while (true)
        {
            if (rowIndex >= MaxRowsPerSheet)
            {
                more = rows.MoveNext();
                if (more)
                {
                    pending = rows.Current;
                }

                break;
            }

            IReadOnlyList<Cell> row;
            if (pending is not null)
            {
                row = pending;
                pending = null;
            }
            else if (rows.MoveNext())
            {
                row = rows.Current;
            }
            else
            {
                break;
            }

            rowIndex++;
            WriteRow(writer, rowIndex, row);
        }

        writer.WriteEndElement();
        if (sheet.Columns.Count > 0)
        {
            writer.WriteElement(new AutoFilter { Reference = $"A1:{CellReference.Of(rowIndex, sheet.Columns.Count)}" });
        }

        writer.WriteEndElement();
        writer.Close();
        return more;
    }

    private static void WriteRow(OpenXmlWriter writer, int rowIndex, IReadOnlyList<Cell> cells)
    {
        writer.WriteStartElement(new Row { RowIndex = (uint)rowIndex });
        for (var c = 0; c < cells.Count; c++)
        {
            var cell = cells[c];
            if (cell.Kind == CellKind.Empty)
            {
                continue;
            }

            var ox = new OxCell { CellReference = CellReference.Of(rowIndex, c + 1) };
            if (cell.Style != Style.Default)
            {
                ox.StyleIndex = (uint)cell.Style;
            }

            switch (cell.Kind)
            {
                case CellKind.Text:
                    ox.DataType = CellValues.InlineString;
                    ox.InlineString = new InlineString(new Text(SafeText.Clean(cell.Text!)) { Space = SpaceProcessingModeValues.Preserve });
                    break;
                case CellKind.Formula:
                    ox.CellFormula = new CellFormula(cell.Formula!);
                    ox.CellValue = new CellValue(cell.Number.ToString(CultureInfo.InvariantCulture));
                    break;
                case CellKind.TextFormula:
                    ox.DataType = CellValues.String;
                    ox.CellFormula = new CellFormula(cell.Formula!);
                    ox.CellValue = new CellValue(SafeText.Clean(cell.Text!));
                    break;
                default:
                    ox.CellValue = new CellValue(cell.Number.ToString(CultureInfo.InvariantCulture));
                    break;
            }

            writer.WriteElement(ox);
        }

        writer.WriteEndElement();
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

    private static string ContentTypes(int sheets)
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
        for (var i = 1; i <= sheets; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"""<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""");
        }

        return sb.Append("</Types>").ToString();
    }
}
