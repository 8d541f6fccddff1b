namespace Payout.Calc.Kpis;

/// <summary>One present KPI value awaiting its rank: what orders it, and where its rank goes.</summary>
/// <param name="Key">The value, negated when higher is better, so the best value is always the smallest key.</param>
/// <param name="N">Sample size: the larger ranks first on equal values.</param>
/// <param name="EmployeeId">The last tie-break: the smaller id (ordinal) ranks first.</param>
/// <param name="Person">Where the rank goes: the person's index.</param>
/// <param name="Position">Where the rank goes: the KPI's index in the person's list.</param>
/// <remarks>
/// Comparable itself, with the direction folded into <see cref="Key"/>: a span of comparable
/// values sorts with direct calls, where a comparer is called through a delegate, and a ranking
/// makes millions of comparisons.
/// </remarks>
internal readonly record struct RankEntry(decimal Key, int N, string EmployeeId, int Person, int Position) : IComparable<RankEntry>
{
    /// <summary>The entry for a value of a KPI where lower is better or not.</summary>
    public static RankEntry Of(decimal value, bool lowerIsBetter, int n, string employeeId, int person, int position) =>
        new(lowerIsBetter ? value : -value, n, employeeId, person, position);

    /// <summary>Better value first, then the larger sample, then the smaller employee_id (ordinal): a total order, so ranks are unique.</summary>
    public int CompareTo(RankEntry other)
    {
        var byValue = Key.CompareTo(other.Key);
        if (byValue != 0)
        {
            return byValue;
        }

        var bySample = other.N.CompareTo(N);
        return bySample != 0 ? bySample : string.CompareOrdinal(EmployeeId, other.EmployeeId);
    }
}
