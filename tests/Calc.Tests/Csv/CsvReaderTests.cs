using Payout.Calc.Csv;

namespace Payout.Calc.Tests.Csv;

public sealed class CsvReaderTests
{
    [Fact]
    public void ReadAll_QuotedCommasQuotesAndNewlines_Rfc4180()
    {
        var text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nlast,,\n";
        var records = new CsvReader(new StringReader(text)).ReadAll().ToList();
        records.Count.ShouldBe(3);
        records[1].Fields.ShouldBe(["x, y", "say \"hi\"", "two\nlines"]);
        records[2].Line.ShouldBe(4); // the quoted newline moved the next record down a line
        records[2].Fields.ShouldBe(["last", "", ""]);
    }

    [Fact]
    public void ReadAll_UnterminatedQuote_Throws() =>
        Should.Throw<FormatException>(() => new CsvReader(new StringReader("a\n\"open")).ReadAll().ToList()).Message.ShouldContain("line 2");
}
