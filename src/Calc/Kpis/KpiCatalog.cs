namespace Payout.Calc.Kpis;

/// <summary>The KPIs Payout computes, in the order they are reported.</summary>
public static class KpiCatalog
{
    /// <summary>Prefix of the target completion KPIs (<c>target_completion_csat</c>).</summary>
    public const string TargetCompletionPrefix = "target_completion_";

    /// <summary>KPIs computed from events and accounts.</summary>
    public static IReadOnlyList<KpiDefinition> Base { get; } =
    [
        new("csat", "positive csat surveys (top two points of the scale) ÷ all csat surveys × 100", false),
        new("nps", "% promoters (9–10) − % detractors (0–6) of nps surveys", false),
        new("frt_minutes", "mean minutes from created_at to first_response_at over tickets with a first response", true),
        new("sla_adherence", "tickets that met every SLA target they carry ÷ tickets that carry one × 100", false),
        new("iqs", "mean over QA reviews of the weighted mean of (score − min) ÷ (max − min) × 100", false),
        new("retention_rate", "(accounts at end − new) ÷ accounts at start × 100", false),
        new("churn_rate", "churned accounts ÷ accounts at start × 100", true),
        new("nrr", "Σ arr_end ÷ Σ arr_start over accounts present at start × 100", false),
    ];

    /// <summary>Every KPI name, base KPIs first, then one target completion KPI per base KPI.</summary>
    public static IReadOnlyList<KpiDefinition> All { get; } = Base
        .Concat(Base.Select(k => new KpiDefinition(
            TargetCompletionPrefix + k.Name,
            k.LowerIsBetter ? $"target ÷ actual {k.Name} × 100 (lower is better)" : $"actual {k.Name} ÷ target × 100",
            false)))
        .ToList();

    /// <summary>Looks a base KPI up by name.</summary>
    public static KpiDefinition? FindBase(string name) => Base.FirstOrDefault(k => k.Name == name);
}
