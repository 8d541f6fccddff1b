namespace Payout.Rules.Files;

/// <summary>A GlobalParam or LocalParam: a named expression later expressions can read.</summary>
internal sealed record ScopedParamDto(string? Name, string? Expression);
