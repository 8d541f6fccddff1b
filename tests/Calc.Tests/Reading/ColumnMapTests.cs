using CsCheck;
using Payout.Calc.Reading;

namespace Payout.Calc.Tests.Reading;

public sealed class ColumnMapTests
{
    private static readonly string[] Header = [" Ticket_ID", "employee_id", "created_at", "channel", "employee_id"];

    [Fact]
    public void IndexOf_AnyOrderOfLookups_SameAsTheHeader()
    {
        // Names as literals (interned, found by reference) and as fresh strings (found by hashing), asked in any order.
        string[] names = ["ticket_id", "employee_id", "created_at", "channel", "missing"];
        int[] expected = [0, 1, 2, 3, -1];
        Gen.Int[0, names.Length - 1].Array[1, 60].Select(Gen.Bool.Array[60]).Sample((order, fresh) =>
        {
            var map = new ColumnMap(Header);
            for (var i = 0; i < order.Length; i++)
            {
                var name = fresh[i] ? new string(names[order[i]].AsSpan()) : names[order[i]];
                map.IndexOf(name).ShouldBe(expected[order[i]], $"lookup {i} of {name}");
            }
        }, iter: 2_000);
    }

    [Fact]
    public void Contains_TrimmedLowerCasedHeader_FirstOfTwoEqualNamesWins()
    {
        var map = new ColumnMap(Header);

        map.Contains("ticket_id").ShouldBeTrue();
        map.Contains("Ticket_ID").ShouldBeFalse();
        map.IndexOf("employee_id").ShouldBe(1);
    }
}
