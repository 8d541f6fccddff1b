using Payout.Calc.Model;
using Payout.Calc.Tests.Builders;

namespace Payout.Calc.Tests.Kpis;

/// <summary>Each catalog KPI computed from raw rows, against docs/data-contract.md's definition and the source guides' worked examples.</summary>
public sealed class KpiDefinitionTests
{
    private const string Tickets = "tickets.csv|ticket_id,employee_id,created_at,first_response_at,resolved_at,contacts_to_resolve,is_complaint";
    private const string Surveys = "surveys.csv|survey_id,employee_id,kind,score,submitted_at,scale_min,scale_max";
    private const string Calls = "calls.csv|call_id,team,offered_at,employee_id,answered_at,abandoned,talk_seconds,hold_seconds,acw_seconds";
    private const string Feedback = "feedback.csv|feedback_id,employee_id,received_at,responded_at";
    private const string Accounts = "accounts.csv|employee_id,account_id,period,status,arr_start,arr_end,retention_cost";
    private const string Targets = "targets.csv|employee_id,period,kpi,target";

    /// <summary>(case name, file|header, rows, kpi, value, numerator, denominator, n).</summary>
    public static TheoryData<string, string, string[], string, decimal?, decimal, decimal, int> Cases => new()
    {
        { "csat_avg mean score", Surveys, ["S1,E1,csat,5,2026-08-01T10:00:00Z,,", "S2,E1,csat,2,2026-08-01T10:00:00Z,,"], "csat_avg", 3.5m, 7, 2, 2 },
        { "csat on a 1-10 scale: top two points", Surveys, ["S1,E1,csat,9,2026-08-01T10:00:00Z,1,10", "S2,E1,csat,8,2026-08-01T10:00:00Z,1,10"], "csat", 50m, 1, 2, 2 },
        { "ces mean", Surveys, ["S1,E1,ces,2,2026-08-01T10:00:00Z,,", "S2,E1,ces,5,2026-08-01T10:00:00Z,,"], "ces", 3.5m, 7, 2, 2 },
        { "ces low effort: bottom two points of 1-7", Surveys, ["S1,E1,ces,1,2026-08-01T10:00:00Z,,", "S2,E1,ces,2,2026-08-01T10:00:00Z,,", "S3,E1,ces,3,2026-08-01T10:00:00Z,,", "S4,E1,ces,7,2026-08-01T10:00:00Z,,"], "ces_low_effort_pct", 50m, 2, 4, 4 },
        { "art over resolved tickets only", Tickets, ["T1,E1,2026-08-01T10:00:00Z,,2026-08-01T12:00:00Z,1,false", "T2,E1,2026-08-01T10:00:00Z,,2026-08-02T14:00:00Z,2,false", "T3,E1,2026-08-01T10:00:00Z,,,,false"], "art_hours", 15m, 30, 2, 2 },
        { "resolution rate: one contact of resolved", Tickets, ["T1,E1,2026-08-01T10:00:00Z,,2026-08-01T12:00:00Z,1,false", "T2,E1,2026-08-01T10:00:00Z,,2026-08-02T14:00:00Z,2,false", "T3,E1,2026-08-01T10:00:00Z,,,1,false"], "resolution_rate", 50m, 1, 2, 2 },
        { "complaint resolution hours", Tickets, ["T1,E1,2026-08-01T10:00:00Z,,2026-08-01T12:00:00Z,1,true", "T2,E1,2026-08-01T10:00:00Z,,2026-08-02T14:00:00Z,2,false"], "complaint_resolution_hours", 2m, 2, 1, 1 },
        { "feedback response rate", Feedback, ["F1,E1,2026-08-01T10:00:00Z,2026-08-01T11:00:00Z", "F2,E1,2026-08-01T10:00:00Z,", "F3,E1,2026-08-02T10:00:00Z,2026-08-03T10:00:00Z", "F4,E1,2026-08-02T10:00:00Z,"], "feedback_response_rate", 50m, 2, 4, 4 },
        { "aht over answered calls", Calls, ["C1,Team A,2026-08-01T10:00:00Z,E1,2026-08-01T10:00:30Z,false,300,60,40", "C2,Team A,2026-08-01T11:00:00Z,E1,2026-08-01T11:00:10Z,false,100,,", "C3,Team A,2026-08-01T12:00:00Z,,,true,,,"], "aht_seconds", 250m, 500, 2, 2 },
        { "abandonment over the team's offered calls", Calls, ["C1,Team A,2026-08-01T10:00:00Z,E1,2026-08-01T10:00:30Z,false,300,60,40", "C2,Team A,2026-08-01T11:00:00Z,,,true,,,", "C3,Team A,2026-08-01T12:00:00Z,,,true,,,", "C4,Team A,2026-08-01T13:00:00Z,,,false,,,"], "abandonment_rate", 50m, 2, 4, 4 },
        { "retention (200 - 20) / 200 = 90", Accounts, AccountRows(retained: 180, churned: 20, added: 20), "retention_rate", 90m, 180, 200, 200 },
        { "churn 20 / 250 = 8", Accounts, AccountRows(retained: 230, churned: 20, added: 0), "churn_rate", 8m, 20, 250, 250 },
        { "nrr over accounts present at start", Accounts, ["E1,A1,2026-Q3,retained,1000,1200,", "E1,A2,2026-Q3,churned,1000,0,", "E1,A3,2026-Q3,new,0,5000,"], "nrr", 60m, 1200, 2000, 2 },
        { "retention cost per retained account", Accounts, ["E1,A1,2026-Q3,retained,1000,1200,300", "E1,A2,2026-Q3,retained,1000,1000,100", "E1,A3,2026-Q3,churned,1000,0,200"], "retention_cost", 300m, 600, 2, 2 },
        { "accounts of another period are not used", Accounts, ["E1,A1,2026-Q2,retained,1000,1200,", "E1,A1,2026-Q3,churned,1000,0,"], "churn_rate", 100m, 1, 1, 1 },
        { "target without an actual: missing, not 0", Targets, ["E1,2026-Q3,nrr,120"], "target_completion_nrr", null, 0, 120, 0 },
    };

    private static string[] AccountRows(int retained, int churned, int added) =>
        [.. Enumerable.Range(0, retained).Select(i => $"E1,R{i},2026-Q3,retained,100,100,"),
         .. Enumerable.Range(0, churned).Select(i => $"E1,C{i},2026-Q3,churned,100,0,"),
         .. Enumerable.Range(0, added).Select(i => $"E1,N{i},2026-Q3,new,0,100,")];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compute_EachDefinition_ValueWithLineage(string name, string file, string[] rows, string kpi, decimal? value, decimal numerator, decimal denominator, int n)
    {
        using var data = new DataFolderBuilder().Employee("E1", role: "csm", pct: "0.15");
        var (fileName, header) = (file.Split('|')[0], file.Split('|')[1]);
        data.File(fileName, header);
        foreach (var row in rows)
        {
            data.Line(fileName, row);
        }

        var run = KpiCalculator.Compute(data.Build(), Period.Parse("2026-Q3"), KpiOptions.Default);

        run.Errors.ShouldBeEmpty(name);
        var actual = run.People.Single().Kpis.Single(k => k.Kpi == kpi);
        (actual.Value, actual.Numerator, actual.Denominator, actual.N).ShouldBe((value, numerator, denominator, n), name);
    }

    [Fact]
    public void Compute_AwtSeedExample_FiveHundredMinutesOverTwoHundredCallsIsTwoAndAHalfMinutes()
    {
        using var data = new DataFolderBuilder().Employee("E1").Employee("E2");
        data.File("calls.csv", "call_id,team,offered_at,employee_id,answered_at");
        for (var i = 0; i < 200; i++)
        {
            // 100 calls waited 60 s and 100 waited 240 s: 30,000 s = 500 min in all.
            var wait = i % 2 == 0 ? 60 : 240;
            var offered = new DateTimeOffset(2026, 8, 1, 9, 0, 0, TimeSpan.Zero).AddMinutes(i * 10);
            data.Line("calls.csv", $"C{i},Team A,{offered:yyyy-MM-ddTHH:mm:ssZ},E{1 + i % 2},{offered.AddSeconds(wait):yyyy-MM-ddTHH:mm:ssZ}");
        }

        var run = KpiCalculator.Compute(data.Build(), Period.Parse("2026-Q3"), KpiOptions.Default);

        foreach (var person in run.People)
        {
            var awt = person.Kpis.Single(k => k.Kpi == "awt_seconds");
            (awt.Value, awt.Numerator, awt.Denominator).ShouldBe((150m, 30000m, 200m)); // 2.5 minutes, reported on every member
        }
    }

    [Theory]
    [InlineData("csat", "80", "100", "125")]            // 100 ÷ 80
    [InlineData("frt_minutes", "30", "60", "50")]       // lower is better: 30 ÷ 60
    public void Compute_TargetCompletion_InvertsForLowerIsBetter(string kpi, string target, string actualHint, string expected)
    {
        using var data = new DataFolderBuilder().Employee("E1");
        data.File("targets.csv", "employee_id,period,kpi,target").Line("targets.csv", $"E1,2026-Q3,{kpi},{target}");
        if (kpi == "csat")
        {
            data.Surveys("E1", "csat", 5, 5, 4, 5);
        }
        else
        {
            data.File("tickets.csv", "ticket_id,employee_id,created_at,first_response_at")
                .Line("tickets.csv", $"T1,E1,2026-08-01T10:00:00Z,2026-08-01T1{int.Parse(actualHint, System.Globalization.CultureInfo.InvariantCulture) / 60}:00:00Z");
        }

        var run = KpiCalculator.Compute(data.Build(), Period.Parse("2026-Q3"), KpiOptions.Default);

        run.People.Single().Kpis.Single(k => k.Kpi == "target_completion_" + kpi).Value
            .ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Compute_ExternalKpi_ReportedAndTargetable()
    {
        using var data = new DataFolderBuilder().Employee("E1").Employee("E2");
        data.File("external_kpis.csv", "employee_id,period,kpi,value,source")
            .Line("external_kpis.csv", "E1,2026-Q3,sentiment,72.5,warehouse")
            .Line("external_kpis.csv", "E1,2026-Q2,sentiment,10,warehouse");
        data.File("targets.csv", "employee_id,period,kpi,target").Line("targets.csv", "E1,2026-Q3,sentiment,50");

        var run = KpiCalculator.Compute(data.Build(), Period.Parse("2026-Q3"), KpiOptions.Default);

        run.Errors.ShouldBeEmpty();
        var e1 = run.People.Single(p => p.Employee.EmployeeId == "E1").Kpis;
        e1.Single(k => k.Kpi == "sentiment").Value.ShouldBe(72.5m);
        e1.Single(k => k.Kpi == "target_completion_sentiment").Value.ShouldBe(145m);
        run.People.Single(p => p.Employee.EmployeeId == "E2").Kpis.Single(k => k.Kpi == "sentiment").Value.ShouldBeNull();
    }
}
