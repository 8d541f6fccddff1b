namespace Payout.Calc.Kpis;

/// <summary>A catalog entry.</summary>
/// <param name="Name">The name rules use, e.g. <c>csat</c>.</param>
/// <param name="Definition">One line used in explanations.</param>
/// <param name="LowerIsBetter">True for durations, abandonment and churn: target completion inverts.</param>
public sealed record KpiDefinition(string Name, string Definition, bool LowerIsBetter);
