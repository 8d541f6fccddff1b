using System.Text.Json.Serialization;
namespace Payout.Rules.Files;

/// <summary>A RulesEngine workflow as written (RulesEngine 6.0.1's schema, unchanged).</summary>
internal sealed record WorkflowDto(
    string? WorkflowName,
    string[]? WorkflowsToInject,
    string? RuleExpressionType,
    ScopedParamDto[]? GlobalParams,
    RuleDto[]? Rules)
{
    /// <summary>The JSON Schema an editor validates the file with (<c>"$schema"</c>); Payout ignores it.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }
}
