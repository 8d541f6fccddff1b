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

    /// <summary>Lines the ledger holds for earlier closed periods, for clawback rules.</summary>
    public PolicyTestBooked[]? Booked { get; init; }

    /// <summary>Accounts counted retained in an earlier period that churned in this one, for clawback rules.</summary>
    public PolicyTestChurn[]? Churns { get; init; }

    /// <summary>What explanations must say: a rule's outcome and words its sentence contains.</summary>
    public PolicyTestExplanation[]? Explain { get; init; }
}

/// <summary>A booked line in a test case: period, ledger id, rule, component, reward type (cash by default), amount, quantity and cost.</summary>
internal sealed record PolicyTestBooked(string? Period, long? LineId, string? Rule, string? Component, string? RewardType, decimal? Amount, decimal? Quantity, decimal? Cost);

/// <summary>A churned account in a test case.</summary>
internal sealed record PolicyTestChurn(string? AccountId, string? CountedIn, string? ChurnedOn, decimal? ArrEnd, decimal? BookArrEnd);

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
