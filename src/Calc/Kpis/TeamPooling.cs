using Payout.Calc.Model;

namespace Payout.Calc.Kpis;

/// <summary>
/// Team KPIs for rules that reward a team: each KPI pooled over a team's members of one role
/// (numerators and denominators added, so a member with more surveys weighs more) and the team
/// ranked among the teams of that role.
/// </summary>
public static class TeamPooling
{
    /// <summary>KPIs whose value is numerator ÷ denominator × 100; every other is numerator ÷ denominator.</summary>
    private static readonly HashSet<string> Percent = new(StringComparer.Ordinal)
    {
        "csat", "nps", "ces_low_effort_pct", "sla_adherence", "resolution_rate", "feedback_response_rate", "abandonment_rate", "retention_rate", "churn_rate", "nrr",
    };

    /// <summary>Every KPI of every (team, role) with members in <paramref name="people"/>, ordered by team, role and KPI report order.</summary>
    public static IReadOnlyList<TeamKpiValue> Pool(IReadOnlyList<PersonKpis> people)
    {
        var pooled = people
            .GroupBy(p => (p.Employee.Team, p.Employee.Role))
            .SelectMany(g => g.SelectMany(p => p.Kpis.Select((k, i) => (Index: i, Kpi: k)))
                .GroupBy(x => (x.Index, x.Kpi.Kpi))
                .Select(k =>
                {
                    var present = k.Where(x => x.Kpi.Value is not null).Select(x => x.Kpi).ToList();
                    var (numerator, denominator, n) = (present.Sum(x => x.Numerator), present.Sum(x => x.Denominator), present.Sum(x => x.N));
                    decimal? value = denominator == 0 ? null : numerator * Scale(k.Key.Kpi) / denominator; // the order KpiMath divides in
                    return (Order: k.Key.Index, Value: new TeamKpiValue(g.Key.Team, g.Key.Role, k.Key.Kpi, value, numerator, denominator, n, null, 0));
                }))
            .ToList();
        var ranked = pooled
            .GroupBy(p => (p.Value.Role, p.Value.Kpi))
            .SelectMany(group =>
            {
                var lowerIsBetter = KpiCatalog.LowerIsBetter(group.Key.Kpi.StartsWith(KpiCatalog.TargetCompletionPrefix, StringComparison.Ordinal) ? string.Empty : group.Key.Kpi);
                var withValue = group.Where(t => t.Value.Value is not null)
                    .OrderBy(t => lowerIsBetter ? t.Value.Value : -t.Value.Value)
                    .ThenByDescending(t => t.Value.N)
                    .ThenBy(t => t.Value.Team, StringComparer.Ordinal)
                    .Select((t, i) => (t.Order, Value: t.Value with { Rank = i + 1 }))
                    .ToList();
                var of = withValue.Count;
                return withValue.Select(t => (t.Order, Value: t.Value with { Of = of }))
                    .Concat(group.Where(t => t.Value.Value is null).Select(t => (t.Order, Value: t.Value with { Of = of })));
            });
        return ranked
            .OrderBy(t => t.Value.Team, StringComparer.Ordinal).ThenBy(t => t.Value.Role, StringComparer.Ordinal).ThenBy(t => t.Order)
            .Select(t => t.Value)
            .ToList();
    }

    private static decimal Scale(string kpi) =>
        kpi.StartsWith(KpiCatalog.TargetCompletionPrefix, StringComparison.Ordinal) || Percent.Contains(kpi) ? 100m : 1m;
}
