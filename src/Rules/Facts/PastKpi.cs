namespace Payout.Rules.Facts;

/// <summary>A KPI of an earlier quarter of the year, supplied in runs that close a year.</summary>
/// <param name="Period">The quarter, e.g. <c>2026-Q1</c>.</param>
/// <param name="Name">The KPI.</param>
/// <param name="Value">Its value, or null when missing.</param>
public sealed record PastKpi(string Period, string Name, decimal? Value);
