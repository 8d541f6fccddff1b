using System.Text.Json;

namespace Payout.Rules.Files;

/// <summary>An action: Payout supports <c>OutputExpression</c> with <c>Context.Expression</c>.</summary>
internal sealed record ActionInfoDto(string? Name, Dictionary<string, JsonElement>? Context);
