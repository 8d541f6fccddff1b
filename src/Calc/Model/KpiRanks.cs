namespace Payout.Calc.Model;

/// <summary>A person's ranks for one KPI; null where the KPI is missing.</summary>
public sealed record KpiRanks(string Kpi, KpiRank? Team, KpiRank? Role);
