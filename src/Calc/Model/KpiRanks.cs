namespace Payout.Calc.Model;

/// <summary>A person's ranks for one KPI; null where the KPI is missing.</summary>
public readonly record struct KpiRanks(string Kpi, KpiRank? Team, KpiRank? Role);
