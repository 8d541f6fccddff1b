namespace Payout.Rules.Files;

/// <summary>A RulesEngine workflow as written (RulesEngine 6.0.1's schema, unchanged).</summary>
internal sealed record WorkflowDto(
    string? WorkflowName,
    string[]? WorkflowsToInject,
    string? RuleExpressionType,
    ScopedParamDto[]? GlobalParams,
    RuleDto[]? Rules);
