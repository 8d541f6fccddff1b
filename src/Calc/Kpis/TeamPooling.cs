using Payout.Calc.Model;

namespace Payout.Calc.Kpis;

/// <summary>
/// Team KPIs for rules that reward a team: each KPI pooled over a team's members of one role
/// (numerators and denominators added, so a member with more surveys weighs more) and the team
/// ranked among the teams of that role.
/// </summary>
/// <remarks>
/// Every person has the same KPIs in the same order, so a team's sums are arrays indexed like a
/// person's KPIs: 100,000 people add up in one pass without a dictionary per KPI.
/// </remarks>
public static class TeamPooling
{
    /// <summary>KPIs whose value is numerator × 100 ÷ denominator; every other is numerator ÷ denominator.</summary>
    private static readonly HashSet<string> Percent = new(StringComparer.Ordinal)
    {
        "csat", "nps", "ces_low_effort_pct", "sla_adherence", "resolution_rate", "feedback_response_rate", "abandonment_rate", "retention_rate", "churn_rate", "nrr",
    };

    /// <summary>
    /// The KPIs of every (team, role) with members in <paramref name="people"/>, ordered by team,
    /// role and KPI report order: all of them, or only those in <paramref name="only"/> (the ones
    /// rules read: pooling forty KPIs for a rule that reads one is most of the cost).
    /// </summary>
    public static IReadOnlyList<TeamKpiValue> Pool(IReadOnlyList<PersonKpis> people, IReadOnlySet<string>? only = null)
    {
        if (people.Count == 0)
        {
            return [];
        }

        var indexes = people[0].Kpis.Select((k, i) => (k.Kpi, i)).Where(k => only is null || only.Contains(k.Kpi)).Select(k => k.i).ToArray();
        var names = indexes.Select(i => people[0].Kpis[i].Kpi).ToArray();
        var sums = new Dictionary<(string Team, string Role), (decimal[] Numerator, decimal[] Denominator, int[] N, bool[] Any)>();
        foreach (var person in people)
        {
            var key = (person.Employee.Team, person.Employee.Role);
            if (!sums.TryGetValue(key, out var sum))
            {
                sums[key] = sum = (new decimal[names.Length], new decimal[names.Length], new int[names.Length], new bool[names.Length]);
            }

            for (var i = 0; i < names.Length; i++)
            {
                var kpi = person.Kpis[indexes[i]];
                if (kpi.Value is not null)
                {
                    sum.Numerator[i] += kpi.Numerator;
                    sum.Denominator[i] += kpi.Denominator;
                    sum.N[i] += kpi.N;
                    sum.Any[i] = true;
                }
            }
        }

        var teams = sums.Keys.OrderBy(k => k.Team, StringComparer.Ordinal).ThenBy(k => k.Role, StringComparer.Ordinal).ToList();
        var values = new TeamKpiValue[teams.Count, names.Length];
        for (var t = 0; t < teams.Count; t++)
        {
            var sum = sums[teams[t]];
            for (var i = 0; i < names.Length; i++)
            {
                decimal? value = sum.Any[i] && sum.Denominator[i] != 0 ? sum.Numerator[i] * Scale(names[i]) / sum.Denominator[i] : null; // the order KpiMath divides in
                values[t, i] = new TeamKpiValue(teams[t].Team, teams[t].Role, names[i], value, sum.Numerator[i], sum.Denominator[i], sum.N[i], null, 0);
            }
        }

        foreach (var role in teams.Select((k, t) => (k.Role, t)).GroupBy(x => x.Role, x => x.t))
        {
            for (var i = 0; i < names.Length; i++)
            {
                var lowerIsBetter = KpiCatalog.LowerIsBetter(names[i]);
                var ranked = role.Where(t => values[t, i].Value is not null)
                    .OrderBy(t => lowerIsBetter ? values[t, i].Value : -values[t, i].Value)
                    .ThenByDescending(t => values[t, i].N)
                    .ThenBy(t => values[t, i].Team, StringComparer.Ordinal)
                    .ToList();
                foreach (var t in role)
                {
                    values[t, i] = values[t, i] with { Of = ranked.Count };
                }

                for (var r = 0; r < ranked.Count; r++)
                {
                    values[ranked[r], i] = values[ranked[r], i] with { Rank = r + 1 };
                }
            }
        }

        var all = new List<TeamKpiValue>(teams.Count * names.Length);
        for (var t = 0; t < teams.Count; t++)
        {
            for (var i = 0; i < names.Length; i++)
            {
                all.Add(values[t, i]);
            }
        }

        return all;
    }

    private static decimal Scale(string kpi) =>
        kpi.StartsWith(KpiCatalog.TargetCompletionPrefix, StringComparison.Ordinal) || Percent.Contains(kpi) ? 100m : 1m;
}
