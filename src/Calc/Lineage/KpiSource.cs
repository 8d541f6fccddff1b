namespace Payout.Calc.Lineage;

/// <summary>Where a KPI's rows come from: a kind of file, the columns it reads and which rows count.</summary>
/// <param name="Kind">File kind, e.g. <c>surveys</c>.</param>
/// <param name="Id">The id column.</param>
/// <param name="When">The timestamp column that places a row in a period, or null for files with a <c>period</c> column.</param>
/// <param name="Columns">The columns shown for each row.</param>
/// <param name="ByTeam">True for team KPIs: the rows of the person's team, not the person's.</param>
/// <param name="Filter">Column and value a row must have (surveys of one kind, a target for one KPI), or null.</param>
internal sealed record KpiSource(string Kind, string Id, string? When, string[] Columns, bool ByTeam = false, (string Column, string Value)? Filter = null);
