using System.Text.Json;

namespace Payout.Rules.Plan;

/// <summary>The plan file as written; validated by <see cref="PlanFileValidator"/> before use.</summary>
internal sealed record PlanFileDto(
    string? Name,
    RoundingDto? Rounding,
    Dictionary<string, int>? MinSamples,
    Dictionary<string, JsonElement>? Parameters,
    Dictionary<string, string[]>? Workflows,
    string? TimeZone,
    string[]? ExternalKpis,
    Dictionary<string, ComponentLimit>? Components,
    decimal? WorkingDaysPerYear,
    Dictionary<string, Dictionary<string, decimal>>? Composites);
