using Payout.Calc.Model;

namespace Payout.Calc.Kpis;

/// <summary>
/// Ranks every KPI within team and within role. Better first (lower first for lower-is-better
/// KPIs); ties go to the larger sample, then to the smaller employee_id (ordinal), so a rank is
/// never shared and "rank 1 in team" names exactly one person.
/// </summary>
internal static class Ranker
{
    public static IReadOnlyList<PersonKpis> Rank(IReadOnlyList<(Employee Employee, decimal Proration, IReadOnlyList<KpiValue> Kpis)> people)
    {
        var team = RankWithin(people, p => p.Employee.Team);
        var role = RankWithin(people, p => p.Employee.Role);
        return people.Select(p => new PersonKpis(p.Employee, p.Proration, p.Kpis, p.Kpis
            .Select(k => k.Value is null ? Unranked(k.Kpi) : new KpiRanks(k.Kpi, team.GetValueOrDefault((p.Employee.EmployeeId, k.Kpi)), role.GetValueOrDefault((p.Employee.EmployeeId, k.Kpi))))
            .ToList())).ToList();
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, KpiRanks> NoRanks = new(StringComparer.Ordinal);

    /// <summary>A missing KPI has no rank; one shared instance per name.</summary>
    private static KpiRanks Unranked(string kpi) => NoRanks.GetOrAdd(kpi, k => new KpiRanks(k, null, null));

    private static Dictionary<(string Employee, string Kpi), KpiRank> RankWithin(
        IReadOnlyList<(Employee Employee, decimal Proration, IReadOnlyList<KpiValue> Kpis)> people,
        Func<(Employee Employee, decimal Proration, IReadOnlyList<KpiValue> Kpis), string> groupOf)
    {
        var ranks = new Dictionary<(string, string), KpiRank>();
        var entries = people.SelectMany(p => p.Kpis.Where(k => k.Value is not null).Select(k => (Group: groupOf(p), p.Employee.EmployeeId, Kpi: k)));
        foreach (var group in entries.GroupBy(e => (e.Group, e.Kpi.Kpi)))
        {
            var lowerIsBetter = KpiCatalog.FindBase(group.Key.Item2)?.LowerIsBetter ?? false;
            var ordered = (lowerIsBetter ? group.OrderBy(e => e.Kpi.Value) : group.OrderByDescending(e => e.Kpi.Value))
                .ThenByDescending(e => e.Kpi.N)
                .ThenBy(e => e.EmployeeId, StringComparer.Ordinal)
                .ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var of = ordered.Count;
                var percentile = of == 1 ? 100m : (of - (i + 1)) * 100m / (of - 1);
                ranks[(ordered[i].EmployeeId, group.Key.Item2)] = new KpiRank(i + 1, of, percentile);
            }
        }

        return ranks;
    }
}
