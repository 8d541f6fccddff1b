using NodaTime;

namespace Payout.Calc.Model;

/// <summary>Options for KPI computation.</summary>
/// <param name="MinSamples">Minimum sample size per KPI name; below it the KPI is missing.</param>
/// <param name="TimeZone">Zone whose midnights bound the period; events are placed by their instant.</param>
/// <param name="ExternalKpis">External KPI names every person reports, present in the data or not (the plan's declared ones).</param>
public sealed record KpiOptions(IReadOnlyDictionary<string, int> MinSamples, DateTimeZone TimeZone, IReadOnlyList<string> ExternalKpis)
{
    /// <summary>Composite KPIs computed from the others, in order.</summary>
    public IReadOnlyList<CompositeKpi> Composites { get; init; } = [];

    /// <summary>
    /// Threads to use: 1 reads and computes in line; more splits reading from folding, and
    /// computes people's KPIs and ranks side by side. Results do not depend on it.
    /// Zero (the default) means one per core.
    /// </summary>
    public int Threads { get; init; }

    /// <summary>Input limits: CSV line, field and column limits, .xlsx expansion.</summary>
    public Common.RunLimits Limits { get; init; } = Common.RunLimits.Default;

    /// <summary>Minimums only; UTC and no declared external KPIs.</summary>
    public KpiOptions(IReadOnlyDictionary<string, int> minSamples)
        : this(minSamples, DateTimeZone.Utc, [])
    {
    }

    /// <summary>No minimums, UTC, no declared external KPIs.</summary>
    public static KpiOptions Default { get; } = new(new Dictionary<string, int>());
}
