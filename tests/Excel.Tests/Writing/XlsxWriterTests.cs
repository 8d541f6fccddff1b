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
