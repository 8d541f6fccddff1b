using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Payout.Excel.Tests.Builders;
using Payout.Excel.Writing;
using SdkCell = DocumentFormat.OpenXml.Spreadsheet.Cell;

namespace Payout.Excel.Tests.Writing;

/// <summary>The workbook's own row writer against the SDK's OpenXmlWriter, which it replaces for speed.</summary>
public sealed class SheetWritersTests
{
    [Fact]
    public void Write_FastAndSdkRowWriters_SameCellsAndBothValid()
    {
        var report = new ReportBuilder().Person("E1", "USD", 960m).Person("E2", "EUR", 600m, 100.5m).Person("E3 <&\"é😀>", "USD", 360.25m).Build();
        using var dir = new TempDir();
        new XlsxWriter(maxRowsPerSheet: 4, sdkRows: false).Write(dir.File("fast.xlsx"), PayoutWorkbook.Sheets(report, 4));
        new XlsxWriter(maxRowsPerSheet: 4, sdkRows: true).Write(dir.File("sdk.xlsx"), PayoutWorkbook.Sheets(report, 4));

        var fast = Cells(dir.File("fast.xlsx"));
        var sdk = Cells(dir.File("sdk.xlsx"));

        fast.Count.ShouldBeGreaterThan(100);
        fast.ShouldBe(sdk);
        fast.ShouldContain(c => c.Contains("E3 <&\"é😀>", StringComparison.Ordinal));
        Errors(dir.File("fast.xlsx")).ShouldBeEmpty();
        Errors(dir.File("sdk.xlsx")).ShouldBeEmpty();
    }

    /// <summary>Every cell of every sheet, read by the SDK: sheet, reference, style, type, formula and value.</summary>
    private static List<string> Cells(string path)
    {
        using var doc = SpreadsheetDocument.Open(path, false);
        var book = doc.WorkbookPart!;
        return book.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>()
            .SelectMany(s => ((WorksheetPart)book.GetPartById(s.Id!)).Worksheet.Descendants<SdkCell>()
                .Select(c => $"{s.Name}!{c.CellReference} s={c.StyleIndex?.Value} t={c.DataType?.InnerText} f={c.CellFormula?.Text} v={c.CellValue?.Text}{c.InlineString?.InnerText}"))
            .ToList();
    }

    private static List<string> Errors(string path)
    {
        using var doc = SpreadsheetDocument.Open(path, false);
        return new OpenXmlValidator().Validate(doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
    }
}
