namespace Payout.Rules.Facts;

/// <summary>A parameter of the plan (<c>rules/plan.json</c> Parameters), as C# rules match it.</summary>
/// <param name="Name">Parameter name, e.g. <c>trip_cost</c>.</param>
/// <param name="Value">Its value.</param>
public sealed record PlanValue(string Name, decimal Value);
