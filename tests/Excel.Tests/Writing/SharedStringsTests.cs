using ClosedXML.Excel;
using Payout.Excel.Tests.Builders;
using Payout.Excel.Writing;

namespace Payout.Excel.Tests.Writing;

/// <summary>Shared strings: repeated text written once, read back as the same text; a full table falls back to inline text.</summary>
public sealed class SharedStringsTests
{
    [Fact]
    public void IndexOf_SameTextTwice_SameIndexAndTwoReferences()
    {
        var strings = new SharedStrings();

        (strings.IndexOf("agent"), strings.IndexOf("csm"), strings.IndexOf("agent")).ShouldBe((0, 1, 0));
        (strings.Count, strings.References).ShouldBe((2, 3));
    }

    [Fact]
    public void IndexOf_TableFull_NullSoTheCellIsWrittenInline()
    {
        var strings = new SharedStrings();
        for (var i = 0; i < SharedStrings.MaxStrings; i++)
        {
            strings.IndexOf("s" + i);
        }

        strings.IndexOf("one more").ShouldBeNull();
        strings.IndexOf("s7").ShouldBe(7); // a string already in the table is still shared
    }

    [Fact]
    public void Write_SharedColumn_ReadsBackTheSameTextAndOnlyThatColumnIsShared()
    {
        using var dir = new TempDir();
        Column[] columns = [new("id", 8), new Column("team", 10).AsShared(), new Column("note", 20)];
        var rows = Enumerable.Range(0, 6).Select(i => (IReadOnlyList<Cell>)[Cell.Of($"E{i}"), Cell.Of(i % 2 == 0 ? "Phoenix" : " Orion "), Cell.Of($"note {i}")]).ToList();

        new XlsxWriter().Write(dir.File("s.xlsx"), [new Sheet("People", columns, rows)]);

        using (var book = new XLWorkbook(dir.File("s.xlsx")))
        {
            book.Worksheet("People").Column(2).CellsUsed().Skip(1).Select(c => c.GetString()).ShouldBe(["Phoenix", " Orion ", "Phoenix", " Orion ", "Phoenix", " Orion "]);
        }

        using var zip = System.IO.Compression.ZipFile.OpenRead(dir.File("s.xlsx"));
        using var reader = new StreamReader(zip.GetEntry("xl/sharedStrings.xml")!.Open());
        var table = reader.ReadToEnd();
        table.ShouldContain("uniqueCount=\"2\"");
        table.ShouldContain("<x:t xml:space=\"preserve\"> Orion </x:t>"); // leading and trailing spaces kept
        table.ShouldNotContain("note");
    }
}
