using ClosedXML.Excel;
using Payout.Tests.Shared;

namespace Payout.Cli.Tests;

/// <summary>Mistakes that used to pass validate and pay wrongly with exit 0 now stop the run, naming the fix.</summary>
public sealed class RunChecksTests
{
    private static string RulesWith(TempDir dir, string from, string to)
    {
        var rules = dir.CopyOf(RepoPaths.Rules, "rules");
        Directory.CreateDirectory(Path.Combine(rules, "tests"));
        var path = Path.Combine(rules, "agent-bonus.json");
        var text = File.ReadAllText(path);
        text.ShouldContain(from);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        return rules;
    }

    [Fact]
    public void Run_PeriodWithNoEvents_ExitTwoNamesTheLatestQuarter()
    {
        using var dir = new TempDir();

        var (exit, _, error) = CliRunner.Run("run", "--data", RepoPaths.SampleData, "--rules", RepoPaths.Rules, "--period", "2026-Q4", "--out", dir.File("p.xlsx"));

        exit.ShouldBe(2);
        error.ShouldContain("no event in the data falls in 2026-Q4");
        error.ShouldContain("the data's latest quarter is 2026-Q3");
        File.Exists(dir.File("p.xlsx")).ShouldBeFalse();
    }

    [Fact]
    public void Run_TeamComparedWithValueNoPersonHas_ExitTwoWithSuggestion()
    {
        using var dir = new TempDir();
        var rules = RulesWith(dir, "\"Expression\": \"kpi.csat >= 80 && kpi.iqs >= plan.iqs_gate\"", "\"Expression\": \"kpi.csat >= 80 && kpi.iqs >= plan.iqs_gate && employee.team != \\\"Phenix\\\"\"");

        var (exit, _, error) = CliRunner.Run("validate", "--data", RepoPaths.SampleData, "--rules", rules);

        exit.ShouldBe(2);
        error.ShouldContain("Rule=CsatTier1");
        error.ShouldContain("compares employee.team with \"Phenix\", which no person employed in 2026-Q3 has; did you mean 'Phoenix'?");
    }

    [Theory]
    [InlineData("employee.role == \\\"agnet\\\"", "compares employee.role with \"agnet\", but workflow AgentQuarterlyBonus runs only for agent, senior_agent, team_lead (plan.json Workflows); did you mean 'agent'?")]
    [InlineData("kpi.sla_adherence >= 0.85", "compares kpi.sla_adherence (on a 0–100 scale: 85 means 85 %) with 0.85")]
    public void Validate_ConditionThatCannotMeanWhatIsWritten_ExitTwoWithRuleAndLine(string condition, string message)
    {
        using var dir = new TempDir();
        var rules = RulesWith(dir, "\"Expression\": \"kpi.csat >= 80 && kpi.iqs >= plan.iqs_gate\"", $"\"Expression\": \"kpi.csat >= 80 && {condition}\"");

        var (exit, _, error) = CliRunner.Run("validate", "--data", RepoPaths.SampleData, "--rules", rules);

        exit.ShouldBe(2);
        error.ShouldContain("Rule=CsatTier1");
        error.ShouldContain("Line=");
        error.ShouldContain(message);
    }

    [Fact]
    public void Run_AcceptRejectsWithEmployeesFileFailedAsAWhole_ExitTwoRootCauseFirstNothingWritten()
    {
        using var dir = new TempDir();
        var data = dir.CopyOf(RepoPaths.SampleData, "data");
        var employees = Path.Combine(data, "employees.csv");
        File.WriteAllText(employees, File.ReadAllText(employees).Replace(',', '|'));

        var (exit, _, error) = CliRunner.Run("run", "--data", data, "--rules", RepoPaths.Rules, "--out", dir.File("p.xlsx"), "--accept-rejects", "--period", "2026-Q3", "--quiet");

        exit.ShouldBe(2);
        var lines = error.Split('\n');
        lines[1].ShouldContain("employees.csv:1:");
        lines[1].ShouldContain("looks '|'-separated");
        error.ShouldContain("tickets.csv: 2971 row(s) name employees or teams that employees.csv would have defined (they follow from it; not listed)");
        error.ShouldNotContain("tickets.csv:2:");
        error.ShouldContain("error: nobody to pay");
        File.Exists(dir.File("p.xlsx")).ShouldBeFalse();
    }

    [Fact]
    public void Run_AcceptRejectsWithOneOfTwoEmployeesFilesFailed_RejectedRowsListTheFileFirstAndCountWhatFollows()
    {
        using var dir = new TempDir();
        var data = dir.CopyOf(RepoPaths.SampleData, "data");
        var employees = File.ReadAllLines(Path.Combine(data, "employees.csv"));
        File.Delete(Path.Combine(data, "employees.csv"));
        File.WriteAllLines(Path.Combine(data, "employees-a.csv"), employees.Take(11));
        File.WriteAllLines(Path.Combine(data, "employees-b.csv"), [employees[0].Replace(',', '|'), .. employees.Skip(11).Select(l => l.Replace(',', '|'))]);

        var (exit, _, error) = CliRunner.Run("run", "--data", data, "--rules", RepoPaths.Rules, "--out", dir.File("p.xlsx"), "--accept-rejects");

        exit.ShouldBe(0, error);
        using var book = new XLWorkbook(dir.File("p.xlsx"));
        var rejected = book.Worksheet("Rejected Rows").RowsUsed().Skip(1).ToList();
        rejected[0].Cell(1).GetString().ShouldBe("employees-b.csv");
        rejected[0].Cell(5).GetString().ShouldContain("looks '|'-separated");
        rejected.Skip(1).ShouldAllBe(r => r.Cell(2).IsEmpty() && r.Cell(5).GetString().Contains("would have defined (they follow from it; counted, not listed)", StringComparison.Ordinal));
        rejected.Skip(1).Select(r => r.Cell(1).GetString()).ShouldContain("tickets.csv");
        book.Worksheet("People").RowsUsed().Count().ShouldBe(11); // the header and the ten people of employees-a.csv
    }

    [Fact]
    public void Run_PolicyThatPaysNobody_ExitTwoUnlessAllowEmpty()
    {
        using var dir = new TempDir();
        var rules = dir.File("rules");
        Directory.CreateDirectory(rules);
        File.WriteAllText(Path.Combine(rules, "plan.json"), """
            { "Name": "Nobody", "Rounding": { "Mode": "AwayFromZero", "Places": 2 },
              "Workflows": { "Never": [ "agent", "senior_agent", "team_lead", "csm" ] } }
            """);
        File.WriteAllText(Path.Combine(rules, "never.json"), """
            { "WorkflowName": "Never", "Rules": [ { "RuleName": "Never", "Properties": { "component": "bonus", "rewardType": "cash" },
              "Expression": "employee.annual_base_salary < 0",
              "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "100" } } } } ] }
            """);

        var refused = CliRunner.Run("run", "--data", RepoPaths.SampleData, "--rules", rules, "--out", dir.File("p.xlsx"));
        var allowed = CliRunner.Run("run", "--data", RepoPaths.SampleData, "--rules", rules, "--out", dir.File("q.xlsx"), "--allow-empty");

        refused.Exit.ShouldBe(2);
        refused.Err.ShouldContain("the run pays nobody: 38 people evaluated for 2026-Q3");
        File.Exists(dir.File("p.xlsx")).ShouldBeFalse();
        allowed.Exit.ShouldBe(0, allowed.Err);
        File.Exists(dir.File("q.xlsx")).ShouldBeTrue();
    }

    [Fact]
    public void Trace_PersonsCsat_ListsEverySourceRowAndTheKpi()
    {
        var (exit, output, error) = CliRunner.Run("trace", "--employee", "E004", "--kpi", "csat", "--data", RepoPaths.SampleData, "--rules", RepoPaths.Rules);

        exit.ShouldBe(0, error);
        var lines = output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var rows = lines.SkipLast(1).ToList();
        rows.ShouldAllBe(l => l.StartsWith("surveys.csv:", StringComparison.Ordinal) && l.Contains("kind=csat", StringComparison.Ordinal));
        var positive = rows.Count(l => l.Contains("score=4,", StringComparison.Ordinal) || l.Contains("score=5,", StringComparison.Ordinal));
        lines[^1].ShouldBe($"E004 csat 2026-Q3 = {positive * 100m / rows.Count:0.############################} (numerator {positive}, denominator {rows.Count}, n={rows.Count}; {rows.Count} source rows)");
    }

    [Fact]
    public void Run_Sample_AuditorCanRedoProrationAndFindPlanValues()
    {
        using var dir = new TempDir();
        var (exit, _, error) = CliRunner.Run("run", "--data", RepoPaths.SampleData, "--rules", RepoPaths.Rules, "--out", dir.File("p.xlsx"));
        exit.ShouldBe(0, error);

        using var book = new XLWorkbook(dir.File("p.xlsx"));
        var people = book.Worksheet("People").RowsUsed().Skip(1).ToList();
        people.Count.ShouldBe(38);
        people.ShouldAllBe(r => r.Cell(13).FormulaA1 == $"K{r.RowNumber()}/L{r.RowNumber()}*H{r.RowNumber()}");
        people.ShouldContain(r => r.Cell(11).GetValue<int>() < r.Cell(12).GetValue<int>()); // someone hired or leaving inside the quarter
        var policies = book.Worksheet("Policies").RowsUsed().ToList();
        policies.ShouldContain(r => r.Cell(5).GetString() == "plan.iqs_gate" && r.Cell(14).GetString() == "80");
        policies.ShouldContain(r => r.Cell(5).GetString() == "Rounding" && r.Cell(14).GetString().StartsWith("AwayFromZero, 2 places", StringComparison.Ordinal));
        policies.ShouldContain(r => r.Cell(5).GetString() == "CsatTier3" && r.Cell(15).GetString() == "rate = 0.08");
        // Every line's link names an explanation id whose row is that line's rule for that person, and says so back.
        var explanations = book.Worksheet("Explanations").RowsUsed().Skip(1).ToDictionary(r => r.Cell(1).GetString());
        foreach (var line in book.Worksheet("Payout Lines").RowsUsed().Skip(1))
        {
            var id = Convert.ToString(line.Cell(15).CachedValue, System.Globalization.CultureInfo.InvariantCulture)!;
            line.Cell(15).FormulaA1.ShouldContain($"MATCH(\"{id}\",'Explanations'!$A:$A,0)");
            var explanation = explanations[id];
            (explanation.Cell(2).GetString(), explanation.Cell(3).GetString(), explanation.Cell(5).GetString())
                .ShouldBe((line.Cell(1).GetString(), line.Cell(2).GetString(), line.Cell(6).GetString()));
        }

        // Lineage: every CSAT survey behind each person's n is listed with its file, line and id.
        var lineage = book.Worksheet("Lineage").RowsUsed().Skip(1).ToList();
        lineage.ShouldAllBe(r => r.Cell(2).GetString().EndsWith(".csv", StringComparison.Ordinal) && r.Cell(3).GetValue<int>() > 1 && r.Cell(4).GetString().Length > 0);
        var csat = book.Worksheet("KPIs").RowsUsed().Skip(1).Where(r => r.Cell(4).GetString() == "csat").ToList();
        csat.ShouldNotBeEmpty();
        foreach (var row in csat)
        {
            lineage.Count(l => l.Cell(1).GetString() == row.Cell(1).GetString() && l.Cell(5).GetString() == "csat, csat_avg")
                .ShouldBe(row.Cell(8).IsEmpty() ? 0 : row.Cell(8).GetValue<int>(), row.Cell(1).GetString());
        }

        book.Worksheet("KPI Definitions").RowsUsed().ShouldContain(r => r.Cell(1).GetString() == "nrr" && r.Cell(2).GetString().Contains("arr_end", StringComparison.Ordinal));
    }
}
