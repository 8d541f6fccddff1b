using System.Text.Json.Serialization;
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
    Dictionary<string, Dictionary<string, decimal>>? Composites,
    PayrollDto? Payroll = null,
    string? ReportingCurrency = null)
{
    /// <summary>The JSON Schema an editor validates the file with (<c>"$schema"</c>); Payout ignores it.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }
}
