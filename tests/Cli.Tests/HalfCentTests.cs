using System.Globalization;
using ClosedXML.Excel;
using Payout.Tests.Shared;

namespace Payout.Cli.Tests;

/// <summary>
/// CSMs whose NRR is a repeating ratio (1/3, 2/3, 14/15, 7/9) and whose amount is exactly a half
/// cent: the run, the workbook, LibreOffice's recalculation and the explanation must all agree.
/// </summary>
public sealed class HalfCentTests
{
    private const string Plan = """
        {
          "Name": "Half cents",
          "Rounding": { "Mode": "AwayFromZero", "Places": 2 },
          "Workflows": { "CsmNrr": [ "csm" ] }
        }
        """;

    private const string Workflow = """
        {
          "WorkflowName": "CsmNrr",
          "Rules": [
            {
              "RuleName": "NrrPay",
              "Properties": { "component": "csm_variable", "rewardType": "cash" },
              "Expression": "kpi.nrr > 0",
              "Actions": { "OnSuccess": { "Name": "OutputExpression",
                "Context": { "Expression": "employee.annual_base_salary * employee.variable_pay_pct * period.months / 12 * kpi.nrr / 100" } } }
            }
          ]
        }
        """;

    // employee, base salary (× 0.10 × 3 ÷ 12 is the quarter's variable pay), hire date, arr_start, arr_end, the amount in exact arithmetic rounded half away from zero
    private static readonly (string Id, string Salary, string Hired, int Start, int End, decimal Paid)[] People =
    [
        ("C1", "120000.6", "", 150000, 50000, 1000.01m),   // 3,000.015 × 1/3 = 1,000.005
        ("C2", "60000.3", "", 150000, 100000, 1000.01m),   // 1,500.0075 × 2/3 = 1,000.005
        ("C3", "60007.5", "", 150000, 140000, 1400.18m),   // 1,500.1875 × 14/15 = 1,400.175
        ("C4", "36001.8", "", 90000, 70000, 700.04m),      // 900.045 × 7/9 = 700.035
        ("C5", "120015", "2026-08-16", 150000, 140000, 1400.18m), // 3,000.375 × 14/15 × 46/92 = 1,400.175
    ];

    private static (string Data, string Rules) Folders(TempDir dir)
    {
        var data = dir.File("data");
        var rules = dir.File("rules");
        Directory.CreateDirectory(data);
        Directory.CreateDirectory(rules);
        File.WriteAllText(Path.Combine(rules, "plan.json"), Plan);
        File.WriteAllText(Path.Combine(rules, "csm.json"), Workflow);
        File.WriteAllLines(Path.Combine(data, "employees.csv"),
            ["employee_id,name,role,team,currency,annual_base_salary,variable_pay_pct,hire_date,termination_date,fte",
             .. People.Select(p => $"{p.Id},CSM {p.Id},csm,Success,EUR,{p.Salary},0.10,{p.Hired},,")]);
        File.WriteAllLines(Path.Combine(data, "accounts.csv"),
            ["employee_id,account_id,period,status,arr_start,arr_end,retention_cost",
             .. People.Select(p => $"{p.Id},A{p.Id},2026-Q3,retained,{p.Start},{p.End},0")]);
        return (data, rules);
    }

    private static (int Exit, string Out, string Err, string Workbook) Run(TempDir dir)
    {
        var (data, rules) = Folders(dir);
        var workbook = dir.File("p.xlsx");
        var (exit, output, error) = CliRunner.Run("run", "--data", data, "--rules", rules, "--period", "2026-Q3", "--out", workbook);
        return (exit, output, error, workbook);
    }

    [Fact]
    public void Run_HalfCentThroughRepeatingRatio_PaysTheExactlyRoundedAmount()
    {
        using var dir = new TempDir();
        var (exit, output, error, workbook) = Run(dir);

        exit.ShouldBe(0, error);
        using var book = new XLWorkbook(workbook);
        var paid = book.Worksheet("Payout Lines").RowsUsed().Skip(1).ToDictionary(r => r.Cell(2).GetString(), r => r.Cell(9).GetValue<decimal>());
        paid.ShouldBe(People.ToDictionary(p => p.Id, p => p.Paid));
        SummaryTable.Cash(output, "EUR").ShouldBe(SummaryTable.Money(People.Sum(p => p.Paid)));
    }

    [Fact]
    public void Run_HalfCentThroughRepeatingRatio_LibreOfficeRecalculatesTheSameAmountsAndTotal()
    {
        using var dir = new TempDir();
        var (exit, output, error, workbook) = Run(dir);
        exit.ShouldBe(0, error);

        var formulas = new List<(string Sheet, int Row, int Column, string Cached)>();
        using (var book = new XLWorkbook(workbook))
        {
            foreach (var sheet in book.Worksheets)
            {
                formulas.AddRange(sheet.CellsUsed(c => c.HasFormula).Select(c =>
                    (sheet.Name, c.Address.RowNumber, c.Address.ColumnNumber, Convert.ToString(c.CachedValue, CultureInfo.InvariantCulture) ?? string.Empty)));
            }
        }

        var recalculated = LibreOffice.RecalculatedSheets(workbook, ["Payout Lines", "Summary"]);
        var amounts = formulas.Where(f => f.Sheet == "Payout Lines" && f.Column == 9).ToList();
        amounts.Count.ShouldBe(People.Length);
        foreach (var f in formulas.Where(f => recalculated.ContainsKey(f.Sheet)))
        {
            var actual = recalculated[f.Sheet][f.Row - 1][f.Column - 1];
            (decimal.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value.ToString(CultureInfo.InvariantCulture) : actual)
                .ShouldBe(decimal.TryParse(f.Cached, NumberStyles.Float, CultureInfo.InvariantCulture, out var cached) ? cached.ToString(CultureInfo.InvariantCulture) : f.Cached,
                    $"{f.Sheet}!R{f.Row}C{f.Column}");
        }

        var total = recalculated["Summary"].Single(r => r[0] == "Total EUR")[6];
        SummaryTable.Cash(output, "EUR").ShouldBe(SummaryTable.Money(decimal.Parse(total, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Run_HalfCentThroughRepeatingRatio_EverySentenceRedoneGivesTheAmount()
    {
        using var dir = new TempDir();
        var (exit, _, error, workbook) = Run(dir);
        exit.ShouldBe(0, error);

        RedoneSentences.Check(workbook, MidpointRounding.AwayFromZero).ShouldBe(People.Length);
    }

    [Fact]
    public void Run_Sample_EverySentenceRedoneGivesTheAmount()
    {
        using var dir = new TempDir();
        var (exit, _, error) = CliRunner.Run("run", "--data", RepoPaths.SampleData, "--rules", RepoPaths.Rules, "--out", dir.File("p.xlsx"));
        exit.ShouldBe(0, error);

        RedoneSentences.Check(dir.File("p.xlsx"), MidpointRounding.AwayFromZero).ShouldBeGreaterThan(20);
    }
}
