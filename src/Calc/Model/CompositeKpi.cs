namespace Payout.Calc.Model;

/// <summary>
/// A KPI made of others: Σ weight × value ÷ Σ weight, missing when any part is missing. Its n is
/// the smallest n of its parts. Ranked like any KPI (higher is better), e.g. for employee of the month.
/// </summary>
/// <param name="Name">The composite's name, e.g. <c>excellence</c>.</param>
/// <param name="Weights">Part KPI → weight (positive).</param>
public sealed record CompositeKpi(string Name, IReadOnlyDictionary<string, decimal> Weights);
