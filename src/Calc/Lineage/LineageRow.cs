namespace Payout.Calc.Lineage;

/// <summary>One source row of the period and whose KPIs it feeds, for the workbook's Lineage sheet.</summary>
/// <param name="Who">The employee_id, or the team for team KPIs.</param>
/// <param name="File">File name inside the data folder.</param>
/// <param name="Line">1-based line of the row.</param>
/// <param name="Id">The row's id.</param>
/// <param name="Kpis">The KPIs it feeds, comma-separated.</param>
public sealed record LineageRow(string Who, string File, int Line, string Id, string Kpis);
