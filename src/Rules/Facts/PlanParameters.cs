namespace Payout.Rules.Facts;

/// <summary>
/// The plan's parameters (<c>rules/plan.json</c> Parameters) as one fact: <c>plan["trip_cost"]</c>.
/// One fact rather than one per parameter, so a session does not test every parameter against every
/// rule that reads one.
/// </summary>
/// <param name="Parameters">Every parameter by name.</param>
public sealed record PlanParameters(IReadOnlyDictionary<string, decimal> Parameters)
{
    /// <summary>A parameter's value; the names rules use are checked when the rules load.</summary>
    /// <exception cref="KeyNotFoundException">No parameter has that name.</exception>
    public decimal this[string name] => Parameters.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"unknown plan parameter '{name}'");
}
