using Payout.Calc.Model;
using Payout.Calc.Tests.Builders;

namespace Payout.Calc.Tests.Kpis;

/// <summary><c>churned_on</c> in <c>accounts.csv</c>: the churns of the run's period, traced to the period whose NRR counted the account.</summary>
public sealed class AccountChurnTests
{
    private const string Header = "employee_id,account_id,period,status,arr_start,arr_end,retention_cost,churned_on";

    [Fact]
    public void Compute_AccountRetainedInQ3ChurnsInQ4_ChurnForTheQ3CsmWithTheAccountsShareOfTheBook()
    {
        using var data = new DataFolderBuilder().Employee("E1", role: "csm", pct: "0.15").Employee("E2", role: "csm", pct: "0.15")
            .File("accounts.csv", Header)
            .Line("accounts.csv", "E1,A1,2026-Q3,retained,1000,1500,,")
            .Line("accounts.csv", "E1,A2,2026-Q3,retained,1000,500,,")
            .Line("accounts.csv", "E1,A3,2026-Q3,churned,1000,0,,")
            .Line("accounts.csv", "E1,A4,2026-Q3,new,0,9000,,")
            // The account moved to E2 for Q4 and churned there: the clawback is E1's, whose Q3 NRR counted it.
            .Line("accounts.csv", "E2,A1,2026-Q4,churned,1500,0,,2026-10-20");

        var run = KpiCalculator.Compute(data.Build(), Period.Parse("2026-Q4"), KpiOptions.Default);

        run.Errors.ShouldBeEmpty();
        run.AccountChurns.ShouldBe([new AccountChurn("E1", "A1", "2026-Q3", new DateOnly(2026, 9, 30), new DateOnly(2026, 10, 20), 1500m, 2000m, "accounts.csv:6")]);
    }

    [Theory]
    [InlineData("2026-Q3", 0)] // the churn is not in Q3
    [InlineData("2026-10", 1)]
    [InlineData("2026-11", 0)]
    public void Compute_RunPeriod_OnlyChurnsDatedInsideIt(string period, int churns)
    {
        using var data = new DataFolderBuilder().Employee("E1", role: "csm", pct: "0.15")
            .File("accounts.csv", Header)
            .Line("accounts.csv", "E1,A1,2026-Q3,retained,1000,1500,,")
            .Line("accounts.csv", "E1,A1,2026-Q4,churned,1500,0,,2026-10-20");

        var run = KpiCalculator.Compute(data.Build(), Period.Parse(period), KpiOptions.Default);

        run.AccountChurns.Count.ShouldBe(churns);
    }

    [Fact]
    public void Compute_ChurnWithoutAnEarlierRetainedRow_NoChurn()
    {
        using var data = new DataFolderBuilder().Employee("E1", role: "csm", pct: "0.15")
            .File("accounts.csv", Header)
            .Line("accounts.csv", "E1,A1,2026-Q3,new,0,1500,,")
            .Line("accounts.csv", "E1,A1,2026-Q4,churned,1500,0,,2026-10-20");

        KpiCalculator.Compute(data.Build(), Period.Parse("2026-Q4"), KpiOptions.Default).AccountChurns.ShouldBeEmpty(); // a new account did not count in NRR
    }

    [Theory]
    [InlineData("E1,A1,2026-Q4,retained,1500,1500,,2026-10-20", "churned_on is only for an account whose status is churned")]
    [InlineData("E1,A1,2026-Q4,churned,1500,0,,2027-01-02", "churned_on is outside the row's period 2026-Q4")]
    [InlineData("E1,A1,2026-Q4,churned,1500,0,,20.10.2026", "not a date in yyyy-MM-dd form")]
    public void Compute_BadChurnedOn_ErrorNamesFileLineAndColumn(string row, string reason)
    {
        using var data = new DataFolderBuilder().Employee("E1", role: "csm", pct: "0.15").File("accounts.csv", Header).Line("accounts.csv", row);

        var run = KpiCalculator.Compute(data.Build(), Period.Parse("2026-Q4"), KpiOptions.Default);

        var error = run.Errors.ShouldHaveSingleItem();
        (error.File, error.Line, error.Column).ShouldBe(("accounts.csv", 2, "churned_on"));
        error.Reason.ShouldContain(reason);
    }
}
