namespace Payout.Rules.Audit;

/// <summary>What happened when a rule met a person.</summary>
public enum Outcome
{
    /// <summary>The condition held and the rule paid (or awarded).</summary>
    Fired,

    /// <summary>The condition did not hold.</summary>
    NotFired,

    /// <summary>The condition held but a higher-priority rule in the same exclusive group won.</summary>
    Superseded,

    /// <summary>The rule reads a missing KPI or field, so it was not evaluated and does not pay.</summary>
    SkippedMissingInput,
}
