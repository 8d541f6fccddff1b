namespace Payout.Rules.Facts;

/// <summary>
/// One KPI of the person for the period, as C# rules match it. A missing KPI is a fact too, with a
/// null <see cref="Value"/> and its reason, so a rule can match on it being missing; a rule that
/// compares a missing value does not fire and its explanation says why.
/// </summary>
/// <param name="Name">Catalog name: csat, nrr, target_completion_csat, a composite or an external KPI.</param>
/// <param name="Value">The value, or null when missing.</param>
/// <param name="Numerator">What was divided.</param>
/// <param name="Denominator">What it was divided by.</param>
/// <param name="N">Sample size.</param>
/// <param name="MissingReason">Why it is missing; null when present.</param>
public sealed record Kpi(string Name, decimal? Value, decimal Numerator, decimal Denominator, int N, string? MissingReason)
{
    /// <summary>True when the KPI has no value.</summary>
    public bool IsMissing => Value is null;

    /// <summary>Rank within the person's team (1 = best), or null when missing.</summary>
    public int? TeamRank { get; init; }

    /// <summary>People in the team with a value.</summary>
    public int? TeamOf { get; init; }

    /// <summary>Percentile within the team (100 = best).</summary>
    public decimal? TeamPercentile { get; init; }

    /// <summary>Rank within the person's role across the company (1 = best), or null when missing.</summary>
    public int? RoleRank { get; init; }

    /// <summary>People in the role with a value.</summary>
    public int? RoleOf { get; init; }

    /// <summary>Percentile within the role (100 = best).</summary>
    public decimal? RolePercentile { get; init; }
}
