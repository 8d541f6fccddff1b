using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using SdkColumn = DocumentFormat.OpenXml.Spreadsheet.Column;

namespace Payout.Excel.Writing;

/// <summary>What a worksheet part holds around its rows, built with the SDK's typed classes: the frozen header, column widths, the filter and the drawing.</summary>
internal static class SheetFrame
{
    /// <summary>The relationships namespace that <c>r:id</c> attributes use.</summary>
    public const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Column widths (in characters) past which a sheet prints in landscape.</summary>
    public const int PortraitWidth = 110;

    /// <summary>The elements before <c>sheetData</c>: printing fits the page width, the header row frozen, column widths.</summary>
    public static IEnumerable<OpenXmlElement> Before(bool selected, IReadOnlyList<int> widths)
    {
        yield return new SheetProperties(new PageSetupProperties { FitToPage = true });
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

    /// <summary>
    /// The elements after <c>sheetData</c>: the filter over the header and rows; the page setup (one
    /// page wide and as many long as it takes, landscape when the columns are wide or charts sit beside them, a footer with
    /// the period, the sheet and the page); and the drawing (relationship rId1) when the sheet has charts.
    /// </summary>
    public static IEnumerable<OpenXmlElement> After(int lastRow, IReadOnlyList<int> widths, bool drawing, string footer)
    {
        if (widths.Count > 0)
        {
            yield return new AutoFilter { Reference = "A1:" + CellReference.Column(widths.Count) + lastRow.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }

        yield return new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 };
        yield return new PageSetup
        {
            Orientation = drawing || widths.Sum() > PortraitWidth ? OrientationValues.Landscape : OrientationValues.Portrait, // charts sit beside the tables
            FitToWidth = 1,
            FitToHeight = 0, // as many pages long as the rows need
        };
        yield return new HeaderFooter(new OddFooter($"&L{Escape(footer)}&C&A&RPage &P of &N"));
        if (drawing)
        {
            yield return new Drawing { Id = "rId1" };
        }
    }

    // In header and footer text & starts a code (&P page, &A sheet); a literal one is doubled.
    private static string Escape(string text) => SafeText.Clean(text).Replace("&", "&&", StringComparison.Ordinal);
}
