using Payout.Rules.Files;

namespace Payout.Rules.Compile;

/// <summary>Payout's metadata, read from a rule's <c>Properties</c>.</summary>
/// <param name="Component">Pay component, e.g. <c>agent_bonus</c>; groups lines in the workbook.</param>
/// <param name="RewardType">What the rule awards.</param>
/// <param name="ExclusiveGroup">Rules sharing a group are tiers: the highest priority that fires wins.</param>
/// <param name="Priority">Higher wins within an exclusive group.</param>
/// <param name="Description">Plain-language description for explanations.</param>
/// <param name="Prorate">Whether cash is multiplied by the person's proration factor.</param>
/// <param name="UnitCost">Cost to the company of one unit of a non-cash reward.</param>
/// <param name="EffectiveFrom">First day the rule is in force, inclusive.</param>
/// <param name="EffectiveTo">Last day the rule is in force, inclusive.</param>
public sealed record RuleMetadata(
    string Component,
    RewardType RewardType,
    string? ExclusiveGroup,
    int Priority,
    string Description,
    bool Prorate,
    decimal? UnitCost,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo)
{
    /// <summary>True when the two effective windows share at least one day.</summary>
    public bool Overlaps(RuleMetadata other) =>
        (EffectiveFrom ?? DateOnly.MinValue) <= (other.EffectiveTo ?? DateOnly.MaxValue)
        && (other.EffectiveFrom ?? DateOnly.MinValue) <= (EffectiveTo ?? DateOnly.MaxValue);

    /// <summary>True when the rule is in force on the period's first day.</summary>
    public bool InForce(DateOnly periodStart) =>
        (EffectiveFrom is null || EffectiveFrom <= periodStart) && (EffectiveTo is null || periodStart <= EffectiveTo);
}
