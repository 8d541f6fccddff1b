using ClosedXML.Excel;

namespace Payout.Cli.Tests;

/// <summary>Roles are the company's own: a company with tier1_agent and escalation_engineer runs end to end.</summary>
public sealed class OtherRolesTests
{
    [Fact]
    public void Run_CompanyWithItsOwnRoles_PaysJsonAndNRulesRulesByRole()
    {
        using var dir = new TempDir();
        var data = dir.File("data");
        var rules = dir.File("rules");
        Directory.CreateDirectory(data);
        Directory.CreateDirectory(rules);
        File.WriteAllLines(Path.Combine(data, "employees.csv"),
        [
            "employee_id,name,role,team,currency,annual_base_salary,variable_pay_pct,hire_date,termination_date,fte",
            "T1,Tia,tier1_agent,Front,EUR,40000,,,,",
            "T2,Tom,tier1_agent,Front,EUR,40000,,,,",
            "X1,Xena,escalation_engineer,Back,EUR,60000,,,,",
        ]);
        File.WriteAllLines(Path.Combine(data, "surveys.csv"),
        [
            "survey_id,employee_id,kind,score,submitted_at,ticket_id,scale_min,scale_max",
            .. Enumerable.Range(0, 10).Select(i => $"S{i},T1,csat,5,2026-08-0{i % 9 + 1}T10:00:00Z,,,"),
            .. Enumerable.Range(10, 10).Select(i => $"S{i},T2,csat,2,2026-08-0{i % 9 + 1}T10:00:00Z,,,"),
            .. Enumerable.Range(20, 10).Select(i => $"S{i},X1,csat,5,2026-08-0{i % 9 + 1}T10:00:00Z,,,"),
        ]);
        File.WriteAllText(Path.Combine(rules, "plan.json"), """
            { "Name": "Own roles", "Rounding": { "Mode": "AwayFromZero", "Places": 2 },
              "Workflows": { "Bonus": [ "tier1_agent", "escalation_engineer" ] } }
            """);
        File.WriteAllText(Path.Combine(rules, "bonus.json"), """
            { "WorkflowName": "Bonus", "Rules": [ { "RuleName": "CsatBonus", "Properties": { "component": "bonus", "rewardType": "cash" },
              "Expression": "kpi.csat >= 80 && employee.role != \"escalation_engineer\"",
              "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "100" } } } } ] }
            """);
        File.WriteAllText(Path.Combine(rules, "escalation.cs"), """
            [Name("EscalationAward")]
            [Pay("escalation", Roles = ["escalation_engineer"])]
            public sealed class EscalationAward : Rule
            {
                public override void Define()
                {
                    Kpi csat = null!;
                    When().Match(() => csat, k => k.Name == "csat", k => k.Value >= 90m);
                    Then().Do(ctx => ctx.Pay(250m, "escalations closed with top CSAT"));
                }
            }
            """);

        var (exit, output, error) = CliRunner.Run("run", "--data", data, "--rules", rules, "--period", "2026-Q3", "--out", dir.File("p.xlsx"));

        exit.ShouldBe(0, error);
        SummaryTable.Cash(output, "EUR").ShouldBe("350.00");
        using var book = new XLWorkbook(dir.File("p.xlsx"));
        book.Worksheet("Payout Lines").RowsUsed().Skip(1).Select(r => (r.Cell(2).GetString(), r.Cell(6).GetString(), r.Cell(9).GetValue<decimal>()))
            .ShouldBe([("T1", "CsatBonus", 100m), ("X1", "EscalationAward", 250m)]);
    }
}
