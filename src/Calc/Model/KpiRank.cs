namespace Payout.Calc.Model;

/// <summary>A person's place for one KPI within a group (team or role).</summary>
/// <param name="Rank">1 is best. Ties are broken by larger sample size, then by employee_id (ordinal), so ranks are unique.</param>
/// <param name="Of">People in the group with a value for the KPI.</param>
/// <param name="Percentile">(Of − Rank) ÷ (Of − 1) × 100: 100 for the best, 0 for the last; 100 when alone.</param>
public sealed record KpiRank(int Rank, int Of, decimal Percentile);
