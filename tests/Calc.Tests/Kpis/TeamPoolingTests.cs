using Payout.Calc.Kpis;
using Payout.Calc.Model;
using Payout.Tests.Shared;

namespace Payout.Calc.Tests.Kpis;

/// <summary>Team KPIs are the members' numerators and denominators pooled, and teams are ranked within their role.</summary>
public sealed class TeamPoolingTests
{
    private static readonly Employee Template = new("E", "Name", "agent", "A", "USD", 1000m, null, null, null, 1m);

    private static PersonKpis Person(string id, string team, string role, params KpiValue[] kpis) =>
        new(Template with { EmployeeId = id, Team = team, Role = role }, 1m, kpis, kpis.Select(k => new KpiRanks(k.Kpi, null, null)).ToList());

    [Fact]
    public void Pool_TwoTeams_AddsNumeratorsAndDenominatorsAndRanksWithinRole()
    {
        var people = new[]
        {
            Person("1", "A", "agent", new KpiValue("sla_adherence", 90m, 9, 10, 10, null), new KpiValue("frt_minutes", 10m, 100, 10, 10, null)),
            Person("2", "A", "agent", new KpiValue("sla_adherence", 50m, 45, 90, 90, null), new KpiValue("frt_minutes", 30m, 300, 10, 10, null)),
            Person("3", "B", "agent", new KpiValue("sla_adherence", 60m, 60, 100, 100, null), new KpiValue("frt_minutes", 15m, 150, 10, 10, null)),
            Person("4", "B", "team_lead", new KpiValue("sla_adherence", null, 0, 0, 0, "no data"), new KpiValue("frt_minutes", 5m, 50, 10, 10, null)),
        };

        var teams = TeamPooling.Pool(people);

        var a = teams.Single(t => t is { Team: "A", Role: "agent", Kpi: "sla_adherence" });
        (a.Value, a.Numerator, a.Denominator, a.N, a.Rank, a.Of).ShouldBe((54m, 54m, 100m, 100, (int?)2, 2)); // 54 of 100, not the mean of 90 and 50
        teams.Single(t => t is { Team: "B", Role: "agent", Kpi: "sla_adherence" }).Rank.ShouldBe(1);
        teams.Single(t => t is { Team: "A", Kpi: "frt_minutes" }).Rank.ShouldBe(2); // 20 minutes is worse than 15: lower is better
        var lead = teams.Single(t => t is { Team: "B", Role: "team_lead", Kpi: "sla_adherence" });
        (lead.Value, lead.Rank, lead.Of).ShouldBe(((decimal?)null, (int?)null, 0));
    }

    [Fact]
    public void Pool_SampleTeamsOfOnePerson_EqualThatPersonsKpis()
    {
        var run = KpiCalculator.Compute(RepoPaths.SampleData, Period.Parse("2026-Q3"), KpiOptions.Default);
        var alone = run.People.GroupBy(p => (p.Employee.Team, p.Employee.Role)).Where(g => g.Count() == 1).Select(g => g.Single()).ToList();
        alone.ShouldNotBeEmpty();
        var teams = TeamPooling.Pool(run.People);

        foreach (var person in alone)
        {
            foreach (var kpi in person.Kpis.Where(k => k.Value is not null && k.Denominator != 0))
            {
                var pooled = teams.Single(t => t.Team == person.Employee.Team && t.Role == person.Employee.Role && t.Kpi == kpi.Kpi);
                // Durations are divided in another order than their numerator and denominator say: equal to 20 places.
                Math.Round(pooled.Value!.Value, 20).ShouldBe(Math.Round(kpi.Value!.Value, 20), $"{person.Employee.EmployeeId} {kpi.Kpi}");
            }
        }
    }
}
