using Payout.Rules.Audit;
using Payout.Rules.Compile;

namespace Payout.Rules.Engine;

/// <summary>One rule's evaluation before exclusive groups are resolved.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Output">The OutputExpression's value, when it fired.</param>
/// <param name="Reason">Why it was skipped or superseded.</param>
/// <param name="Row">The person's facts; null when the rule was not evaluated.</param>
/// <param name="Scoped">GlobalParam then LocalParam values as evaluated; null when the rule was not evaluated.</param>
/// <remarks>A value: a person makes one per rule, and none outlives the evaluation.</remarks>
internal readonly record struct RuleVerdict(CompiledRule Rule, Outcome Outcome, decimal? Output, string? Reason, FactRow? Row = null, object?[]? Scoped = null);
