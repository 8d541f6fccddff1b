using System.Globalization;
using System.Text.Json;
using Payout.Rules.Audit;
using Payout.Rules.Facts;
using Payout.Rules.Files;

namespace Payout.Rules.Testing;

/// <summary>
/// Runs <c>rules/tests/*.json</c> against a loaded policy: each case's awards must equal its
/// <c>Expect</c> list exactly (rule and amount or quantity; any other award fails the case).
/// </summary>
public static class PolicyTestRunner
{
    /// <summary>Runs every case in every file of the folder, in file then case order.</summary>
    /// <exception cref="PolicyException">A test file is malformed.</exception>
    public static IReadOnlyList<PolicyTestResult> Run(Policy policy, string testsDirectory)
    {
        var errors = new List<PolicyError>();
        var results = new List<PolicyTestResult>();
        foreach (var path in Directory.EnumerateFiles(testsDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            PolicyTestFile? file = null;
            try
            {
                file = JsonSerializer.Deserialize<PolicyTestFile>(File.ReadAllBytes(path), StrictJson.Options);
            }
            catch (JsonException ex)
            {
                errors.Add(new PolicyError(path, (int)(ex.LineNumber ?? -1) + 1, string.Empty, StrictJson.Describe(ex)));
            }

            foreach (var (testCase, index) in (file?.Cases ?? []).Select((c, i) => (c, i)))
            {
                var name = testCase.Name ?? $"case {index + 1}";
                if (Check(testCase) is { } problem)
                {
                    errors.Add(new PolicyError(path, 0, string.Empty, $"case '{name}': {problem}"));
                    continue;
                }

                results.Add(RunCase(policy, path, name, testCase));
            }
        }

        return errors.Count > 0 ? throw new PolicyException(errors) : results;
    }

    private static string? Check(PolicyTestCase c) =>
        c.Name is null ? "Name is required"
        : !PeriodText.TryParse(c.Period, out _) ? $"Period '{c.Period}' is not 2026-09, 2026-Q3 or 2026"
        : c.Expect is null ? "Expect is required (an empty list when nothing is paid)"
        : c.Expect.FirstOrDefault(e => e.Rule is null || e.Amount is null == e.Quantity is null) is { } bad
            ? $"each Expect entry needs a Rule and one of Amount (cash) or Quantity (non-cash); got {JsonSerializer.Serialize(bad)}"
        : null;

    private static PolicyTestResult RunCase(Policy policy, string path, string name, PolicyTestCase c)
    {
        PeriodText.TryParse(c.Period, out var period);
        string actual, explanation;
        try
        {
            var result = policy.Evaluate(Person(c), period);
            actual = Awards(result.Lines.Select(l => l.RewardType == RewardType.Cash ? (l.Rule, $"amount {Money(l.Amount)}") : (l.Rule, $"quantity {Number(l.Quantity)}")));
            explanation = string.Join(Environment.NewLine, result.Audit.Select(a => a.Sentence));
        }
        catch (PolicyEvaluationException ex)
        {
            actual = "error: " + ex.Message;
            explanation = string.Empty;
        }

        var expected = Awards(c.Expect!.Select(e => (e.Rule!, e.Amount is { } a ? $"amount {Money(a)}" : $"quantity {Number(e.Quantity!.Value)}")));
        return new PolicyTestResult(path, name, expected == actual, expected, actual, explanation);
    }

    private static string Awards(IEnumerable<(string Rule, string What)> awards)
    {
        var lines = awards.Select(a => $"{a.Rule}: {a.What}").Order(StringComparer.Ordinal).ToList();
        return lines.Count == 0 ? "(nothing)" : string.Join(Environment.NewLine, lines);
    }

    private static PersonFacts Person(PolicyTestCase c)
    {
        var p = c.Person ?? [];
        string Text(string key, string fallback) => p.TryGetValue(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : fallback;
        decimal? Number(string key) => p.TryGetValue(key, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;
        var kpis = (c.Kpis ?? []).ToDictionary(k => k.Key, k => Fact(k.Value, c.Ranks?.GetValueOrDefault(k.Key)), StringComparer.Ordinal);
        foreach (var (kpi, rank) in (c.Ranks ?? []).Where(r => !kpis.ContainsKey(r.Key)))
        {
            kpis[kpi] = Fact(0m, rank); // a rank given alone implies the KPI is present
        }

        return new PersonFacts(
            Text("employee_id", "TEST"), Text("name", "Test Person"), Text("role", "agent"), Text("team", "Test"), Text("currency", "USD"),
            Number("annual_base_salary") ?? 48000m, Number("variable_pay_pct"), Number("fte") ?? 1m, Number("proration") ?? 1m, kpis)
        {
            History = (c.History ?? []).ToDictionary(
                h => h.Key,
                h => (IReadOnlyDictionary<string, KpiFact>)h.Value.ToDictionary(k => k.Key, k => Fact(k.Value, null), StringComparer.Ordinal),
                StringComparer.Ordinal),
        };
    }

    private static KpiFact Fact(decimal? value, PolicyTestRank? rank)
    {
        var of = rank?.Of ?? 10;
        RankFact? Rank(int? r) => r is { } n ? new RankFact(n, of, of == 1 ? 100m : (of - n) * 100m / (of - 1)) : null;
        return value is null
            ? new KpiFact(null, 0, 0, 0, "given as missing in the test case")
            : new KpiFact(value, value.Value, 1, 100, null) { Team = Rank(rank?.Team), Role = Rank(rank?.Role) };
    }

    private static string Money(decimal d) => d.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Number(decimal d) => d.ToString("0.####", CultureInfo.InvariantCulture);
}
