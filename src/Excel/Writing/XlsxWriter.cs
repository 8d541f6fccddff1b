using Payout.Common;

namespace Payout.Excel.Writing;

/// <summary>
/// Writes an .xlsx: the workbook, styles, charts, drawings and document properties are the SDK's
/// typed classes (DocumentFormat.OpenXml), and each sheet's rows are streamed into its compressed
/// entry as they come (<see cref="FastSheetWriter"/>), so a sheet is never held in memory. Parts go
/// into the package (<see cref="XlsxPackage"/>) in a fixed order with a fixed timestamp, so the same
/// sheets give the same bytes. The file is written to a temporary name and renamed, so a failure
/// leaves no workbook behind.
/// </summary>
public sealed class XlsxWriter
{
    /// <summary>Excel's row limit per sheet.</summary>
    public const int ExcelMaxRows = 1_048_576;

    /// <summary>
    /// A sheet part with more rows than this is deflated at the fastest level. At 100,000 people the
    /// KPIs and Explanations sheets are deflated slower than they are rendered at the optimal level
    /// (payout bench: 1,000,000 explanation rows 175–200k rows/s optimal, 360–420k fastest); the
    /// file is larger (see the README's Performance). Smaller sheets keep the optimal level. The
    /// rows looked at are the ones already read ahead to size the columns: reading further ahead
    /// held 10,000 rows and cost 130 MiB.
    /// </summary>
    internal const int BulkRows = ColumnWidths.SampleRows;

    private readonly bool _sdkRows;
    private readonly System.IO.Compression.CompressionLevel _level;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> _parts = new(StringComparer.Ordinal);

    /// <summary>Creates a writer that splits sheets at <paramref name="maxRowsPerSheet"/> rows including the header.</summary>
    public XlsxWriter(int maxRowsPerSheet = ExcelMaxRows)
        : this(maxRowsPerSheet, sdkRows: false)
    {
    }

    /// <summary>Creates a writer; <paramref name="sdkRows"/> writes rows with the SDK's <c>OpenXmlWriter</c> (<see cref="SdkSheetWriter"/>) instead.</summary>
    /// <param name="maxRowsPerSheet">Rows per sheet, header included.</param>
    /// <param name="sdkRows">Rows through the SDK's OpenXmlWriter (the bench's comparison).</param>
    /// <param name="level">How sheets are deflated: optimal for the workbook, fastest for statements (thousands of small files).</param>
    internal XlsxWriter(int maxRowsPerSheet, bool sdkRows, System.IO.Compression.CompressionLevel level = System.IO.Compression.CompressionLevel.Optimal)
    {
        _level = level;
        if (maxRowsPerSheet < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(maxRowsPerSheet), "a sheet needs room for its header and one row");
        }

        MaxRowsPerSheet = maxRowsPerSheet;
        _sdkRows = sdkRows;
    }

    /// <summary>Told each sheet's name, rows and time to write, continuation sheets included (the bench's breakdown).</summary>
    internal Action<string, int, TimeSpan>? SheetWritten { get; init; }

    /// <summary>Rows per sheet, header included, before a sheet continues in "Name (2)".</summary>
    public int MaxRowsPerSheet { get; }

    /// <summary>Writes the workbook atomically.</summary>
    public void Write(string path, IEnumerable<Sheet> sheets, WorkbookInfo? info = null) => TempFiles.Publish(path, stream => Write(stream, sheets, info));

    /// <summary>Writes the workbook to a stream.</summary>
    public void Write(Stream stream, IEnumerable<Sheet> sheets, WorkbookInfo? info = null)
    {
        using var package = new XlsxPackage(stream, _level);
        var styles = new StyleRegistry();
        var strings = new SharedStrings();
        var names = new List<string>();
        var drawings = 0;
        var charts = 0;
        foreach (var sheet in sheets)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            using var enumerator = new ReadAhead<IReadOnlyList<Cell>>(sheet.Rows.GetEnumerator());
            var rows = new RowStream(enumerator);
            var part = 0;
            do
            {
                part++;
                names.Add(part == 1 ? sheet.Name : $"{sheet.Name} ({part})");
                var sheetCharts = part == 1 ? sheet.Charts : [];
                var sheetPart = $"xl/worksheets/sheet{names.Count}.xml";
                var bulk = rows.Peek(Math.Min(BulkRows + 1, MaxRowsPerSheet)).Count > BulkRows;
                if (bulk)
                {
                    enumerator.Start(); // the rest of a large sheet's rows are made on another core as these are written
                }

                package.Add(sheetPart, DocumentParts.WorksheetContentType, output => WriteSheet(output, names.Count == 1, sheet, rows, styles, strings, sheetCharts.Count > 0, info ?? WorkbookInfo.None), bulk: bulk);
                if (sheetCharts.Count > 0)
                {
                    var drawing = $"xl/drawings/drawing{++drawings}.xml";
                    package.Relationships(sheetPart, [(ChartParts.DrawingType, $"../drawings/drawing{drawings}.xml")]);
                    package.Add(drawing, ChartParts.DrawingContentType, ChartParts.Drawing(sheetCharts));
                    package.Relationships(drawing, sheetCharts.Select((_, i) => (ChartParts.ChartType, $"../charts/chart{charts + i + 1}.xml")));
                    foreach (var chart in sheetCharts)
                    {
                        package.Add($"xl/charts/chart{++charts}.xml", ChartParts.ChartContentType, ChartParts.ChartSpace(chart));
                    }
                }
            }
            while (rows.HasMore);
            SheetWritten?.Invoke(sheet.Name, rows.Taken, clock.Elapsed);
        }

        package.Add("xl/styles.xml", DocumentParts.StylesContentType, Cached("styles\n" + styles.Key, () => styles.Stylesheet()), small: true);
        package.Add("xl/workbook.xml", DocumentParts.WorkbookContentType, Cached("workbook\n" + string.Join('\n', names), () => DocumentParts.Workbook(names)), small: true);
        if (strings.Count > 0)
        {
            package.Add("xl/sharedStrings.xml", SharedStrings.ContentType, strings.Table());
        }

        package.Relationships("xl/workbook.xml",
            [.. names.Select((_, i) => (DocumentParts.WorksheetType, $"worksheets/sheet{i + 1}.xml")), (DocumentParts.StylesType, "styles.xml"),
             .. strings.Count > 0 ? [(SharedStrings.RelationshipType, "sharedStrings.xml")] : Array.Empty<(string, string)>()]);
        package.Add("docProps/core.xml", DocumentParts.CoreContentType, output => DocumentParts.Core(output, info ?? WorkbookInfo.None), small: true);
        package.Add("docProps/app.xml", DocumentParts.AppContentType, Cached("app\n" + (info ?? WorkbookInfo.None).Company, () => DocumentParts.App(info ?? WorkbookInfo.None)), small: true);
        package.Relationships(string.Empty, // the package's own: _rels/.rels
            [(DocumentParts.OfficeDocumentType, "xl/workbook.xml"), (DocumentParts.CoreType, "docProps/core.xml"), (DocumentParts.AppType, "docProps/app.xml")]);
    }

    /// <summary>
    /// The serialised part for <paramref name="key"/>, built once per writer: a writer that writes a
    /// statement per person builds the same styles, workbook and properties parts for every one.
    /// </summary>
    private Action<Stream> Cached(string key, Func<DocumentFormat.OpenXml.OpenXmlElement> build)
    {
        var bytes = _parts.GetOrAdd(key, _ =>
        {
            using var buffer = new MemoryStream();
            PartXml.Write(buffer, build());
            return buffer.ToArray();
        });
        return stream => stream.Write(bytes);
    }

    /// <summary>Writes one sheet part of at most <see cref="MaxRowsPerSheet"/> rows; the rest stays in <paramref name="rows"/>.</summary>
    private void WriteSheet(Stream output, bool selected, Sheet sheet, RowStream rows, StyleRegistry styles, SharedStrings strings, bool drawing, WorkbookInfo info)
    {
        var shared = sheet.Columns.Select(c => c.Shared).ToList();
        using ISheetPartWriter writer = _sdkRows ? new SdkSheetWriter(output, styles, strings, shared) : new FastSheetWriter(output, styles, strings, shared);
        var widths = ColumnWidths.Of(sheet.Columns, rows.Peek(Math.Min(ColumnWidths.SampleRows, MaxRowsPerSheet - 1)));
        writer.Begin(SheetFrame.Before(selected, widths));
        writer.Row(1, sheet.Columns.Select(col => Cell.Of(col.Header, Style.Header)).ToList());
        var rowIndex = 1;
        while (rowIndex < MaxRowsPerSheet && rows.Next(out var row))
        {
            writer.Row(++rowIndex, row);
        }

        writer.End(SheetFrame.After(rowIndex, widths, drawing, info.Footer ?? info.Subject));
    }
}
