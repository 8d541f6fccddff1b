using CsCheck;
using Payout.Calc.Kpis;
using Payout.Calc.Model;

namespace Payout.Calc.Tests.Kpis;

/// <summary>The bucketed ranker must give every person the rank a plain sort of their group gives.</summary>
public sealed class RankerPropertyTests
{
    private static readonly string[] Teams = ["Team A", "Team B", "Team C"];
    private static readonly string[] Roles = ["agent", "csm"];
    private static readonly string[] Kpis = ["csat", "frt_minutes", "nps"]; // frt_minutes: lower is better

    // Few distinct values and sample sizes, so ties on value and on sample size come up often.
    // Some differ only past a double's precision, or are equal at different scales, so the order
    // must come from the decimals, not from their double approximations.
    private static readonly decimal[] Values = [0m, 10m, 10.0000000000000000000001m, 9.9999999999999999999999m, 20m, 20.000m, 100m / 3, 33.33333333333333m, -5m];

    private static readonly Gen<KpiValue> Value = Gen.Select(Gen.Int[-1, Values.Length - 1], Gen.Int[1, 3])
        .Select((v, n) => v < 0 ? KpiValue.NoData("x") : new KpiValue("x", Values[v], v, n, n, null));

    private static readonly Gen<(Employee Employee, decimal Proration, IReadOnlyList<KpiValue> Kpis)> Person =
        Gen.Select(Gen.Int[0, 999], Gen.Int[0, Teams.Length - 1], Gen.Int[0, Roles.Length - 1], Value.Array[Kpis.Length])
            .Select((id, team, role, values) => (
                new Employee($"E{id:D3}", "N", Roles[role], Teams[team], "USD", 1m, null, null, null, 1m),
                1m,
                (IReadOnlyList<KpiValue>)values.Select((v, i) => v with { Kpi = Kpis[i] }).ToList()));

    [Fact]
    public void Rank_AnyPeople_SameAsSortingEachGroup()
    {
        Person.Array[0, 60].Select(people => people.DistinctBy(p => p.Employee.EmployeeId).ToList()).Sample(people =>
        {
            var ranked = Ranker.Rank(people);
            for (var p = 0; p < people.Count; p++)
            {
                for (var k = 0; k < Kpis.Length; k++)
                {
                    ranked[p].Ranks[k].Kpi.ShouldBe(Kpis[k]);
                    ranked[p].Ranks[k].Team.ShouldBe(Expected(people, p, k, e => e.Team));
                    ranked[p].Ranks[k].Role.ShouldBe(Expected(people, p, k, e => e.Role));
                }
            }
        }, iter: 500);
    }

    [Fact]
    public void Rank_KpisStoredInBlocks_SameRanksAsLists()
    {
        Person.Array[0, 60].Select(people => people.DistinctBy(p => p.Employee.EmployeeId).ToList()).Sample(people =>
        {
            var stored = KpiStore.Compute(people.Count, Kpis.Length, 1, (i, into) =>
            {
                for (var k = 0; k < Kpis.Length; k++)
                {
                    into[k] = people[i].Kpis[k];
                }
            });
            var fromBlocks = Ranker.Rank(people.Select((p, i) => (p.Employee, p.Proration, (IReadOnlyList<KpiValue>)stored[i])).ToList());
            var fromLists = Ranker.Rank(people);
            for (var p = 0; p < people.Count; p++)
            {
                fromBlocks[p].Kpis.ShouldBe(fromLists[p].Kpis);
                fromBlocks[p].Ranks.ShouldBe(fromLists[p].Ranks);
            }
        }, iter: 200);
    }

    private static KpiRank? Expected(List<(Employee Employee, decimal Proration, IReadOnlyList<KpiValue> Kpis)> people, int p, int k, Func<Employee, string> groupOf)
    {
        if (people[p].Kpis[k].Value is null)
        {
            return null;
        }

        var lowerIsBetter = Kpis[k] == "frt_minutes";
        var group = people.Where(q => groupOf(q.Employee) == groupOf(people[p].Employee) && q.Kpis[k].Value is not null).ToList();
        var ordered = (lowerIsBetter ? group.OrderBy(q => q.Kpis[k].Value) : group.OrderByDescending(q => q.Kpis[k].Value))
            .ThenByDescending(q => q.Kpis[k].N)
            .ThenBy(q => q.Employee.EmployeeId, StringComparer.Ordinal)
            .Select(q => q.Employee.EmployeeId)
            .ToList();
        return new KpiRank(ordered.IndexOf(people[p].Employee.EmployeeId) + 1, ordered.Count);
    }
}
