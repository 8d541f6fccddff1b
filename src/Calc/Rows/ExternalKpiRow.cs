namespace Payout.Calc.Rows;

/// <summary>One row of <c>external_kpis.csv</c>: a KPI computed elsewhere.</summary>
internal sealed record ExternalKpiRow(string EmployeeId, string Period, string Kpi, decimal Value, string? Source);
