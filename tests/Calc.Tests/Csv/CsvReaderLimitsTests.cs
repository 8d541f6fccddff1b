using Payout.Calc.Csv;
using Payout.Common;

namespace Payout.Calc.Tests.Csv;

/// <summary>The reader's bounds: a hostile file stops at the line it goes wrong on, and memory stays bounded.</summary>
public sealed class CsvReaderLimitsTests
{
    private static readonly RunLimits Small = RunLimits.Default with { CsvLineLength = 40, CsvFieldLength = 12, CsvColumns = 4 };

    [Theory]
    [InlineData("a,b\nc,d\n", null, null)]
    [InlineData("a,b\n1,2,3,4,5\n", 2, "the record has more than 4 fields")]
    [InlineData("a,b\n1,1234567890123\n", 2, "field 2 is longer than 12 characters")]
    [InlineData("a,b\n\"open,1\n2,3\n4,5\n6,7\n", 2, "field 1 is longer than 12 characters (an unterminated quote?)")]
    [InlineData("a,b\n12345678901,12345678901,12345678901,1234\n", 2, "the record is longer than 40 characters")]
    [InlineData("a,b\nc,d\nE0\u00001,x\n", 3, "a NUL character (byte 0)")]
    [InlineData("a,b\nc,d\ne,\uFFFD\n", 3, "invalid UTF-8")]
    public void ReadAll_PastALimitOrBadCharacter_FailsNamingTheLine(string csv, int? line, string? problem)
    {
        var read = () => new CsvReader(new StringReader(csv), bufferSize: 8, Small).ReadAll().ToList();
        if (line is null)
        {
            read().Count.ShouldBe(2);
            return;
        }

        var ex = Should.Throw<CsvFormatException>(read);
        ex.Line.ShouldBe(line.Value);
        ex.Problem.ShouldStartWith(problem!);
    }

    [Theory]
    [InlineData("a,b\n1,2\n", "1|2")]
    [InlineData("a;b\n1;2\n", "1|2")]
    [InlineData("a;b\n\"x;y\";2,5\n", "x;y|2,5")] // a European export: the separator from the header, a decimal comma stays in its field
    public void ReadAll_SeparatorFromTheHeader_SplitsOnIt(string csv, string secondRow)
    {
        var rows = new CsvReader(new StringReader(csv)).ReadAll().Select(r => string.Join("|", r.Fields)).ToList();

        rows[1].ShouldBe(secondRow);
    }
}
