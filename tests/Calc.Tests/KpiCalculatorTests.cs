using Payout.Calc.Model;
using Payout.Calc.Tests.Builders;

namespace Payout.Calc.Tests;

public sealed class KpiCalculatorTests
{
    private static readonly Period Q3 = Period.Parse("2026-Q3");

    private static KpiValue Kpi(KpiRun run, string employee, string kpi) =>
        run.People.Single(p => p.Employee.EmployeeId == employee).Kpis.Single(k => k.Kpi == kpi);

    [Fact]
    public void Compute_CsatSeedExample_ThirtyOfFiftyIsSixty()
    {
        using var data = new DataFolderBuilder().Employee("E1");
        data.Surveys("E1", "csat", [.. Enumerable.Repeat(5, 20), .. Enumerable.Repeat(4, 10), .. Enumerable.Repeat(3, 20)]);
        var run = KpiCalculator.Compute(data.Build(), Q3, KpiOptions.Default);

        run.Errors.ShouldBeEmpty();
        Kpi(run, "E1", "csat").ShouldBe(new KpiValue("csat", 60m, 30, 50, 50, null));
    }

    [Fact]
    public void Compute_NpsSeedExample_SeventyMinusTenIsSixty()
    {
        using var data = new DataFolderBuilder().Employee("E1");
        data.Surveys("E1", "nps", 10, 10, 9, 9, 9, 10, 9, 8, 7, 6);
        var run = KpiCalculator.Compute(data.Build(), Q3, KpiOptions.Default);

        Kpi(run, "E1", "nps").Value.ShouldBe(60m);
        Kpi(run, "E1", "nps").N.ShouldBe(10);
    }

    [Fact]
    public void Compute_FewerSamplesThanMinimum_MissingWithReason()
    {
        using var data = new DataFolderBuilder().Employee("E1");
        data.Surveys("E1", "csat", 5, 5, 5);
        var run = KpiCalculator.Compute(data.Build(), Q3, new KpiOptions(new Dictionary<string, int> { ["csat"] = 10 }));

        var csat = Kpi(run, "E1", "csat");
        csat.Value.ShouldBeNull();
        csat.N.ShouldBe(3);
        csat.MissingReason.ShouldBe("n=3 is below the plan's minimum of 10");
    }

    [Fact]
    public void Compute_NoSurveys_MissingNotZero()
    {
        using var data = new DataFolderBuilder().Employee("E1");
        var run = KpiCalculator.Compute(data.Build(), Q3, KpiOptions.Default);

        Kpi(run, "E1", "csat").Value.ShouldBeNull();
        Kpi(run, "E1", "csat").MissingReason.ShouldBe("no data in the period");
    }

    [Fact]
    public void Compute_SlaExactlyAtTarget_CountsAsMet()
    {
        using var data = new DataFolderBuilder().Employee("E1");
        data.File("tickets.csv", "ticket_id,employee_id,created_at,first_response_at,sla_first_response_minutes")
            .Line("tickets.csv", "T1,E1,2026-08-01T10:00:00Z,2026-08-01T11:00:00Z,60")
            .Line("tickets.csv", "T2,E1,2026-08-01T10:00:00Z,2026-08-01T11:00:01Z,60")
            .Line("tickets.csv", "T3,E1,2026-08-01T10:00:00+02:00,2026-08-01T08:30:00Z,60");
        var run = KpiCalculator.Compute(data.Build(), Q3, KpiOptions.Default);

        Kpi(run, "E1", "sla_adherence").ShouldBe(new KpiValue("sla_adherence", 200m / 3, 2, 3, 3, null));
        Kpi(run, "E1", "frt_minutes").Value.ShouldBe(9001m / 180); // 60 min + 60 min 1 s + 30 min, over 3
    }

    [Fact]
    public void Compute_IqsWeightedPerReviewThenMean()
    {
        using var data = new DataFolderBuilder().Employee("E1");
        data.File("qa_reviews.csv", "review_id,employee_id,reviewed_at,criterion,score,scale_min,scale_max,weight")
            .Line("qa_reviews.csv", "R1,E1,2026-08-01T10:00:00Z,accuracy,5,1,5,3")   // 100 × 3
            .Line("qa_reviews.csv", "R1,E1,2026-08-01T10:00:00Z,greeting,1,1,5,1")   // 0 × 1 → review 75
            .Line("qa_reviews.csv", "R2,E1,2026-08-02T10:00:00Z,accuracy,3,1,5,");   // 50, weight defaults to 1
        var run = KpiCalculator.Compute(data.Build(), Q3, KpiOptions.Default);

        Kpi(run, "E1", "iqs").Value.ShouldBe(62.5m);
        Kpi(run, "E1", "iqs").N.ShouldBe(2);
    }

    [Theory]
    [InlineData("0.10", true)]
    [InlineData("0.20", true)]
    [InlineData("0.15", true)]
    [InlineData("0.09", false)]
    [InlineData("0.21", false)]
    [InlineData("", false)]
    public void Compute_CsmVariablePayOutsideTenToTwenty_Rejected(string pct, bool accepted)
    {
        using var data = new DataFolderBuilder().Employee("C1", role: "csm", pct: pct);
        var run = KpiCalculator.Compute(data.Build(), Q3, KpiOptions.Default);

        if (accepted)
        {
            run.Errors.ShouldBeEmpty();
        }
        else
        {
            var error = run.Errors.ShouldHaveSingleItem();
            error.File.ShouldBe("employees.csv");
            error.Line.ShouldBe(2);
            error.Column.ShouldBe("variable_pay_pct");
        }
    }

    [Fact]
    public void Compute_BadRows_EveryErrorWithFileLineAndColumn()
    {
        using var data = new DataFolderBuilder().Employee("E1").Employee("E1");
        data.File("surveys.csv", "survey_id,employee_id,kind,score,submitted_at")
            .Line("surveys.csv", "S1,E1,csat,9,2026-08-01T10:00:00Z")
            .Line("surveys.csv", "S2,E404,csat,5,2026-08-01T10:00:00Z")
            .Line("surveys.csv", "S3,E1,csat,5,01/08/2026");
        data.File("tickets.csv", "ticket_id,employee_id,created_at,resolved_at")
            .Line("tickets.csv", "T1,E1,2026-08-01T10:00:00Z,2026-08-01T09:00:00Z");
        var run = KpiCalculator.Compute(data.Build(), Q3, KpiOptions.Default);

        run.Errors.Select(e => e.ToString()).ShouldBe(
        [
            "employees.csv:3: column 'employee_id' value 'E1': duplicate employee_id",
            "surveys.csv:2: column 'score' value '9': score outside its scale 1–5",
            "surveys.csv:3: column 'employee_id' value 'E404': unknown employee_id (not in employees.csv)",
            "surveys.csv:4: column 'submitted_at' value '01/08/2026': not an ISO-8601 timestamp with Z or an offset (e.g. 2026-07-01T09:30:00Z)",
            "tickets.csv:2: column 'resolved_at' value '2026-08-01T09:00:00Z': negative duration: resolved before created_at",
        ]);
        var surveys = run.Inputs.Single(i => i.Name == "surveys.csv");
        (surveys.RowsRead, surveys.RowsUsed, surveys.RowsRejected, surveys.RowsOutsidePeriod).ShouldBe((3, 0, 3, 0));
    }

    [Fact]
    public void Compute_MissingRequiredColumn_NamesFileAndColumn()
    {
        using var data = new DataFolderBuilder().Employee("E1");
        data.File("surveys.csv", "survey_id,employee_id,kind,submitted_at").Line("surveys.csv", "S1,E1,csat,2026-08-01T10:00:00Z");
        var run = KpiCalculator.Compute(data.Build(), Q3, KpiOptions.Default);

        run.Errors.ShouldHaveSingleItem().ToString().ShouldBe("surveys.csv:1: column 'score': required column is missing from the header");
    }

    [Fact]
    public void Compute_RowsOutsidePeriodAndSplitFiles_CountedNotUsed()
    {
        using var data = new DataFolderBuilder().Employee("E1");
        data.File("surveys-07.csv", "survey_id,employee_id,kind,score,submitted_at")
            .Line("surveys-07.csv", "S1,E1,csat,5,2026-07-01T00:00:00Z")
            .Line("surveys-07.csv", "S2,E1,csat,5,2026-06-30T23:59:59Z");
        data.File("surveys-08.csv", "survey_id,employee_id,kind,score,submitted_at")
            .Line("surveys-08.csv", "S3,E1,csat,1,2026-08-01T00:00:00Z");
        var run = KpiCalculator.Compute(data.Build(), Q3, KpiOptions.Default);

        Kpi(run, "E1", "csat").ShouldBe(new KpiValue("csat", 50m, 1, 2, 2, null));
        run.Inputs.Select(i => (i.Name, i.RowsRead, i.RowsUsed, i.RowsOutsidePeriod)).ShouldBe(
            [("employees.csv", 1, 1, 0), ("surveys-07.csv", 2, 1, 1), ("surveys-08.csv", 1, 1, 0)]);
    }

    [Fact]
    public void Compute_Inputs_Sha256OfEveryByte()
    {
        using var data = new DataFolderBuilder().Employee("E1");
        data.Surveys("E1", "csat", [.. Enumerable.Repeat(5, 5000)]);
        var folder = data.Build();

        var run = KpiCalculator.Compute(folder, Q3, KpiOptions.Default);

        foreach (var input in run.Inputs)
        {
            input.Sha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, input.Name)))));
        }
    }
}
