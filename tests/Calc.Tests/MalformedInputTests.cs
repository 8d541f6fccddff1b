using Payout.Calc.Model;
using Payout.Calc.Tests.Builders;

namespace Payout.Calc.Tests;

/// <summary>Every kind of bad row is reported with file, line, column and reason, and nothing is silently dropped.</summary>
public sealed class MalformedInputTests
{
    /// <summary>(file|header, good row, bad row, expected error on line 3).</summary>
    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "tickets.csv|ticket_id,employee_id,created_at,resolved_at", "T1,E1,2026-08-01T10:00:00Z,", "T2,E1,2026-08-01 10:00,", "column 'created_at' value '2026-08-01 10:00': not an ISO-8601 timestamp with Z or an offset (e.g. 2026-07-01T09:30:00Z)" },
        { "tickets.csv|ticket_id,employee_id,created_at,resolved_at", "T1,E1,2026-08-01T10:00:00Z,", "T2,E1,2026-08-01T10:00:00Z,2026-08-01T09:59:00Z", "column 'resolved_at' value '2026-08-01T09:59:00Z': negative duration: resolved before created_at" },
        { "tickets.csv|ticket_id,employee_id,created_at,first_response_at", "T1,E1,2026-08-01T10:00:00Z,", "T2,E1,2026-08-01T10:00:00Z,2026-08-01T09:00:00+00:00", "column 'first_response_at' value '2026-08-01T09:00:00+00:00': negative duration: first response is before created_at" },
        { "tickets.csv|ticket_id,employee_id,created_at", "T1,E1,2026-08-01T10:00:00Z", "T1,E1,2026-08-02T10:00:00Z", "column 'ticket_id' value 'T1': duplicate ticket_id" },
        { "tickets.csv|ticket_id,employee_id,created_at", "T1,E1,2026-08-01T10:00:00Z", "T2,E9,2026-08-02T10:00:00Z", "column 'employee_id' value 'E9': unknown employee_id (not in employees.csv)" },
        { "tickets.csv|ticket_id,employee_id,created_at,contacts_to_resolve", "T1,E1,2026-08-01T10:00:00Z,1", "T2,E1,2026-08-01T10:00:00Z,0", "column 'contacts_to_resolve' value '0': must be at least 1" },
        { "surveys.csv|survey_id,employee_id,kind,score,submitted_at", "S1,E1,csat,5,2026-08-01T10:00:00Z", "S2,E1,csat,6,2026-08-01T10:00:00Z", "column 'score' value '6': score outside its scale 1–5" },
        { "surveys.csv|survey_id,employee_id,kind,score,submitted_at", "S1,E1,csat,5,2026-08-01T10:00:00Z", "S2,E1,nps,7.5x,2026-08-01T10:00:00Z", "column 'score' value '7.5x': not a decimal number (use '.' as the decimal separator)" },
        { "surveys.csv|survey_id,employee_id,kind,score,submitted_at", "S1,E1,csat,5,2026-08-01T10:00:00Z", "S2,E1,csta,5,2026-08-01T10:00:00Z", "column 'kind' value 'csta': unknown survey kind; expected csat, nps or ces" },
        { "calls.csv|call_id,team,offered_at,employee_id,answered_at,abandoned", "C1,Team A,2026-08-01T10:00:00Z,E1,2026-08-01T10:01:00Z,false", "C2,Team A,2026-08-01T10:00:00Z,E1,2026-08-01T10:01:00Z,true", "column 'answered_at' value '2026-08-01T10:01:00Z': an abandoned call cannot have answered_at" },
        { "calls.csv|call_id,team,offered_at,employee_id,answered_at,abandoned", "C1,Team A,2026-08-01T10:00:00Z,E1,2026-08-01T10:01:00Z,false", "C2,Team A,2026-08-01T10:00:00Z,,,yes", "column 'abandoned' value 'yes': not a boolean (true/false or 1/0)" },
        { "calls.csv|call_id,team,offered_at", "C1,Team A,2026-08-01T10:00:00Z", "C2,Team Z,2026-08-01T10:00:00Z", "column 'team' value 'Team Z': unknown team (no employee in employees.csv is in it)" },
        { "qa_reviews.csv|review_id,employee_id,reviewed_at,criterion,score,scale_min,scale_max", "R1,E1,2026-08-01T10:00:00Z,tone,4,1,5", "R1,E1,2026-08-01T10:00:00Z,accuracy,4,5,1", "column 'scale_max' value '1': scale_max must be greater than scale_min" },
        { "qa_reviews.csv|review_id,employee_id,reviewed_at,criterion,score,scale_min,scale_max", "R1,E1,2026-08-01T10:00:00Z,tone,4,1,5", "R1,E1,2026-08-01T10:00:00Z,tone,3,1,5", "column 'criterion' value 'tone': duplicate criterion 'tone' in review R1" },
        { "feedback.csv|feedback_id,employee_id,received_at,responded_at", "F1,E1,2026-08-01T10:00:00Z,", "F2,E1,2026-08-01T10:00:00Z,2026-07-01T10:00:00Z", "column 'responded_at' value '2026-07-01T10:00:00Z': negative duration: responded before received_at" },
        { "accounts.csv|employee_id,account_id,period,status,arr_start", "E1,A1,2026-Q3,retained,100", "E1,A2,2026-Q3,lost,100", "column 'status' value 'lost': unknown status; expected retained, churned or new" },
        { "accounts.csv|employee_id,account_id,period,status,arr_start", "E1,A1,2026-Q3,retained,100", "E1,A2,2026-Q3,retained,-5", "column 'arr_start' value '-5': ARR must not be negative" },
        { "targets.csv|employee_id,period,kpi,target", "E1,2026-Q3,csat,80", "E1,2026-Q3,cast,80", "column 'kpi' value 'cast': unknown KPI; did you mean 'csat'?" },
        { "targets.csv|employee_id,period,kpi,target", "E1,2026-Q3,csat,80", "E1,2026-Q9,nps,80", "column 'period' value '2026-Q9': not a period (2026-09, 2026-Q3 or 2026)" },
        { "external_kpis.csv|employee_id,period,kpi,value", "E1,2026-Q3,sentiment,80", "E1,2026-Q3,csat,80", "column 'kpi' value 'csat': 'csat' is computed by Payout; an external KPI needs a name of its own" },
        { "employees.csv|employee_id,name,role,team,currency,annual_base_salary", "E2,B,agent,Team A,USD,40000", "E3,C,Team Lead,Team A,USD,40000", "column 'role' value 'Team Lead': a role is lower-case letters, digits and underscores, starting with a letter (e.g. agent, tier1_agent)" },
        { "employees.csv|employee_id,name,role,team,currency,annual_base_salary", "E2,B,agent,Team A,USD,40000", "E3,C,agent,Team A,usd,40000", "column 'currency' value 'usd': not an ISO 4217 code (three capital letters, e.g. USD)" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compute_BadRow_ReportedWithLineColumnAndCounted(string file, string good, string bad, string expected)
    {
        var (name, header) = (file.Split('|')[0], file.Split('|')[1]);
        using var data = new DataFolderBuilder();
        if (name == "employees.csv")
        {
            data.Employee("E1").Line(name, good).Line(name, bad);
        }
        else
        {
            data.Employee("E1").File(name, header).Line(name, good).Line(name, bad);
        }

        var run = KpiCalculator.Compute(data.Build(), Period.Parse("2026-Q3"), KpiOptions.Default);

        var line = name == "employees.csv" ? 4 : 3;
        run.Errors.Select(e => e.ToString()).ShouldBe([$"{name}:{line}: {expected}"]);
        var input = run.Inputs.Single(i => i.Name == name);
        input.RowsRejected.ShouldBe(1);
        (input.RowsUsed + input.RowsRejected + input.RowsOutsidePeriod).ShouldBe(input.RowsRead);
    }

    [Fact]
    public void Compute_FxRates_LatestOnOrBeforeThePeriodEndPerCurrency()
    {
        using var data = new DataFolderBuilder();
        data.Employee("E1").Surveys("E1", "csat", 5)
            .File("fx_rates.csv", "currency,rate,as_of").Line("fx_rates.csv", "EUR,1.07,2026-06-30").Line("fx_rates.csv", "EUR,1.0865,2026-09-30")
            .Line("fx_rates.csv", "EUR,1.20,2026-10-01").Line("fx_rates.csv", "GBP,1.27,2026-09-15");

        var run = KpiCalculator.Compute(data.Build(), Period.Parse("2026-Q3"), KpiOptions.Default);

        run.Errors.ShouldBeEmpty();
        run.FxRates.Select(r => (r.Currency, r.Rate, r.Line)).ShouldBe([("EUR", 1.0865m, 3), ("GBP", 1.27m, 5)]);
        var input = run.Inputs.Single(i => i.Name == "fx_rates.csv");
        (input.RowsUsed, input.RowsOutsidePeriod).ShouldBe((3, 1));
    }

    [Theory]
    [InlineData("EUR,0,2026-09-30", "column 'rate' value '0': a rate must be greater than 0")]
    [InlineData("eur,1.08,2026-09-30", "column 'currency' value 'eur': not an ISO 4217 code")]
    [InlineData("EUR,1.08,", "column 'as_of': required")]
    [InlineData("EUR,1.09,2026-09-30", "column 'currency' value 'EUR': a second rate for EUR on 2026-09-30 (the first is on line 2)")]
    public void Compute_BadFxRate_RejectedWithLineAndColumn(string bad, string expected)
    {
        using var data = new DataFolderBuilder();
        data.Employee("E1").Surveys("E1", "csat", 5).File("fx_rates.csv", "currency,rate,as_of").Line("fx_rates.csv", "EUR,1.08,2026-09-30").Line("fx_rates.csv", bad);

        var run = KpiCalculator.Compute(data.Build(), Period.Parse("2026-Q3"), KpiOptions.Default);

        run.Errors.Select(e => e.ToString()).ShouldContain(e => e.StartsWith($"fx_rates.csv:3: {expected}", StringComparison.Ordinal), string.Join("\n", run.Errors));
    }

    [Theory]
    [InlineData("CC-100,ACME-US", null)]
    [InlineData(",", null)]
    [InlineData("=SUM(A1),ACME-US", "column 'cost_centre' value '=SUM(A1)': a cost centre code is at most 40 letters")]
    [InlineData("CC-100,ACME US;DROP", "column 'legal_entity' value 'ACME US;DROP': a legal entity code is at most 40 letters")]
    public void Compute_PayrollColumnsOfEmployees_ReadOrRejectedWithColumn(string cells, string? expected)
    {
        using var data = new DataFolderBuilder();
        var folder = data.Build();
        File.WriteAllText(Path.Combine(folder, "employees.csv"), $"employee_id,name,role,team,currency,annual_base_salary,cost_centre,legal_entity\nE1,A,agent,Team A,USD,40000,{cells}\n");
        File.WriteAllText(Path.Combine(folder, "surveys.csv"), "survey_id,employee_id,kind,score,submitted_at\nS1,E1,csat,5,2026-08-01T10:00:00Z\n");

        var run = KpiCalculator.Compute(folder, Period.Parse("2026-Q3"), KpiOptions.Default);

        if (expected is null)
        {
            run.Errors.ShouldBeEmpty();
            var employee = run.People.ShouldHaveSingleItem().Employee;
            (employee.CostCentre, employee.LegalEntity).ShouldBe(cells == "," ? (null, null) : ("CC-100", "ACME-US"));
        }
        else
        {
            run.Errors.Select(e => e.ToString()).ShouldContain(e => e.StartsWith($"employees.csv:2: {expected}", StringComparison.Ordinal), string.Join("\n", run.Errors));
        }
    }

    [Fact]
    public void Compute_SeveralErrorsInOneRow_AllReportedRowCountedOnce()
    {
        using var data = new DataFolderBuilder().Employee("E1");
        data.File("tickets.csv", "ticket_id,employee_id,created_at,contacts_to_resolve,is_complaint")
            .Line("tickets.csv", "T1,E9,yesterday,none,maybe");
        var run = KpiCalculator.Compute(data.Build(), Period.Parse("2026-Q3"), KpiOptions.Default);

        run.Errors.Select(e => e.Column).ShouldBe(["created_at", "contacts_to_resolve", "is_complaint", "employee_id"], ignoreOrder: true);
        run.Inputs.Single(i => i.Name == "tickets.csv").RowsRejected.ShouldBe(1);
    }

    [Fact]
    public void Compute_EventsOfRejectedEmployee_SayWhy()
    {
        using var data = new DataFolderBuilder().Employee("E1", salary: "-1");
        data.Surveys("E1", "csat", 5);
        var run = KpiCalculator.Compute(data.Build(), Period.Parse("2026-Q3"), KpiOptions.Default);

        run.Errors.Select(e => e.ToString()).ShouldBe(
        [
            "employees.csv:2: column 'annual_base_salary' value '-1': must not be negative",
            "surveys.csv:2: column 'employee_id' value 'E1': this employee's row in employees.csv was rejected",
        ]);
    }

    [Fact]
    public void Compute_UnterminatedQuote_FileLevelError()
    {
        using var data = new DataFolderBuilder().Employee("E1");
        data.File("surveys.csv", "survey_id,employee_id,kind,score,submitted_at").Line("surveys.csv", "S1,E1,\"csat,5,2026-08-01T10:00:00Z");
        var run = KpiCalculator.Compute(data.Build(), Period.Parse("2026-Q3"), KpiOptions.Default);

        run.Errors.ShouldHaveSingleItem().ToString().ShouldBe("surveys.csv:2: column '': malformed CSV: unterminated quoted field");
    }

    [Fact]
    public void Compute_NoEmployeesFile_Error()
    {
        using var data = new DataFolderBuilder();
        var folder = data.Build();
        File.Delete(Path.Combine(folder, "employees.csv"));

        KpiCalculator.Compute(folder, Period.Parse("2026-Q3"), KpiOptions.Default).Errors.ShouldHaveSingleItem()
            .Reason.ShouldBe("required file is missing from the data folder");
    }
}
