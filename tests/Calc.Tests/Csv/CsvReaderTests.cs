using CsCheck;
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

    private static readonly string[] Tokens = ["a", "bc", ",", "\"", "\"\"", "\r", "\n", "\r\n", " ", "é", "😀"];

    [Fact]
    public void ReadAll_AnyText_SameRecordsAsCharByCharReader()
    {
        // Tiny buffers put every special character, and every pair of them, across a refill.
        var text = Gen.Int[0, Tokens.Length - 1].Array[0, 40].Select(t => string.Concat(t.Select(i => Tokens[i])));
        Gen.Select(text, Gen.Int[1, 9]).Sample((csv, bufferSize) =>
        {
            var expected = Outcome(() => new CharByCharCsvReader(new StringReader(csv)).ReadAll().ToList());
            var actual = Outcome(() => new CsvReader(new StringReader(csv), bufferSize).ReadAll().ToList());
            actual.ShouldBe(expected, $"text: {csv.Replace("\r", "\\r").Replace("\n", "\\n")} buffer: {bufferSize}");
        }, iter: 20_000);
    }

    [Fact]
    public void ReadAll_RepeatedCell_ReusesThePreviousString()
    {
        var records = new CsvReader(new StringReader("id,team\n1,Support\n2,Support\n")).ReadAll().ToList();
        records[2].Fields[1].ShouldBeSameAs(records[1].Fields[1]);
        records[2].Fields[0].ShouldBe("2");
    }

    private static string Outcome(Func<List<Payout.Calc.Reading.RawRecord>> read)
    {
        try
        {
            return string.Join(" | ", read().Select(r => r.Line + ":[" + string.Join("¦", r.Fields) + "]"));
        }
        catch (FormatException ex)
        {
            return "error: " + ex.Message;
        }
    }
}
