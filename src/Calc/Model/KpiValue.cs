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
public sealed record KpiValue(string Kpi, decimal? Value, decimal Numerator, decimal Denominator, int N, string? MissingReason)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Kpi, string Reason), KpiValue> Shared = new();

    /// <summary>A KPI with no data at all.</summary>
    public static KpiValue NoData(string kpi) => Missing(kpi, "no data in the period");

    /// <summary>
    /// A missing KPI with no lineage. Records are immutable, so one instance per name and reason
    /// serves every person: at 100,000 people most KPIs of most people are missing.
    /// </summary>
    public static KpiValue Missing(string kpi, string reason) => Shared.GetOrAdd((kpi, reason), key => new KpiValue(key.Kpi, null, 0, 0, 0, key.Reason));
}
