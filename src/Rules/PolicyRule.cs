using Payout.Rules.Files;

namespace Payout.Rules;

/// <summary>One rule of the policy as an auditor reads it on the Policies sheet.</summary>
/// <param name="Workflow">Workflow name (for C# rules: <c>csharp</c>).</param>
/// <param name="Name">Rule name.</param>
/// <param name="File">Source file.</param>
/// <param name="Line">Line of the rule in its file.</param>
/// <param name="Component">Pay component.</param>
/// <param name="RewardType">What it awards; null for a C# rule, whose action decides.</param>
/// <param name="Priority">Priority (tiers: higher wins).</param>
/// <param name="ExclusiveGroup">Exclusive group, if any.</param>
/// <param name="EffectiveFrom">First day in force, if limited.</param>
/// <param name="EffectiveTo">Last day in force, if limited.</param>
/// <param name="Condition">The condition as written.</param>
/// <param name="Output">The amount expression as written, if any.</param>
/// <param name="Description">Plain-language description.</param>
public sealed record PolicyRule(
    string Workflow,
    string Name,
    string File,
    int Line,
    string Component,
    RewardType? RewardType,
    int Priority,
    string? ExclusiveGroup,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo,
    string Condition,
    string? Output,
    string Description)
{
    /// <summary>The rule's LocalParams as written, <c>name = expression</c>, separated by "; ".</summary>
    public string LocalParams { get; init; } = string.Empty;

    /// <summary>Cost of one unit of a non-cash reward, when the rule sets it.</summary>
    public decimal? UnitCost { get; init; }

    /// <summary>Whether cash is multiplied by the person's proration.</summary>
    public bool Prorate { get; init; } = true;

    /// <summary>True when this version is in force on the period's first day.</summary>
    public bool InForce(DateOnly periodStart) =>
        (EffectiveFrom is null || EffectiveFrom <= periodStart) && (EffectiveTo is null || periodStart <= EffectiveTo);
}
