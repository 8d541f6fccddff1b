using CsCheck;
using Payout.Calc.Reading;

namespace Payout.Calc.Tests.Reading;

/// <summary>Duplicate detection must match a plain set of the strings, whatever shape the ids take.</summary>
public sealed class UniqueIdsTests
{
    private static readonly string[] Prefixes = ["T", "T-", "", "x9y", "tick"];

    [Theory]
    [InlineData("T0000000001", "T0000000001", false)]
    [InlineData("T0000000001", "T0000000002", true)]
    [InlineData("T01", "T1", true)] // the same number, but a different id
    [InlineData("T1", "U1", true)]
    [InlineData("42", "42", false)]
    [InlineData("abc", "abc", false)]
    [InlineData("abc", "abd", true)]
    [InlineData("T1234567890123456789", "T1234567890123456789", false)] // too many digits for a counter
    public void Add_SecondId_NewOnlyWhenDifferent(string first, string second, bool secondIsNew)
    {
        var ids = new UniqueIds();
        ids.Add(first).ShouldBeTrue();
        ids.Add(second).ShouldBe(secondIsNew);
    }

    [Fact]
    public void Add_SequentialCountersAcrossManyPages_EveryRepeatFound()
    {
        var ids = new UniqueIds();
        for (var i = 0; i < 200_000; i++)
        {
            ids.Add($"T{i:D10}").ShouldBeTrue();
        }

        for (var i = 0; i < 200_000; i += 997)
        {
            ids.Add($"T{i:D10}").ShouldBeFalse();
        }
    }

    [Fact]
    public void Add_SparseCountersAndManyPrefixes_EveryRepeatFound()
    {
        // Numbers far apart refuse bitmap pages, and composite keys exceed the prefix limit: both fall back to hashing.
        var first = Enumerable.Range(0, 5_000).Select(i => $"S{(long)i * 1_000_003_777:D15}")
            .Concat(Enumerable.Range(0, 500).Select(i => $"A{i}\u001f2026-Q3")).ToList();
        var ids = new UniqueIds();
        first.ShouldAllBe(id => ids.Add(id));
        first.ShouldAllBe(id => !ids.Add(id));
    }

    [Fact]
    public void Add_AnyIds_AgreesWithAStringSet()
    {
        // A handful of prefixes, digit counts and numbers so that repeats, near misses and page edges come up often.
        var id = Gen.Select(Gen.Int[0, Prefixes.Length - 1], Gen.Int[0, 6], Gen.Long[0, 70_000])
            .Select((prefix, pad, n) => Prefixes[prefix] + n.ToString(new string('0', pad + 1), System.Globalization.CultureInfo.InvariantCulture));
        id.Array[1, 400].Sample(batch =>
        {
            var ids = new UniqueIds();
            var strings = new HashSet<string>(StringComparer.Ordinal);
            return batch.All(i => ids.Add(i) == strings.Add(i));
        }, iter: 2_000);
    }
}
