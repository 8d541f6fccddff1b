using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Payout.Calc.Kpis;

/// <summary>The KPIs Payout computes, in the order they are reported.</summary>
public static partial class KpiCatalog
{
    /// <summary>Prefix of the target completion KPIs (<c>target_completion_csat</c>).</summary>
    public const string TargetCompletionPrefix = "target_completion_";

    private static readonly ConcurrentDictionary<string, string> TargetCompletionNames = new(StringComparer.Ordinal);

    /// <summary>KPIs computed from events and accounts, per person unless marked (team).</summary>
    public static IReadOnlyList<KpiDefinition> Base { get; } =
    [
        new("csat", "positive csat surveys (top two points of the scale) ÷ all csat surveys × 100", false),
        new("csat_avg", "mean csat score", false),
        new("nps", "% promoters (9–10) − % detractors (0–6) of nps surveys", false),
        new("ces", "mean customer effort score", false),
        new("ces_low_effort_pct", "ces responses in the bottom two points of the scale ÷ all ces responses × 100", false),
        new("frt_minutes", "mean minutes from created_at to first_response_at over tickets with a first response", true),
        new("art_hours", "mean hours from created_at to resolved_at over resolved tickets", true),
        new("aht_seconds", "mean talk + hold + after-call work seconds over answered calls", true),
        new("sla_adherence", "tickets that met every SLA target they carry ÷ tickets that carry one × 100", false),
        new("resolution_rate", "resolved tickets with contacts_to_resolve = 1 ÷ resolved tickets with contacts_to_resolve × 100", false),
        new("complaint_resolution_hours", "mean hours from created_at to resolved_at over resolved complaint tickets", true),
        new("feedback_response_rate", "feedback responded to ÷ feedback received × 100", false),
        new("iqs", "mean over QA reviews of the weighted mean of (score − min) ÷ (max − min) × 100", false),
        new("abandonment_rate", "(team) abandoned calls ÷ offered calls × 100", true),
        new("awt_seconds", "(team) total seconds from offered_at to answered_at ÷ answered calls", true),
        new("retention_rate", "(accounts at end − new) ÷ accounts at start × 100", false),
        new("churn_rate", "churned accounts ÷ accounts at start × 100", true),
        new("nrr", "Σ arr_end ÷ Σ arr_start over accounts present at start × 100", false),
        new("retention_cost", "Σ retention_cost ÷ retained accounts", false),
    ];

    /// <summary>Every computed KPI name: base KPIs, then one target completion KPI per base KPI.</summary>
    public static IReadOnlyList<KpiDefinition> All { get; } = WithTargets(Base);

    /// <summary>
    /// The KPI names rules may read: the catalog, the given external KPIs and a target completion
    /// KPI for each, in report order.
    /// </summary>
    public static IReadOnlyList<string> Names(IEnumerable<string> externalKpis, IEnumerable<string>? composites = null) =>
        Definitions(externalKpis, composites).Select(k => k.Name).ToList();

    /// <summary>The definitions of the KPIs <see cref="Names"/> lists, in the same order.</summary>
    public static IReadOnlyList<KpiDefinition> Definitions(IEnumerable<string> externalKpis, IEnumerable<string>? composites = null) =>
        WithTargets(Base
            .Concat(externalKpis.Order(StringComparer.Ordinal).Select(External))
            .Concat((composites ?? []).Select(c => new KpiDefinition(c, "weighted mean of other KPIs (weights in the plan's Composites)", false))));

    private static readonly FrozenSet<string> LowerIsBetterNames = Base.Where(k => k.LowerIsBetter).Select(k => k.Name).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True for a KPI on a 0–100 scale (a CSAT of 85 is 85 %): the base KPIs defined "× 100" and every
    /// target completion. External and composite KPIs are not known to be, so false.
    /// </summary>
    public static bool OnPercentScale(string name) =>
        name.StartsWith(TargetCompletionPrefix, StringComparison.Ordinal) || FindBase(name) is { } k && (k.Definition.Contains("× 100", StringComparison.Ordinal) || k.Name == "nps");

    /// <summary>Looks a base KPI up by name.</summary>
    public static KpiDefinition? FindBase(string name) => Base.FirstOrDefault(k => k.Name == name);

    /// <summary>True when a lower value of the KPI is better; false for any name not in the catalog.</summary>
    public static bool LowerIsBetter(string name) => LowerIsBetterNames.Contains(name);

    /// <summary>The name of the KPI's target completion, e.g. <c>target_completion_csat</c>; made once per name.</summary>
    public static string TargetCompletionOf(string kpi) => TargetCompletionNames.GetOrAdd(kpi, static k => TargetCompletionPrefix + k);

    /// <summary>The definition used for a KPI read from <c>external_kpis</c>.</summary>
    public static KpiDefinition External(string name) => new(name, "computed outside Payout (external_kpis)", false);

    /// <summary>
    /// True for a name an external KPI may take: snake_case, and neither a catalog name nor a
    /// target completion name.
    /// </summary>
    public static bool IsExternalName(string name) =>
        ExternalName().IsMatch(name) && FindBase(name) is null && !name.StartsWith(TargetCompletionPrefix, StringComparison.Ordinal);

    /// <summary>Base definitions followed by their target completion definitions.</summary>
    internal static IReadOnlyList<KpiDefinition> WithTargets(IEnumerable<KpiDefinition> actuals)
    {
        var list = actuals.ToList();
        return list.Concat(list.Select(k => new KpiDefinition(
            TargetCompletionPrefix + k.Name,
            k.LowerIsBetter ? $"target ÷ actual {k.Name} × 100 (lower is better)" : $"actual {k.Name} ÷ target × 100",
            false))).ToList();
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex ExternalName();
}
