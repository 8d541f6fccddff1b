using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using SdkColumn = DocumentFormat.OpenXml.Spreadsheet.Column;

namespace Payout.Excel.Writing;

/// <summary>What a worksheet part holds around its rows, built with the SDK's typed classes: the frozen header, column widths, the filter and the drawing.</summary>
internal static class SheetFrame
{
    /// <summary>The relationships namespace that <c>r:id</c> attributes use.</summary>
    public const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>The elements before <c>sheetData</c>.</summary>
    public static IEnumerable<OpenXmlElement> Before(bool selected, IReadOnlyList<int> widths)
    {
        yield return new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        {
            TabSelected = selected ? true : null,
            WorkbookViewId = 0,
        });
        if (widths.Count > 0)
        {
            yield return new Columns(widths.Select((width, c) => new SdkColumn { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = width, CustomWidth = true }));
        }
    }

    /// <summary>The elements after <c>sheetData</c>: the filter over the header and rows, and the drawing (relationship rId1) when the sheet has charts.</summary>
    public static IEnumerable<OpenXmlElement> After(int lastRow, int columns, bool drawing)
    {
        if (columns > 0)
        {
            yield return new AutoFilter { Reference = "A1:" + CellReference.Column(columns) + lastRow.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }

        if (drawing)
        {
            yield return new Drawing { Id = "rId1" };
        }
    }
}
