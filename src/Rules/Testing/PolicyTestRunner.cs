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
                file = JsonSerializer.Deserialize<PolicyTestFile>(StrictJson.Read(path), StrictJson.Options);
            }
            catch (JsonException ex)
            {
                errors.Add(new PolicyError(path, (int)(ex.LineNumber ?? -1) + 1, string.Empty, StrictJson.Describe(ex)));
            }

            var lines = new JsonLines(File.ReadAllText(path));
            foreach (var (testCase, index) in (file?.Cases ?? []).Select((c, i) => (c, i)))
            {
                var name = testCase.Name ?? $"case {index + 1}";
                var caseLine = testCase.Name is null ? 0 : lines.Find($"\"{testCase.Name}\"", 1);
                var problems = Check(testCase, policy).ToList();
                foreach (var (problem, key) in problems)
                {
                    var line = key is null ? caseLine : lines.Find($"\"{key}\"", caseLine) is var at and > 0 ? at : caseLine;
                    errors.Add(new PolicyError(path, line, string.Empty, $"case '{name}': {problem}"));
                }

                if (problems.Count == 0)
                {
                    results.Add(RunCase(policy, path, name, testCase));
                }
            }
        }

        return errors.Count > 0 ? throw new PolicyException(errors) : results;
    }

    /// <summary>The person fields a case may give; anything else is a typo that would silently take a default.</summary>
    private static readonly string[] PersonFields =
        ["employee_id", "name", "role", "team", "currency", "annual_base_salary", "variable_pay_pct", "fte", "proration", "hire_date", "termination_date"];

    /// <summary>Each problem of a case, with the JSON key to point at (null: the case itself).</summary>
    private static IEnumerable<(string Problem, string? Key)> Check(PolicyTestCase c, Policy policy)
    {
        if (c.Name is null)
        {
            yield return ("Name is required", null);
        }

        if (!PeriodText.TryParse(c.Period, out _))
        {
            yield return ($"Period '{c.Period}' is not 2026-09, 2026-Q3 or 2026", "Period");
        }

        if (c.Expect is null)
        {
            yield return ("Expect is required (an empty list when nothing is paid)", null);
        }
        else if (c.Expect.FirstOrDefault(e => e.Rule is null || e.Amount is null == e.Quantity is null) is { } bad)
        {
            yield return ($"each Expect entry needs a Rule and one of Amount (cash) or Quantity (non-cash); got {JsonSerializer.Serialize(bad)}", "Expect");
        }

        foreach (var (key, value) in c.Person ?? [])
        {
            if (!PersonFields.Contains(key))
            {
                yield return ($"Person has no field '{key}'{Common.Spelling.DidYouMean(key, PersonFields)} (fields: {string.Join(", ", PersonFields)})", key);
            }
            else if (key is "role" && (value.ValueKind != JsonValueKind.String || !policy.Roles.Contains(value.GetString()!)))
            {
                yield return ($"Person.role {value.GetRawText()} is not a role of the policy ({string.Join(", ", policy.Roles)}){Common.Spelling.DidYouMean(value.ToString(), policy.Roles)}", key);
            }
            else if (key is "hire_date" or "termination_date" && (value.ValueKind != JsonValueKind.String || !DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", out _)))
            {
                yield return ($"Person.{key} {value.GetRawText()} is not a date (yyyy-MM-dd)", key);
            }
            else if (key is "annual_base_salary" or "variable_pay_pct" or "fte" or "proration" && value.ValueKind != JsonValueKind.Number)
            {
                yield return ($"Person.{key} {value.GetRawText()} is not a number", key);
            }
        }

        foreach (var b in c.Booked ?? [])
        {
            if (!PeriodText.TryParse(b.Period, out _))
            {
                yield return ($"Booked line Period '{b.Period}' is not 2026-09, 2026-Q3 or 2026", "Booked");
            }

            if (string.IsNullOrEmpty(b.Component))
            {
                yield return ("each Booked line needs its Component", "Booked");
            }

            if (b.RewardType is not null && RewardTypes.Parse(b.RewardType) is null)
            {
                yield return ($"Booked line RewardType '{b.RewardType}' is not one of {string.Join(", ", RewardTypes.Names)}", "Booked");
            }
        }

        foreach (var churn in c.Churns ?? [])
        {
            if (!PeriodText.TryParse(churn.CountedIn, out _))
            {
                yield return ($"Churns CountedIn '{churn.CountedIn}' is not 2026-09, 2026-Q3 or 2026", "Churns");
            }

            if (!DateOnly.TryParseExact(churn.ChurnedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                yield return ($"Churns ChurnedOn '{churn.ChurnedOn}' is not a date (yyyy-MM-dd)", "Churns");
            }
        }

        foreach (var e in c.Explain ?? [])
        {
            if (e.Rule is null || !policy.Rules.Any(r => r.Name == e.Rule))
            {
                yield return ($"Explain names rule '{e.Rule}', which the policy does not have{Common.Spelling.DidYouMean(e.Rule ?? string.Empty, policy.Rules.Select(r => r.Name))}", "Explain");
            }
            else if (e.Outcome is not null && !Enum.TryParse<Outcome>(e.Outcome, out _))
            {
                yield return ($"Explain outcome '{e.Outcome}' is not one of {string.Join(", ", Enum.GetNames<Outcome>())}", "Explain");
            }
        }

        var kpis = (c.Teams?.Keys ?? Enumerable.Empty<string>()).Concat(c.Kpis?.Keys ?? Enumerable.Empty<string>()).Concat(c.Ranks?.Keys ?? Enumerable.Empty<string>()).Concat((c.History ?? []).Values.SelectMany(h => h.Keys));
        foreach (var kpi in kpis.Distinct().Where(k => !policy.KpiNames.Contains(k)))
        {
            yield return ($"unknown KPI '{kpi}'{Common.Spelling.DidYouMean(kpi, policy.KpiNames)}", kpi);
        }
    }

    private static PolicyTestResult RunCase(Policy policy, string path, string name, PolicyTestCase c)
    {
        PeriodText.TryParse(c.Period, out var period);
        string actual, explanation;
        try
        {
            var result = policy.Evaluate(Person(c, period), period);
            actual = Awards(result.Lines.Select(l => l.RewardType == RewardType.Cash ? (l.Rule, $"amount {Money(l.Amount)}") : (l.Rule, $"quantity {Number(l.Quantity)}")))
                + Explained(c.Explain ?? [], result.Audit);
            explanation = string.Join(Environment.NewLine, result.Audit.Select(a => a.Sentence));
        }
        catch (PolicyEvaluationException ex)
        {
            actual = "error: " + ex.Message;
            explanation = string.Empty;
        }

        var expected = Awards(c.Expect!.Select(e => (e.Rule!, e.Amount is { } a ? $"amount {Money(a)}" : $"quantity {Number(e.Quantity!.Value)}")))
            + string.Concat((c.Explain ?? []).Select(e => Environment.NewLine + Expectation(e)));
        return new PolicyTestResult(path, name, expected == actual, expected, actual, explanation);
    }

    /// <summary>For each expected explanation, the same line when the audit bears it out, or what the audit says instead.</summary>
    private static string Explained(IEnumerable<PolicyTestExplanation> expected, IReadOnlyList<AuditRecord> audit) =>
        string.Concat(expected.Select(e =>
        {
            var record = audit.Where(a => a.Rule == e.Rule).Select(a => (a.Outcome, a.Sentence)).ToList();
            var holds = record.Any(r => (e.Outcome is null || r.Outcome.ToString() == e.Outcome) && (e.Contains is null || r.Sentence.Contains(e.Contains, StringComparison.Ordinal)));
            return Environment.NewLine + (holds ? Expectation(e)
                : record.Count == 0 ? $"explain {e.Rule}: not evaluated"
                : $"explain {e.Rule}: {string.Join(" | ", record.Select(r => $"{r.Outcome}: {r.Sentence}"))}");
        }));

    private static string Expectation(PolicyTestExplanation e) => $"explain {e.Rule}: {e.Outcome ?? "any outcome"}, says \"{e.Contains}\"";

    private static string Awards(IEnumerable<(string Rule, string What)> awards)
    {
        var lines = awards.Select(a => $"{a.Rule}: {a.What}").Order(StringComparer.Ordinal).ToList();
        return lines.Count == 0 ? "(nothing)" : string.Join(Environment.NewLine, lines);
    }

    private static PersonFacts Person(PolicyTestCase c, PeriodFacts period)
    {
        var p = c.Person ?? [];
        string Text(string key, string fallback) => p.TryGetValue(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : fallback;
        decimal? Number(string key) => p.TryGetValue(key, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;
        DateOnly? Date(string key) => p.TryGetValue(key, out var v) && v.ValueKind == JsonValueKind.String ? DateOnly.ParseExact(v.GetString()!, "yyyy-MM-dd") : null;
        var kpis = (c.Kpis ?? []).ToDictionary(k => k.Key, k => Fact(k.Value, c.Ranks?.GetValueOrDefault(k.Key)), StringComparer.Ordinal);
        foreach (var (kpi, rank) in (c.Ranks ?? []).Where(r => !kpis.ContainsKey(r.Key)))
        {
            kpis[kpi] = Fact(0m, rank); // a rank given alone implies the KPI is present
        }

        var teams = (c.Teams ?? []).Select(t => new TeamKpi(Text("team", "Test"), Text("role", "agent"), t.Key, t.Value.Value, t.Value.Value ?? 0m, 1m, 1, t.Value.Rank, t.Value.Of ?? 1)).ToList();
        return new PersonFacts(
            Text("employee_id", "TEST"), Text("name", "Test Person"), Text("role", "agent"), Text("team", "Test"), Text("currency", "USD"),
            Number("annual_base_salary") ?? 48000m, Number("variable_pay_pct"), Number("fte") ?? 1m, Number("proration") ?? Common.Proration.Of(Date("hire_date"), Date("termination_date"), Number("fte") ?? 1m, period.Start, period.EndExclusive), kpis)
        {
            HireDate = Date("hire_date"),
            TerminationDate = Date("termination_date"),
            TeamKpis = teams,
            Booked = [.. (c.Booked ?? []).Select(b => Booked(b, Text("currency", "USD")))],
            Churns = [.. (c.Churns ?? []).Select(Churn)],
            History = (c.History ?? []).ToDictionary(
                h => h.Key,
                h => (IReadOnlyDictionary<string, KpiFact>)h.Value.ToDictionary(k => k.Key, k => Fact(k.Value, null), StringComparer.Ordinal),
                StringComparer.Ordinal),
        };
    }

    /// <summary>A booked line of the case (checked by <see cref="Check"/>); its period's last day comes from the period's name.</summary>
    private static BookedLine Booked(PolicyTestBooked b, string currency)
    {
        PeriodText.TryParse(b.Period, out var period);
        var reward = RewardTypes.Parse(b.RewardType) ?? RewardType.Cash;
        var amount = b.Amount ?? 0m;
        return new BookedLine(period.Name, b.LineId ?? 1, b.Rule ?? "Test", b.Component!, reward, currency,
            amount, b.Quantity ?? (reward == RewardType.Cash ? amount : 0m), b.Cost ?? amount) { PeriodEnd = period.EndExclusive.AddDays(-1) };
    }

    /// <summary>A churned account of the case (checked by <see cref="Check"/>).</summary>
    private static ChurnedAccount Churn(PolicyTestChurn c)
    {
        PeriodText.TryParse(c.CountedIn, out var counted);
        var day = DateOnly.ParseExact(c.ChurnedOn!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new ChurnedAccount(c.AccountId ?? "A1", counted.Name, counted.EndExclusive.AddDays(-1), day, c.ArrEnd ?? 0m, c.BookArrEnd ?? 0m, "test case");
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
