using CsCheck;
using Payout.Calc.Csv;
using Payout.Calc.Reading;
using Payout.Common;

namespace Payout.Calc.Tests.Csv;

public sealed class CsvRowsTests
{
    private static readonly string[] Tokens = ["a", "bc", ",", ";", "\"", "\"\"", "\r\n", "\n", " ", "é", "😀"];

    [Fact]
    public void Read_QuotedCommasQuotesAndNewlines_Rfc4180()
    {
        var records = Records("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nlast,,\n");

        records.Count.ShouldBe(3);
        records[0].Line.ShouldBe(1);
        records[1].Fields.ShouldBe(["x, y", "say \"hi\"", "two\nlines"]);
        records[2].Line.ShouldBe(4); // the quoted newline moved the next record down a line
        records[2].Fields.ShouldBe(["last", "", ""]);
    }

    [Theory]
    [InlineData("a\n\"open", 2)]
    [InlineData("a,b\n1,2\n3,\"x\n4,5\n", 3)]
    public void Read_UnterminatedQuote_FailsOnTheLineItOpens(string csv, int line)
    {
        var ex = Should.Throw<CsvFormatException>(() => Records(csv));

        ex.Line.ShouldBe(line);
        ex.Problem.ShouldBe("unterminated quoted field");
    }

    [Theory]
    [InlineData("a,b\n1,2\n", "1|2")]
    [InlineData("a;b\n1;2\n", "1|2")]
    [InlineData("a;b\n\"x;y\";2,5\n", "x;y|2,5")] // a European export: the separator from the header, a decimal comma stays in its field
    [InlineData("a,b;c\n1,2;3\n", "1|2;3")] // a tie or more commas: commas
    [InlineData("a\tb\n1\t2\n", "1\t2")] // tabs are not a separator Payout reads: one field, which the header check reports
    public void Read_SeparatorFromTheHeader_SplitsOnIt(string csv, string secondRow) =>
        string.Join("|", Records(csv)[1].Fields).ShouldBe(secondRow);

    [Fact]
    public void Read_AnyFieldsWrittenAsRfc4180_TheSameFieldsAndLines()
    {
        // Fields made of separators, quotes, line breaks and text, written as a spreadsheet writes
        // them (quoted when they must be, quotes doubled): reading gives every field back, and each
        // record's line counts the line breaks inside quotes before it.
        var field = Gen.Int[0, Tokens.Length - 1].Array[0, 6].Select(t => string.Concat(t.Select(i => Tokens[i])));
        var records = field.Array[1, 5].Array[1, 8];
        Gen.Select(records, Gen.Bool).Sample((rows, semicolons) =>
        {
            var separator = semicolons ? ";" : ",";
            var header = string.Join(separator, Enumerable.Range(0, 3).Select(i => "c" + i));
            var body = rows.Select(r => string.Join(separator, r.Select(f => Quote(f, separator)))).ToList();
            var csv = header + "\n" + string.Join("\r\n", body) + "\n";

            var read = Records(csv);

            var expected = rows.Where(r => !(r.Length == 1 && r[0].Length == 0)).ToList(); // a blank line reads as one empty field
            read.Skip(1).Where(r => !(r.Fields.Count == 1 && r.Fields[0].Length == 0)).Select(r => string.Join("¦", r.Fields))
                .ShouldBe(expected.Select(r => string.Join("¦", r)));
            var line = 2;
            for (var i = 0; i < rows.Length; i++)
            {
                read[i + 1].Line.ShouldBe(line);
                line += 1 + body[i].Count(c => c == '\n');
            }
        }, iter: 5_000);
    }

    [Fact]
    public void Read_ManyRecordsThenMalformedQuote_EveryRecordBeforeItThenTheError()
    {
        var lines = Enumerable.Range(1, 2_000).Select(i => i % 7 == 0 ? $"{i},\"q \"\"{i}\"\"\nnext\",x" : $"{i},plain,{i % 3}");
        var csv = "id,text,n\n" + string.Join("\n", lines) + "\n\"open";
        var records = new List<RawRecord>();
        var error = Should.Throw<CsvFormatException>(() =>
        {
            foreach (var row in CsvRows.Read(new StringReader(csv), RunLimits.Default))
            {
                records.Add(new RawRecord(row.Line, row.ToArray()));
            }
        });

        records.Count.ShouldBe(2_001);
        records[^1].Fields.ShouldBe(["2000", "plain", "2"]);
        records[7].Fields[1].ShouldBe("q \"7\"\nnext");
        error.Line.ShouldBe(2_001 + 2_000 / 7 + 1);
    }

    [Fact]
    public void Read_RepeatedCell_ReusesTheColumnsLastString()
    {
        var rows = CsvRows.Read(new StringReader("id,team\n1,Support\n2,Support\n"), RunLimits.Default).Select(r => r.ToArray()).ToList();

        rows[2][1].ShouldBeSameAs(rows[1][1]);
        rows[2][0].ShouldBe("2");
    }

    internal static List<RawRecord> Records(string csv, RunLimits? limits = null) =>
        CsvRows.Read(new StringReader(csv), limits ?? RunLimits.Default).Select(r => new RawRecord(r.Line, r.ToArray())).ToList();

    private static string Quote(string field, string separator) =>
        field.Length > 0 && (field.Contains(separator) || field.Contains('"') || field.Contains('\n') || field.Contains('\r') || field[0] == ' ')
            ? "\"" + field.Replace("\"", "\"\"") + "\""
            : field;
}
