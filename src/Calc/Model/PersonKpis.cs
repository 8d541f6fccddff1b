namespace Payout.Calc.Model;

/// <summary>Everything Calc knows about one person for a period.</summary>
/// <param name="Employee">The employee row.</param>
/// <param name="Proration">See <see cref="Employee.ProrationFor"/>.</param>
/// <param name="Kpis">Every KPI in report order, present or missing.</param>
/// <param name="Ranks">Rank and percentile of each KPI within team and within role, in the same order.</param>
public sealed record PersonKpis(Employee Employee, decimal Proration, IReadOnlyList<KpiValue> Kpis, IReadOnlyList<KpiRanks> Ranks);
