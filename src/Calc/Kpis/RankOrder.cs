namespace Payout.Calc.Kpis;

/// <summary>Better value first, then the larger sample, then the smaller employee_id (ordinal): a total order, so ranks are unique.</summary>
internal readonly struct RankOrder(bool lowerIsBetter) : IComparer<RankEntry>
{
    public int Compare(RankEntry x, RankEntry y)
    {
        var byValue = lowerIsBetter ? x.Value.CompareTo(y.Value) : y.Value.CompareTo(x.Value);
        if (byValue != 0)
        {
            return byValue;
        }

        var bySample = y.N.CompareTo(x.N);
        return bySample != 0 ? bySample : string.CompareOrdinal(x.EmployeeId, y.EmployeeId);
    }
}
