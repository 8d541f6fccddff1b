using CsCheck;
using Payout.Calc.Csv;
using Payout.Calc.Reading;

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
    public void Rows_ReadAheadAnyText_SameRecordsAsCharByCharReader()
    {
        var text = Gen.Int[0, Tokens.Length - 1].Array[0, 40].Select(t => string.Concat(t.Select(i => Tokens[i])));
        Gen.Select(text, Gen.Int[1, 9]).Sample((csv, bufferSize) =>
        {
            var expected = Outcome(() => new CharByCharCsvReader(new StringReader(csv)).ReadAll().ToList());
            var actual = Outcome(() => new CsvReader(new StringReader(csv), bufferSize).Rows(readAhead: true).Select(r => new RawRecord(r.Line, r.ToArray())).ToList());
            actual.ShouldBe(expected, $"text: {csv.Replace("\r", "\\r").Replace("\n", "\\n")} buffer: {bufferSize}");
        }, iter: 2_000);
    }

    [Fact]
    public void Rows_ReadAheadManyBatchesThenMalformedQuote_EveryRecordBeforeItThenTheError()
    {
        // Several hand-over batches, so batches are refilled while earlier ones are read.
        var lines = Enumerable.Range(1, 2_000).Select(i => i % 7 == 0 ? $"{i},\"q \"\"{i}\"\"\nnext\",x" : $"{i},plain,{i % 3}");
        var csv = "id,text,n\n" + string.Join("\n", lines) + "\n\"open";
        var expected = Outcome(() => new CharByCharCsvReader(new StringReader(csv)).ReadAll().ToList());
        var records = new List<RawRecord>();
        var error = Should.Throw<FormatException>(() =>
        {
            foreach (var row in new CsvReader(new StringReader(csv)).Rows(readAhead: true))
            {
                records.Add(new RawRecord(row.Line, row.ToArray()));
            }
        });
        expected.ShouldStartWith("error: ");
        records.Count.ShouldBe(2_001);
        records[^1].Fields.ShouldBe(["2000", "plain", "2"]);
        records[7].Fields[1].ShouldBe("q \"7\"\nnext");
        error.Message.ShouldBe(expected["error: ".Length..]);
    }

    [Fact]
    public void Rows_ReadAheadRepeatedCell_ReusesTheColumnsLastString()
    {
        var rows = new CsvReader(new StringReader("id,team\n1,Support\n2,Support\n")).Rows(readAhead: true).Select(r => r.ToArray()).ToList();
        rows[2][1].ShouldBeSameAs(rows[1][1]);
        rows[2][0].ShouldBe("2");
    }

    [Fact]
    public void ReadAll_RepeatedCell_ReusesThePreviousString()
    {
        var records = new CsvReader(new StringReader("id,team\n1,Support\n2,Support\n")).ReadAll().ToList();
        records[2].Fields[1].ShouldBeSameAs(records[1].Fields[1]);
        records[2].Fields[0].ShouldBe("2");
    }

    private static string Outcome(Func<List<RawRecord>> read)
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
