using System.Text.Json.Serialization;
using System.Text.Json;

namespace Payout.Rules.Testing;

/// <summary>One case of <c>rules/tests/*.json</c>: a person, their KPIs and a period, and the awards expected.</summary>
internal sealed record PolicyTestCase(
    string? Name,
    string? Period,
    Dictionary<string, JsonElement>? Person,
    Dictionary<string, decimal?>? Kpis,
    Dictionary<string, PolicyTestRank>? Ranks,
    Dictionary<string, Dictionary<string, decimal?>>? History,
    PolicyTestAward[]? Expect)
{
    /// <summary>The person's team KPIs (pooled value and the team's rank among its role's teams), for rules that reward teams.</summary>
    public Dictionary<string, PolicyTestTeamKpi>? Teams { get; init; }

    /// <summary>What explanations must say: a rule's outcome and words its sentence contains.</summary>
    public PolicyTestExplanation[]? Explain { get; init; }
}

/// <summary>A team KPI in a test case.</summary>
internal sealed record PolicyTestTeamKpi(decimal? Value, int? Rank, int? Of);

/// <summary>An expected explanation: the rule, optionally its outcome (Fired, NotFired, Superseded, SkippedMissingInput) and words its sentence contains.</summary>
internal sealed record PolicyTestExplanation(string? Rule, string? Outcome, string? Contains);

/// <summary>Ranks of one KPI in a test case; percentiles follow from rank and group size.</summary>
internal sealed record PolicyTestRank(int? Team, int? Role, int? Of);

/// <summary>An expected award: cash <c>Amount</c> or a non-cash <c>Quantity</c>.</summary>
internal sealed record PolicyTestAward(string? Rule, decimal? Amount, decimal? Quantity);

/// <summary>A file of cases.</summary>
internal sealed record PolicyTestFile(PolicyTestCase[]? Cases)
{
    /// <summary>The JSON Schema an editor validates the file with (<c>"$schema"</c>); Payout ignores it.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }
}
