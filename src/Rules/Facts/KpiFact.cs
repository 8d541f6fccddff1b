namespace Payout.Rules.Facts;

/// <summary>A KPI as rules see it: a value with its lineage, or missing with a reason.</summary>
/// <param name="Value">The value, or null when missing.</param>
/// <param name="Numerator">Numerator behind the value.</param>
/// <param name="Denominator">Denominator behind the value.</param>
/// <param name="N">Sample size.</param>
/// <param name="MissingReason">Why it is missing; null when present.</param>
public sealed record KpiFact(decimal? Value, decimal Numerator, decimal Denominator, int N, string? MissingReason);
