namespace Payout.Calc.Model;

/// <summary>
/// One KPI of one person for one period, with its lineage. A missing KPI has a null
/// <see cref="Value"/> and a <see cref="MissingReason"/>; it is never 0.
/// </summary>
/// <param name="Kpi">Catalog name, e.g. <c>csat</c>.</param>
/// <param name="Value">The KPI, unrounded, or null when missing.</param>
/// <param name="Numerator">What was divided (e.g. positive surveys).</param>
/// <param name="Denominator">What it was divided by (e.g. all surveys).</param>
/// <param name="N">Sample size: the number of events behind the value.</param>
/// <param name="MissingReason">Why the value is missing; null when present.</param>
/// <remarks>
/// A value, not an object: a run keeps about forty per person (100,000 people make four million),
/// and the collector's cost grows with the number of objects it keeps, so a person's KPIs are one array.
/// </remarks>
public readonly record struct KpiValue(string Kpi, decimal? Value, decimal Numerator, decimal Denominator, int N, string? MissingReason)
{
    /// <summary>A KPI with no data at all.</summary>
    public static KpiValue NoData(string kpi) => Missing(kpi, "no data in the period");

    /// <summary>A missing KPI with no lineage.</summary>
    public static KpiValue Missing(string kpi, string reason) => new(kpi, null, 0, 0, 0, reason);
}
