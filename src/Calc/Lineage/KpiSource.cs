namespace Payout.Calc.Lineage;

/// <summary>Where KPIs' rows come from: a kind of file, the columns read and which rows count.</summary>
/// <param name="Kind">File kind, e.g. <c>surveys</c>.</param>
/// <param name="Id">The id column.</param>
/// <param name="When">The timestamp column that places a row in a period, or null for files with a <c>period</c> column.</param>
/// <param name="Columns">The columns shown for each row.</param>
/// <param name="Kpis">The KPIs the rows feed; empty when a column names the KPI (<see cref="KpiColumn"/>).</param>
/// <param name="ByTeam">True for team KPIs: rows belong to a team, not a person.</param>
/// <param name="Filter">Column and value a row must have (surveys of one kind), or null.</param>
/// <param name="KpiColumn">For targets and external KPIs: the column that names the KPI a row feeds.</param>
internal sealed record KpiSource(string Kind, string Id, string? When, string[] Columns, string[] Kpis, bool ByTeam = false, (string Column, string Value)? Filter = null, string? KpiColumn = null)
{
    /// <summary>The KPIs a row of this source feeds.</summary>
    public IEnumerable<string> KpisOf(Reading.DataRow row) => KpiColumn is { } column
        ? Kind == "targets" ? [Kpis[0] + row.Raw(column)] : [row.Raw(column)]
        : Kpis;
}
