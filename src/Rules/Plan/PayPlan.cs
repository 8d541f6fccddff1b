using NodaTime;

namespace Payout.Rules.Plan;

/// <summary>The plan file (<c>rules/plan.json</c>): settings shared by every rule.</summary>
/// <param name="Name">Plan name shown in the workbook.</param>
/// <param name="Rounding">Currency rounding.</param>
/// <param name="MinSamples">Minimum sample size per KPI; below it the KPI is missing.</param>
/// <param name="Parameters">Values exposed to expressions as <c>plan.&lt;Name&gt;</c>, all decimal.</param>
/// <param name="Workflows">Workflow name → roles it applies to.</param>
/// <param name="TimeZone">Zone whose midnights bound periods (IANA id, default UTC).</param>
/// <param name="ExternalKpis">KPI names supplied by <c>external_kpis</c> that rules may read.</param>
public sealed record PayPlan(
    string Name,
    RoundingPolicy Rounding,
    IReadOnlyDictionary<string, int> MinSamples,
    IReadOnlyDictionary<string, decimal> Parameters,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Workflows,
    DateTimeZone TimeZone,
    IReadOnlyList<string> ExternalKpis)
{
    /// <summary>Cap and floor per component name.</summary>
    public IReadOnlyDictionary<string, ComponentLimit> Components { get; init; } = new Dictionary<string, ComponentLimit>();

    /// <summary>Composite KPIs: name → part KPI → weight. Rules read them like any KPI, ranks included.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> Composites { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, decimal>>();

    /// <summary>The currency fx_rates.csv converts to, for one total across currencies; null when the plan has none.</summary>
    public string? ReportingCurrency { get; init; }

    /// <summary>How lines reach payroll and the ledger; null when the plan has no <c>Payroll</c> section (no payroll export then).</summary>
    public PayrollPlan? Payroll { get; init; }

    /// <summary>Working days in a year: a paid day off costs annual base × FTE ÷ this.</summary>
    public decimal WorkingDaysPerYear { get; init; } = 260m;
}
