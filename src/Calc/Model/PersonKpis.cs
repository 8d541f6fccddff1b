namespace Payout.Calc.Model;

/// <summary>Everything Calc knows about one person for a period.</summary>
/// <param name="Employee">The employee row.</param>
/// <param name="Proration">See <see cref="Employee.ProrationFor"/>.</param>
/// <param name="Kpis">Every catalog KPI, in catalog order, present or missing.</param>
public sealed record PersonKpis(Employee Employee, decimal Proration, IReadOnlyList<KpiValue> Kpis);
