using DocumentFormat.OpenXml;

namespace Payout.Excel.Writing;

/// <summary>
/// Writes a worksheet part's rows with <see cref="SheetXmlWriter"/> straight as UTF-8, and the frame
/// around them (the SDK's typed elements) as the SDK serialises them. Rows are most of a workbook's
/// bytes; written through <see cref="OpenXmlWriter"/> (<see cref="SdkSheetWriter"/>) they cost an
/// element object, attribute objects and strings per cell: payout bench measures the two side by side.
/// </summary>
/// <param name="output">The part's stream.</param>
/// <param name="styles">The workbook's styles.</param>
/// <param name="strings">The workbook's shared strings.</param>
/// <param name="shared">Per column, whether its text is shared (<see cref="Column.Shared"/>); the header row never is.</param>
internal sealed class FastSheetWriter(Stream output, StyleRegistry styles, SharedStrings strings, IReadOnlyList<bool> shared) : ISheetPartWriter
{
    private readonly SheetXmlWriter _xml = new(output);

    public void Begin(IEnumerable<OpenXmlElement> before)
    {
        _xml.Raw("""<?xml version="1.0" encoding="utf-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"""u8);
        Elements(before);
        _xml.Raw("<sheetData>"u8);
    }

    /// <summary>One row: <c>&lt;row r="2"&gt;&lt;c r="A2" s="3" t="inlineStr"&gt;&lt;is&gt;&lt;t&gt;…</c>, or <c>t="s"</c> and an index for a shared column.</summary>
    public void Row(int index, IReadOnlyList<Cell> cells)
    {
        _xml.Raw("<row r=\""u8);
        _xml.Number(index);
        _xml.Raw("\">"u8);
        for (var c = 0; c < cells.Count; c++)
        {
            var cell = cells[c];
            if (cell.Kind == CellKind.Empty)
            {
                continue;
            }

            _xml.Raw("<c r=\""u8);
            _xml.Reference(index, c + 1);
            if (styles.IndexOf(cell) is var style and > 0)
            {
                _xml.Raw("\" s=\""u8);
                _xml.Number(style);
            }

            switch (cell.Kind)
            {
                case CellKind.Text:
                    var text = SafeText.Clean(cell.Text!);
                    if (strings.For(index, c, shared, text) is { } at)
                    {
                        _xml.Raw("\" t=\"s\"><v>"u8);
                        _xml.Number(at);
                        _xml.Raw("</v></c>"u8);
                        break;
                    }

                    _xml.Raw(Whitespace.NeedsPreserve(text) ? "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"u8 : "\" t=\"inlineStr\"><is><t>"u8);
                    _xml.Text(text);
                    _xml.Raw("</t></is></c>"u8);
                    break;
                case CellKind.Formula:
                    _xml.Raw("\"><f>"u8);
                    _xml.Text(cell.Formula!);
                    _xml.Raw("</f><v>"u8);
                    _xml.Number(cell.Number);
                    _xml.Raw("</v></c>"u8);
                    break;
                case CellKind.TextFormula:
                    _xml.Raw("\" t=\"str\"><f>"u8);
                    _xml.Text(cell.Formula!);
                    _xml.Raw("</f><v>"u8);
                    _xml.Text(SafeText.Clean(cell.Text!));
                    _xml.Raw("</v></c>"u8);
                    break;
                default:
                    _xml.Raw("\"><v>"u8);
                    _xml.Number(cell.Number);
                    _xml.Raw("</v></c>"u8);
                    break;
            }
        }

        _xml.Raw("</row>"u8);
    }

    public void End(IEnumerable<OpenXmlElement> after)
    {
        _xml.Raw("</sheetData>"u8);
        Elements(after);
        _xml.Raw("</worksheet>"u8);
    }

    public void Dispose() => _xml.Dispose();

    // A detached element declares its own namespace prefix (x:, r:), which is the same namespace as the default one here.
    private void Elements(IEnumerable<OpenXmlElement> elements)
    {
        foreach (var element in elements)
        {
            _xml.Raw(PartXml.Bytes(element));
        }
    }
}
