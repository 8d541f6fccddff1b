using System.Text.Json;

namespace Payout.Rules.Files;

/// <summary>A RulesEngine rule as written: a leaf with <c>Expression</c> or a parent with <c>Rules</c>.</summary>
internal sealed record RuleDto(
    string? RuleName,
    Dictionary<string, JsonElement>? Properties,
    string? Operator,
    string? ErrorMessage,
    string? SuccessEvent,
    bool? Enabled,
    string? RuleExpressionType,
    string[]? WorkflowsToInject,
    RuleDto[]? Rules,
    ScopedParamDto[]? LocalParams,
    string? Expression,
    RuleActionsDto? Actions);
