namespace Payout.Rules.Facts;

/// <summary>A KPI as rules see it: a value with its lineage, or missing with a reason.</summary>
/// <param name="Value">The value, or null when missing.</param>
/// <param name="Numerator">Numerator behind the value.</param>
/// <param name="Denominator">Denominator behind the value.</param>
/// <param name="N">Sample size.</param>
/// <param name="MissingReason">Why it is missing; null when present.</param>
public sealed record KpiFact(decimal? Value, decimal Numerator, decimal Denominator, int N, string? MissingReason)
{
    /// <summary>Place within the person's team; null when the KPI is missing. Read as <c>team_rank.&lt;kpi&gt;</c> and <c>team_percentile.&lt;kpi&gt;</c>.</summary>
    public RankFact? Team { get; init; }

    /// <summary>Place within the person's role; null when the KPI is missing. Read as <c>role_rank.&lt;kpi&gt;</c> and <c>role_percentile.&lt;kpi&gt;</c>.</summary>
    public RankFact? Role { get; init; }
}
