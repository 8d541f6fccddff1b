using Payout.Rules.Audit;
using Payout.Rules.Compile;

namespace Payout.Rules.Engine;

/// <summary>One rule's evaluation before exclusive groups are resolved.</summary>
internal sealed record RuleVerdict(CompiledRule Rule, Outcome Outcome, string Inputs, string Scoped, decimal? Output, string? Reason);
