using System.IO.Compression;
using System.Xml.Linq;
using ClosedXML.Excel;
using Payout.Excel.Tests.Builders;
using Payout.Excel.Writing;

namespace Payout.Excel.Tests.Writing;

public sealed class XlsxWriterTests
{
    private static IEnumerable<IReadOnlyList<Cell>> Numbers(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            yield return [Cell.Of(i, Style.Integer)];
        }
    }

    [Fact]
    public void Write_MoreRowsThanLimit_ContinuesInNumberedSheets()
    {
        using var dir = new TempDir();
        new XlsxWriter(maxRowsPerSheet: 3).Write(dir.File("s.xlsx"), [new Sheet("Explanations", [new Column("n", 6)], Numbers(5))]);

        using var book = new XLWorkbook(dir.File("s.xlsx"));
        book.Worksheets.Select(w => w.Name).ShouldBe(["Explanations", "Explanations (2)", "Explanations (3)"]);
        book.Worksheets.Select(w => w.LastRowUsed().RowNumber()).ShouldBe([3, 3, 2]);
        book.Worksheet("Explanations (3)").Cell("A1").GetString().ShouldBe("n");
        book.Worksheet("Explanations (3)").Cell("A2").GetValue<int>().ShouldBe(5);
    }

    [Theory]
    [InlineData("a < b && c > \"d\" 'e'")]
    [InlineData("line one\r\nline two\ttabbed")]
    [InlineData("  leading and trailing  ")]
    [InlineData("é 中文 😀 ∑")]
    [InlineData("</t></is></c><c t=\"str\"><f>1+1</f>")]
    public void Write_TextNeedingEscapes_ReadsBackUnchanged(string text)
    {
        using var dir = new TempDir();
        new XlsxWriter().Write(dir.File("s.xlsx"), [new Sheet("S", [new Column("text", 20)], [[Cell.Of(text)]])]);

        // Read with a plain XML parser: ClosedXML turns \r\n into \n when it loads a cell.
        using var zip = ZipFile.OpenRead(dir.File("s.xlsx"));
        using var part = zip.GetEntry("xl/worksheets/sheet1.xml")!.Open();
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var cells = XDocument.Load(part).Descendants(main + "c").ToList();
        cells.Select(c => c.Attribute("r")!.Value).ShouldBe(["A1", "A2"]);
        cells[1].Element(main + "is")!.Element(main + "t")!.Value.ShouldBe(text);
        cells[1].Element(main + "f").ShouldBeNull();
    }

    [Fact]
    public void Write_RowsLargerThanTheBuffer_EveryCellReadsBack()
    {
        // 40 rows of 30,000 escaped characters (about 150 KB each as XML) cross the writer's buffer many times.
        var texts = Enumerable.Range(0, 40).Select(i => new string("&<é"[i % 3], 30_000 - i) + i).ToList();
        using var dir = new TempDir();
        new XlsxWriter().Write(dir.File("s.xlsx"), [new Sheet("S", [new Column("text", 20), new Column("n", 8)],
            texts.Select((t, i) => (IReadOnlyList<Cell>)[Cell.Of(t), Cell.Of(-1234.5678m * i, Style.Money)]))]);

        using var book = new XLWorkbook(dir.File("s.xlsx"));
        var sheet = book.Worksheet("S");
        for (var i = 0; i < texts.Count; i++)
        {
            sheet.Cell(i + 2, 1).GetString().ShouldBe(texts[i]);
            sheet.Cell(i + 2, 2).GetValue<decimal>().ShouldBe(-1234.5678m * i);
        }
    }

    [Fact]
    public void Write_RowsExactlyFillSheet_NoEmptyContinuation()
    {
        using var dir = new TempDir();
        new XlsxWriter(maxRowsPerSheet: 3).Write(dir.File("s.xlsx"), [new Sheet("X", [new Column("n", 6)], Numbers(2))]);

        using var book = new XLWorkbook(dir.File("s.xlsx"));
        book.Worksheets.Count.ShouldBe(1);
    }

    [Fact]
    public void Write_FailureMidway_LeavesNoFileAndKeepsOldOne()
    {
        using var dir = new TempDir();
        var path = dir.File("p.xlsx");
        File.WriteAllText(path, "previous");
        static IEnumerable<IReadOnlyList<Cell>> Failing()
        {
            yield return [Cell.Of("ok")];
            throw new InvalidOperationException("boom");
        }

        Should.Throw<InvalidOperationException>(() => new XlsxWriter().Write(path, [new Sheet("X", [new Column("a", 6)], Failing())]));

        Directory.GetFiles(dir.Path).ShouldBe([path]);
        File.ReadAllText(path).ShouldBe("previous");
    }

    [Fact]
    public void Clean_OverlongAndControlCharacters_CutWithMarker()
    {
        var text = SafeText.Clean("a\u0001b" + new string('x', 40_000));

        text.Length.ShouldBe(SafeText.MaxCellLength);
        text.ShouldStartWith("abx");
        text.ShouldEndWith(SafeText.TruncationMarker);
    }

    [Theory]
    [InlineData(1, "A")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(703, "AAA")]
    public void Column_Index_Letters(int index, string letters) => CellReference.Column(index).ShouldBe(letters);
}
