using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using SdkCell = DocumentFormat.OpenXml.Spreadsheet.Cell;

namespace Payout.Excel.Writing;

/// <summary>
/// Writes a worksheet part entirely with the SDK's <see cref="OpenXmlWriter"/>, a typed element per row
/// and cell. The workbook uses <see cref="FastSheetWriter"/> for rows (payout bench measures the two
/// side by side); this one is kept as the reference the fast one is checked against.
/// </summary>
internal sealed class SdkSheetWriter(Stream output, StyleRegistry styles, SharedStrings strings, IReadOnlyList<bool> shared) : ISheetPartWriter
{
    private readonly OpenXmlWriter _writer = OpenXmlWriter.Create(output, new System.Text.UTF8Encoding(false));

    public void Begin(IEnumerable<OpenXmlElement> before)
    {
        _writer.WriteStartDocument(true);
        _writer.WriteStartElement(new Worksheet(), [], [new KeyValuePair<string, string>("r", SheetFrame.RelationshipsNamespace)]);
        foreach (var element in before)
        {
            _writer.WriteElement(element);
        }

        _writer.WriteStartElement(new SheetData());
    }

    public void Row(int index, IReadOnlyList<Cell> cells)
    {
        _writer.WriteStartElement(new Row { RowIndex = (uint)index });
        for (var c = 0; c < cells.Count; c++)
        {
            var cell = cells[c];
            if (cell.Kind == CellKind.Empty)
            {
                continue;
            }

            var written = new SdkCell { CellReference = CellReference.Column(c + 1) + index.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            if (styles.IndexOf(cell) is var style and > 0)
            {
                written.StyleIndex = style;
            }

            switch (cell.Kind)
            {
                case CellKind.Text:
                    var text = SafeText.Clean(cell.Text!);
                    if (strings.For(index, c, shared, text) is { } at)
                    {
                        written.DataType = CellValues.SharedString;
                        written.CellValue = new CellValue(at);
                        break;
                    }

                    written.DataType = CellValues.InlineString;
                    written.InlineString = new InlineString(new Text(text) { Space = Whitespace.NeedsPreserve(text) ? SpaceProcessingModeValues.Preserve : null });
                    break;
                case CellKind.Formula:
                    written.CellFormula = new CellFormula(cell.Formula!);
                    written.CellValue = new CellValue(cell.Number);
                    break;
                case CellKind.TextFormula:
                    written.DataType = CellValues.String;
                    written.CellFormula = new CellFormula(cell.Formula!);
                    written.CellValue = new CellValue(SafeText.Clean(cell.Text!));
                    break;
                default:
                    written.CellValue = new CellValue(cell.Number);
                    break;
            }

            _writer.WriteElement(written);
        }

        _writer.WriteEndElement();
    }

    public void End(IEnumerable<OpenXmlElement> after)
    {
        _writer.WriteEndElement(); // sheetData
        foreach (var element in after)
        {
            _writer.WriteElement(element);
        }

        _writer.WriteEndElement();
        _writer.Close();
    }

    public void Dispose() => _writer.Dispose();
}
