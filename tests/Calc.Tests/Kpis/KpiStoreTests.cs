using Payout.Calc.Kpis;
using Payout.Calc.Model;

namespace Payout.Calc.Tests.Kpis;

/// <summary>The column store must give back every KPI exactly as it was written.</summary>
public sealed class KpiStoreTests
{
    private static readonly KpiValue[] Kinds =
    [
        new("csat", 90m, 45, 50, 50, null),                                    // present
        new("nps", 12.50m, 0.00m, 8m, 8, null),                                // present, lineage with a scaled zero
        KpiValue.NoData("ces"),                                                 // missing, no lineage
        KpiValue.Missing("frt_minutes", "fewer than 5 tickets"),               // missing, another reason
        new("iqs", null, 3m, 2m, 2, "fewer than 3 reviews (2)"),               // missing, with lineage
        new("nrr", null, 0m, 0m, 0, null),                                      // missing, no reason at all
        new("aht_seconds", null, -0m, 0m, 0, "no data in the period"),         // a negative zero is lineage too
        new("churn_rate", 0m, 0m, 0m, 0, null),                                 // present and zero
    ];

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 1)]
    [InlineData(KpiStore.BlockSize + 5, 2)] // two blocks, the second part full
    public void Compute_AnyPeople_ReadsBackWhatWasWritten(int people, int threads)
    {
        var rows = KpiStore.Compute(people, Kinds.Length, threads, (p, into) => Write(p, into));

        rows.Length.ShouldBe(people);
        for (var p = 0; p < people; p++)
        {
            var expected = new KpiValue[Kinds.Length];
            Write(p, expected);
            rows[p].Count.ShouldBe(Kinds.Length);
            for (var k = 0; k < Kinds.Length; k++)
            {
                var actual = rows[p][k];
                actual.ShouldBe(expected[k]);
                // Equal decimals may differ in scale or sign; what is written to the workbook must not.
                Text(actual).ShouldBe(Text(expected[k]));
            }

            rows[p].ToList().ShouldBe(expected);
        }
    }

    [Fact]
    public void Compute_PeopleListingOtherKpis_Throws()
    {
        var ex = Should.Throw<InvalidOperationException>(() => KpiStore.Compute(2, 1, 1, (p, into) => into[0] = KpiValue.NoData(p == 0 ? "csat" : "nps")));

        ex.Message.ShouldContain("KPI 0 of person 1");
    }

    [Fact]
    public void Indexer_OutOfRange_Throws()
    {
        var rows = KpiStore.Compute(1, Kinds.Length, 1, (p, into) => Write(p, into));

        Should.Throw<ArgumentOutOfRangeException>(() => rows[0][Kinds.Length]);
    }

    // Each person gets the kinds rotated and scaled by the person's number, so blocks hold different values.
    private static void Write(int person, Span<KpiValue> into)
    {
        for (var k = 0; k < Kinds.Length; k++)
        {
            var kind = Kinds[(k + person) % Kinds.Length];
            into[k] = kind with { Kpi = Kinds[k].Kpi, Value = kind.Value is { } v ? v + person : null, N = kind.N + (kind.N > 0 ? person : 0) };
        }
    }

    private static void Write(int person, ArraySegment<KpiValue> into) => Write(person, into.AsSpan());

    private static string Text(KpiValue v) => FormattableString.Invariant($"{v.Kpi}|{v.Value}|{v.Numerator}|{v.Denominator}|{v.N}|{v.MissingReason}|{decimal.IsNegative(v.Numerator)}");
}
