namespace Payout.Calc.Model;

/// <summary>A person's place for one KPI within a group (team or role).</summary>
/// <remarks>A value, not an object: a run ranks every person on every KPI twice, millions of ranks at scale.</remarks>
/// <param name="Rank">1 is best. Ties are broken by larger sample size, then by employee_id (ordinal), so ranks are unique.</param>
/// <param name="Of">People in the group with a value for the KPI.</param>
public readonly record struct KpiRank(int Rank, int Of)
{
    /// <summary>(Of − Rank) ÷ (Of − 1) × 100: 100 for the best, 0 for the last; 100 when alone. Not rounded.</summary>
    public decimal Percentile => Of == 1 ? 100m : (Of - Rank) * 100m / (Of - 1);
}
