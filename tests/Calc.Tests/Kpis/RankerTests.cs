using Payout.Calc.Model;
using Payout.Calc.Tests.Builders;

namespace Payout.Calc.Tests.Kpis;

public sealed class RankerTests
{
    [Fact]
    public void Compute_Ranks_BetterFirstTiesToLargerSampleThenId()
    {
        using var data = new DataFolderBuilder().Employee("E1").Employee("E2").Employee("E3").Employee("E4");
        data.Surveys("E1", "csat", 5, 1);             // 50 %, n=2
        data.Surveys("E2", "csat", 5, 5, 1, 1);       // 50 %, n=4: the tie goes to the larger sample
        data.Surveys("E3", "csat", 5);                // 100 %
        data.Surveys("E4", "csat", 1, 1);             // 0 %
        var run = KpiCalculator.Compute(data.Build(), Period.Parse("2026-Q3"), KpiOptions.Default);

        var ranks = run.People.ToDictionary(p => p.Employee.EmployeeId, p => p.Ranks.Single(r => r.Kpi == "csat").Team!);
        ranks["E3"].ShouldBe(new KpiRank(1, 4));
        ranks["E2"].ShouldBe(new KpiRank(2, 4));
        ranks["E1"].ShouldBe(new KpiRank(3, 4));
        ranks["E4"].ShouldBe(new KpiRank(4, 4));
        ranks.Values.Select(r => r!.Value.Percentile).ShouldBe([200m / 3, 100m / 3, 100m, 0m], ignoreOrder: true);
    }

    [Fact]
    public void Compute_LowerIsBetter_RanksSmallestFirst_MissingHasNoRank()
    {
        using var data = new DataFolderBuilder().Employee("E1").Employee("E2").Employee("E3");
        data.File("tickets.csv", "ticket_id,employee_id,created_at,first_response_at")
            .Line("tickets.csv", "T1,E1,2026-08-01T10:00:00Z,2026-08-01T10:30:00Z")
            .Line("tickets.csv", "T2,E2,2026-08-01T10:00:00Z,2026-08-01T10:05:00Z");
        var run = KpiCalculator.Compute(data.Build(), Period.Parse("2026-Q3"), KpiOptions.Default);

        var frt = run.People.ToDictionary(p => p.Employee.EmployeeId, p => p.Ranks.Single(r => r.Kpi == "frt_minutes"));
        frt["E2"].Role!.Value.Rank.ShouldBe(1);
        frt["E1"].Role!.Value.Rank.ShouldBe(2);
        frt["E3"].Team.ShouldBeNull();
        frt["E3"].Role.ShouldBeNull();
    }
}
