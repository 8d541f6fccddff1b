using Payout.Calc.Csv;
using Payout.Common;

namespace Payout.Calc.Tests.Csv;

/// <summary>The reader's bounds: a hostile file stops at the line it goes wrong on, and memory stays bounded.</summary>
public sealed class CsvRowsLimitsTests
{
    private static readonly RunLimits Small = RunLimits.Default with { CsvLineLength = 40, CsvFieldLength = 12, CsvColumns = 4 };

    [Theory]
    [InlineData("a,b\nc,d\n", null, null)]
    [InlineData("a,b\n1,2,3,4,5\n", 2, "the record has more than 4 fields")]
    [InlineData("a,b\n1,1234567890123\n", 2, "field 2 is longer than 12 characters")]
    [InlineData("a,b\n\"open,1\n2,3\n4,5\n6,7\n", 2, "field 1 is longer than 12 characters (an unterminated quote?)")]
    [InlineData("a,b\n12345678901,12345678901,12345678901,12345\n", 2, "the record is longer than 40 characters")]
    [InlineData("a,b\nc,d\nE0\u00001,x\n", 3, "a NUL character (byte 0)")]
    [InlineData("a,b\nc,d\ne,\uFFFD\n", 3, "invalid UTF-8")]
    public void Read_PastALimitOrBadCharacter_FailsNamingTheLine(string csv, int? line, string? problem)
    {
        var read = () => CsvRowsTests.Records(csv, Small);
        if (line is null)
        {
            read().Count.ShouldBe(2);
            return;
        }

        var ex = Should.Throw<CsvFormatException>(read);
        ex.Line.ShouldBe(line.Value);
        ex.Problem.ShouldStartWith(problem!);
    }

    [Fact]
    public void Read_EndlessLine_StopsAtTheLimitWithoutReadingItAll()
    {
        // 50 MB of one line, produced as it is read: stopping at the limit means the rest is never asked for.
        var text = new EndlessLine(header: "a,b\nc,d\n", total: 50_000_000);
        var seen = new List<string>();

        var ex = Should.Throw<CsvFormatException>(() =>
        {
            foreach (var row in CsvRows.Read(text, RunLimits.Default with { CsvLineLength = 100_000 }))
            {
                seen.Add(row.Text(0));
            }
        });

        ex.Line.ShouldBe(3);
        ex.Problem.ShouldStartWith("the record is longer than 100,000 characters");
        seen.ShouldBe(["a", "c"]);
        text.Served.ShouldBeLessThan(1_000_000);
    }

    private sealed class EndlessLine(string header, long total) : TextReader
    {
        public long Served { get; private set; }

        public override int Read(Span<char> buffer)
        {
            if (Served >= total)
            {
                return 0;
            }

            var n = (int)Math.Min(buffer.Length, total - Served);
            for (var i = 0; i < n; i++)
            {
                buffer[i] = Served + i < header.Length ? header[(int)(Served + i)] : 'x';
            }

            Served += n;
            return n;
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));
    }
}
