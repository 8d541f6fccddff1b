namespace Payout.Calc.Kpis;

/// <summary>One present KPI value awaiting its rank: what orders it, and where its rank goes.</summary>
/// <remarks>
/// Comparable itself, with the direction folded into the key: a span of comparable values sorts
/// with direct calls, where a comparer is called through a delegate, and a ranking makes tens of
/// millions of comparisons. Most are settled by a double approximation of the key; comparing two
/// decimals of different scales costs many times more. The approximation only decides when the
/// two doubles are far enough apart that conversion error cannot have swapped them, so the
/// order is exactly the decimal order.
/// </remarks>
internal readonly struct RankEntry : IComparable<RankEntry>
{
    // Converting a decimal to double errs by a few units in the last place (about 1e-16 relative);
    // doubles further apart than this are in the order of their decimals.
    private const double Settled = 1e-12;
    private readonly double _approximate;
    private readonly decimal _key;
    private readonly long _tie;

    /// <summary>An entry for a KPI value.</summary>
    /// <param name="value">The value.</param>
    /// <param name="lowerIsBetter">Whether a smaller value ranks first.</param>
    /// <param name="n">Sample size: the larger ranks first on equal values.</param>
    /// <param name="idOrder">The person's place in ordinal employee_id order: the last tie-break, smaller first.</param>
    /// <param name="slot">Where the rank goes.</param>
    /// <param name="person">Whose value it is.</param>
    public RankEntry(decimal value, bool lowerIsBetter, int n, int idOrder, int slot, int person)
    {
        _key = lowerIsBetter ? value : -value; // the best value is always the smallest key
        _approximate = (double)_key;
        _tie = ((long)(int.MaxValue - n) << 32) | (uint)idOrder;
        Slot = slot;
        Person = person;
    }

    /// <summary>Where the rank goes: an index into the ranks of every person's KPIs, laid end to end.</summary>
    public int Slot { get; }

    /// <summary>Whose value it is: the person's index.</summary>
    public int Person { get; }

    /// <summary>Better value first, then the larger sample, then the smaller employee_id: a total order, so ranks are unique.</summary>
    public int CompareTo(RankEntry other)
    {
        var a = _approximate;
        var b = other._approximate;
        if (Math.Abs(a - b) > Settled * Math.Max(Math.Abs(a), Math.Abs(b)))
        {
            return a < b ? -1 : 1;
        }

        var byValue = _key.CompareTo(other._key);
        return byValue != 0 ? byValue : _tie.CompareTo(other._tie);
    }
}
