namespace Payout.Calc.Lineage;

/// <summary>One source row behind a KPI: where it is, what it is, and the values it gives.</summary>
/// <param name="File">File name inside the data folder.</param>
/// <param name="Line">1-based line of the row.</param>
/// <param name="Id">The row's id (ticket_id, survey_id…), or its key columns when it has none.</param>
/// <param name="Values">The columns the KPI reads, as <c>column=value</c> pairs.</param>
public sealed record TraceRow(string File, int Line, string Id, string Values);
