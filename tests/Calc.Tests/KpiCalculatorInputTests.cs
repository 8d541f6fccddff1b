using ClosedXML.Excel;
using Payout.Calc.Model;
using Payout.Calc.Tests.Builders;

namespace Payout.Calc.Tests;

/// <summary>Input forms: .xlsx beside CSV, and period boundaries in the plan's time zone.</summary>
public sealed class KpiCalculatorInputTests
{
    private static readonly Period Q3 = Period.Parse("2026-Q3");

    [Fact]
    public void Compute_XlsxInput_SameKpisAsCsv()
    {
        using var csv = new DataFolderBuilder().Employee("E1");
        csv.Surveys("E1", "csat", 5, 4, 2);
        var fromCsv = KpiCalculator.Compute(csv.Build(), Q3, KpiOptions.Default);

        using var xlsx = new DataFolderBuilder().Employee("E1");
        var folder = xlsx.Build();
        using (var book = new XLWorkbook())
        {
            var sheet = book.AddWorksheet("surveys");
            string[] header = ["survey_id", "employee_id", "kind", "score", "submitted_at"];
            for (var c = 0; c < header.Length; c++)
            {
                sheet.Cell(1, c + 1).Value = header[c];
            }

            var scores = new[] { 5, 4, 2 };
            for (var r = 0; r < scores.Length; r++)
            {
                sheet.Cell(r + 2, 1).Value = $"S{r}";
                sheet.Cell(r + 2, 2).Value = "E1";
                sheet.Cell(r + 2, 3).Value = "csat";
                sheet.Cell(r + 2, 4).Value = scores[r];                          // a number cell
                sheet.Cell(r + 2, 5).Value = new DateTime(2026, 8, 1, 10, 0, 0); // a date-time cell, read as UTC
            }

            book.SaveAs(Path.Combine(folder, "surveys-august.xlsx"));
        }

        var fromXlsx = KpiCalculator.Compute(folder, Q3, KpiOptions.Default);

        fromXlsx.Errors.ShouldBeEmpty();
        fromXlsx.People.Single().Kpis.ShouldBe(fromCsv.People.Single().Kpis);
        fromXlsx.Inputs.Select(i => (i.Name, i.RowsRead, i.RowsUsed)).ShouldContain(("surveys-august.xlsx", 3, 3));
    }

    [Theory]
    [InlineData("UTC", "2026-06-30T23:30:00Z", false)]
    [InlineData("Europe/Dublin", "2026-06-30T23:30:00Z", true)]   // 00:30 on 1 July in Dublin (UTC+1)
    [InlineData("Europe/Dublin", "2026-09-30T23:30:00Z", false)]  // 00:30 on 1 October in Dublin
    [InlineData("America/New_York", "2026-10-01T03:59:59Z", true)] // 23:59:59 on 30 September in New York
    public void Compute_PlanTimeZone_BoundsThePeriod(string zone, string submitted, bool inPeriod)
    {
        using var data = new DataFolderBuilder().Employee("E1");
        data.File("surveys.csv", "survey_id,employee_id,kind,score,submitted_at").Line("surveys.csv", $"S1,E1,csat,5,{submitted}");
        var options = new KpiOptions(new Dictionary<string, int>(), NodaTime.DateTimeZoneProviders.Tzdb[zone], []);

        var run = KpiCalculator.Compute(data.Build(), Q3, options);

        run.People.Single().Kpis.Single(k => k.Kpi == "csat").N.ShouldBe(inPeriod ? 1 : 0);
    }
}
