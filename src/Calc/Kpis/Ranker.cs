using Payout.Calc.Model;

namespace Payout.Calc.Kpis;

/// <summary>
/// Ranks every KPI within team and within role. Better first (lower first for lower-is-better
/// KPIs); ties go to the larger sample, then to the smaller employee_id (ordinal), so a rank is
/// never shared and "rank 1 in team" names exactly one person.
/// </summary>
/// <remarks>
/// Works on indexes, not names: every person's KPIs are laid end to end as slots, each
/// (group, KPI) pair gets a number, the present values are bucketed by it in two counting
/// passes, and each bucket is sorted in place. At 100,000 people and 44 KPIs that is 4.4 million
/// slots, where hashing name pairs took seconds. The entries are made once and serve both groupings.
/// </remarks>
internal static class Ranker
{
    /// <summary>Ranks within team and within role, on two threads when <paramref name="threads"/> allows; the result is the same.</summary>
    public static IReadOnlyList<PersonKpis> Rank(IReadOnlyList<(Employee Employee, decimal Proration, IReadOnlyList<KpiValue> Kpis)> people, int threads = 1)
    {
        var slots = new int[people.Count + 1]; // person p's KPIs are slots slots[p] .. slots[p + 1] - 1
        for (var p = 0; p < people.Count; p++)
        {
            slots[p + 1] = slots[p] + people[p].Kpis.Count;
        }

        var (kpiOf, kpiCount, entries) = Entries(people, slots);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) };
        KpiRank[] team = [], role = [];
        Parallel.Invoke(
            parallel,
            () => team = RankWithin(people, entries, kpiOf, kpiCount, slots[^1], e => e.Team, parallel),
            () => role = RankWithin(people, entries, kpiOf, kpiCount, slots[^1], e => e.Role, parallel));
        // KPIs stored in blocks keep their ranks there, only for the values (a third of the slots
        // at scale), and the slot-indexed arrays are dropped; other lists are read through a view
        // of the arrays. A KpiRanks per slot (name and two nullable ranks) took four times as much.
        var result = new PersonKpis[people.Count];
        for (var p = 0; p < people.Count; p++)
        {
            var kpis = people[p].Kpis;
            IReadOnlyList<KpiRanks> ranks;
            if (kpis is KpiBlockRow stored)
            {
                stored.SetRanks(team, role, slots[p]);
                ranks = stored.Ranks;
            }
            else
            {
                ranks = new RankRow(kpis, team, role, slots[p]);
            }

            result[p] = new PersonKpis(people[p].Employee, people[p].Proration, kpis, ranks);
        }

        return result;
    }

    /// <summary>The KPI number of every slot, how many KPIs there are, and an entry for every present value.</summary>
    private static (int[] KpiOf, int KpiCount, RankEntry[] Entries) Entries(IReadOnlyList<(Employee Employee, decimal Proration, IReadOnlyList<KpiValue> Kpis)> people, int[] slots)
    {
        var kpiIds = new KpiIds();
        var kpiOf = new int[slots[^1]];
        var idOrder = IdOrder(people);
        var present = 0;
        IReadOnlyList<KpiValue> previous = [];
        for (var p = 0; p < people.Count; p++)
        {
            var kpis = people[p].Kpis;
            for (var k = 0; k < kpis.Count; k++)
            {
                var kpi = kpis[k].Kpi;
                // People list the same KPIs in the same order, with the same name strings: a
                // reference check spares hashing millions of names.
                kpiOf[slots[p] + k] = k < previous.Count && ReferenceEquals(previous[k].Kpi, kpi) ? kpiOf[slots[p - 1] + k] : kpiIds.Of(kpi);
                present += kpis[k].Value is null ? 0 : 1;
            }

            previous = kpis;
        }

        // Counted first, so the entries are one array of the right size: arrays this large are
        // collected with the whole heap, and a growing list makes several.
        var entries = new RankEntry[present];
        var e = 0;
        for (var p = 0; p < people.Count; p++)
        {
            var kpis = people[p].Kpis;
            for (var k = 0; k < kpis.Count; k++)
            {
                if (kpis[k].Value is { } value)
                {
                    entries[e++] = new RankEntry(value, kpiIds.LowerIsBetter(kpiOf[slots[p] + k]), kpis[k].N, idOrder[p], slots[p] + k, p);
                }
            }
        }

        return (kpiOf, kpiIds.Count, entries);
    }

    /// <summary>Each person's place in ordinal employee_id order; callers usually pass people in that order already.</summary>
    private static int[] IdOrder(IReadOnlyList<(Employee Employee, decimal Proration, IReadOnlyList<KpiValue> Kpis)> people)
    {
        var byId = Enumerable.Range(0, people.Count).ToArray();
        var sorted = true;
        for (var p = 1; p < people.Count && sorted; p++)
        {
            sorted = string.CompareOrdinal(people[p - 1].Employee.EmployeeId, people[p].Employee.EmployeeId) < 0;
        }

        if (sorted)
        {
            return byId;
        }

        Array.Sort(people.Select(p => p.Employee.EmployeeId).ToArray(), byId, StringComparer.Ordinal);
        var order = new int[people.Count];
        for (var i = 0; i < byId.Length; i++)
        {
            order[byId[i]] = i;
        }

        return order;
    }

    /// <summary>The rank of every slot within its person's group; Rank 0 where the value is missing.</summary>
    private static KpiRank[] RankWithin(
        IReadOnlyList<(Employee Employee, decimal Proration, IReadOnlyList<KpiValue> Kpis)> people,
        RankEntry[] entries,
        int[] kpiOf,
        int kpiCount,
        int slotCount,
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

        var bucketCount = (long)groups.Count * kpiCount;
        var starts = new int[bucketCount + 1];
        foreach (var entry in entries)
        {
            starts[Bucket(groupOfPerson[entry.Person], kpiOf[entry.Slot], kpiCount) + 1]++;
        }

        for (var b = 0; b < bucketCount; b++)
        {
            starts[b + 1] += starts[b];
        }

        var bucketed = new RankEntry[entries.Length];
        var next = starts.ToArray();
        foreach (var entry in entries)
        {
            bucketed[next[Bucket(groupOfPerson[entry.Person], kpiOf[entry.Slot], kpiCount)]++] = entry;
        }

        // Buckets are sorted on whichever thread is free: a role's buckets are far larger than a
        // team's, so splitting by grouping alone left one thread idle. Every slot is in one
        // bucket, so no two threads write the same rank.
        var ranks = new KpiRank[slotCount];
        Parallel.For(0L, bucketCount, parallel, b =>
        {
            var bucket = bucketed.AsSpan(starts[b], starts[b + 1] - starts[b]);
            bucket.Sort();
            for (var i = 0; i < bucket.Length; i++)
            {
                ranks[bucket[i].Slot] = new KpiRank(i + 1, bucket.Length);
            }
        });

        return ranks;
    }

    /// <summary>A rank as a person's ranks show it: null where the value is missing (Rank 0).</summary>
    internal static KpiRank? Present(KpiRank rank) => rank.Rank > 0 ? rank : null;

    private static long Bucket(int group, int kpi, int kpiCount) => (long)group * kpiCount + kpi;
}
