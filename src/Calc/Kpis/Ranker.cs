using Payout.Calc.Model;

namespace Payout.Calc.Kpis;

/// <summary>
/// Ranks every KPI within team and within role. Better first (lower first for lower-is-better
/// KPIs); ties go to the larger sample, then to the smaller employee_id (ordinal), so a rank is
/// never shared and "rank 1 in team" names exactly one person.
/// </summary>
/// <remarks>
/// Works on indexes, not names: each (group, KPI) pair gets a number, values are bucketed by it
/// in two counting passes, and each bucket is sorted in place. At 100,000 people and 44 KPIs
/// that is 4.4 million values per grouping, where hashing name pairs took seconds.
/// </remarks>
internal static class Ranker
{
    /// <summary>Ranks within team and within role, on two threads when <paramref name="threads"/> allows; the result is the same.</summary>
    public static IReadOnlyList<PersonKpis> Rank(IReadOnlyList<(Employee Employee, decimal Proration, IReadOnlyList<KpiValue> Kpis)> people, int threads = 1)
    {
        var kpiIds = new KpiIds();
        var kpiOf = people.Select(p => p.Kpis.Select(k => kpiIds.Of(k.Kpi)).ToArray()).ToArray();
        KpiRank?[][] team = [], role = [];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) };
        Parallel.Invoke(
            parallel,
            () => team = RankWithin(people, kpiOf, kpiIds, e => e.Team, parallel),
            () => role = RankWithin(people, kpiOf, kpiIds, e => e.Role, parallel));
        var result = new PersonKpis[people.Count];
        Parallel.For(0, people.Count, parallel, p =>
        {
            var kpis = people[p].Kpis;
            var ranks = new KpiRanks[kpis.Count];
            for (var k = 0; k < kpis.Count; k++)
            {
                ranks[k] = new KpiRanks(kpis[k].Kpi, team[p][k], role[p][k]);
            }

            result[p] = new PersonKpis(people[p].Employee, people[p].Proration, kpis, ranks);
        });

        return result;
    }

    /// <summary>Rank of person p's k-th KPI within the person's group, at [p][k]; null where the value is missing.</summary>
    private static KpiRank?[][] RankWithin(
        IReadOnlyList<(Employee Employee, decimal Proration, IReadOnlyList<KpiValue> Kpis)> people,
        int[][] kpiOf,
        KpiIds kpiIds,
        Func<Employee, string> groupOf,
        ParallelOptions parallel)
    {
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupOfPerson = new int[people.Count];
        for (var p = 0; p < people.Count; p++)
        {
            var name = groupOf(people[p].Employee);
            if (!groups.TryGetValue(name, out var group))
            {
                group = groups.Count;
                groups.Add(name, group);
            }

            groupOfPerson[p] = group;
        }

        var bucketCount = (long)groups.Count * kpiIds.Count;
        var starts = new int[bucketCount + 1];
        var ranks = new KpiRank?[people.Count][];
        for (var p = 0; p < people.Count; p++)
        {
            ranks[p] = new KpiRank?[people[p].Kpis.Count];
            for (var k = 0; k < people[p].Kpis.Count; k++)
            {
                if (people[p].Kpis[k].Value is not null)
                {
                    starts[Bucket(groupOfPerson[p], kpiOf[p][k], kpiIds.Count) + 1]++;
                }
            }
        }

        for (var b = 0; b < bucketCount; b++)
        {
            starts[b + 1] += starts[b];
        }

        var entries = new RankEntry[starts[bucketCount]];
        var next = starts.ToArray();
        for (var p = 0; p < people.Count; p++)
        {
            for (var k = 0; k < people[p].Kpis.Count; k++)
            {
                if (people[p].Kpis[k].Value is { } value)
                {
                    var kpi = kpiOf[p][k];
                    entries[next[Bucket(groupOfPerson[p], kpi, kpiIds.Count)]++] =
                        RankEntry.Of(value, kpiIds.LowerIsBetter(kpi), people[p].Kpis[k].N, people[p].Employee.EmployeeId, p, k);
                }
            }
        }

        // Buckets are sorted on whichever thread is free: a role's buckets are far larger than a
        // team's, so splitting by grouping alone left one thread idle. Every (person, KPI) is in one
        // bucket, so no two threads write the same rank.
        Parallel.For(0L, bucketCount, parallel, b =>
        {
            var bucket = entries.AsSpan(starts[b], starts[b + 1] - starts[b]);
            bucket.Sort();
            for (var i = 0; i < bucket.Length; i++)
            {
                ranks[bucket[i].Person][bucket[i].Position] = new KpiRank(i + 1, bucket.Length);
            }
        });

        return ranks;
    }

    private static long Bucket(int group, int kpi, int kpiCount) => (long)group * kpiCount + kpi;
}
