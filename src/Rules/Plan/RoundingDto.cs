namespace Payout.Rules.Plan;

/// <summary>The plan's rounding block as written.</summary>
internal sealed record RoundingDto(string? Mode, int? Places);
