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
    PolicyTestAward[]? Expect);

/// <summary>Ranks of one KPI in a test case; percentiles follow from rank and group size.</summary>
internal sealed record PolicyTestRank(int? Team, int? Role, int? Of);

/// <summary>An expected award: cash <c>Amount</c> or a non-cash <c>Quantity</c>.</summary>
internal sealed record PolicyTestAward(string? Rule, decimal? Amount, decimal? Quantity);

/// <summary>A file of cases.</summary>
internal sealed record PolicyTestFile(PolicyTestCase[]? Cases);
