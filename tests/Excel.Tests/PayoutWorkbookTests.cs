using Payout.Rules;
using Payout.Rules.Files;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Payout.Excel.Tests.Builders;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Payout.Excel.Tests;

public sealed class PayoutWorkbookTests
{
    private static RunReport Sample() => new ReportBuilder()
        .Person("E1", "USD", 960m)
        .Person("E2", "EUR", 600m, 100.5m)
        .Person("E3", "USD")
        .Person("E4", "USD", 360.25m)
        .Build();

    [Fact]
    public void Write_ReadBackWithClosedXml_TotalsPerCurrencyEqualEngine()
    {
        using var dir = new TempDir();
        var report = Sample();
        PayoutWorkbook.Write(report, dir.File("p.xlsx"));

        using var book = new XLWorkbook(dir.File("p.xlsx"));
        book.Worksheets.Select(w => w.Name).ShouldBe(["Summary", "Dashboard", "Payout Lines", "KPIs", "KPI Definitions", "People", "Lineage", "Explanations", "Policies", "Inputs", "Rejected Rows", "Run"]);
        var summary = book.Worksheet("Summary");
        var totals = summary.RowsUsed().Where(r => r.Cell(1).GetString().StartsWith("Total ", StringComparison.Ordinal))
            .ToDictionary(r => r.Cell(5).GetString(), r => r.Cell(7));
        totals["EUR"].GetValue<decimal>().ShouldBe(700.5m);
        totals["USD"].GetValue<decimal>().ShouldBe(1320.25m);
        totals["USD"].FormulaA1.ShouldBe("SUMIFS($G$2:$G$7,$E$2:$E$7,\"USD\",$A$2:$A$7,\"<>Subtotal\")");
        var subtotals = summary.RowsUsed().Where(r => r.Cell(1).GetString() == "Subtotal")
            .Select(r => (r.Cell(2).GetString(), r.Cell(5).GetString(), r.Cell(7).GetValue<decimal>())).ToList();
        subtotals.ShouldBe([("Team A", "EUR", 700.5m), ("Team A", "USD", 1320.25m)]);
        report.CashTotals.ShouldBe([KeyValuePair.Create("EUR", 700.5m), KeyValuePair.Create("USD", 1320.25m)]);
        summary.Cell("G3").FormulaA1.ShouldStartWith("SUMIFS('Payout Lines'!$I$2:$I$5,'Payout Lines'!$B$2:$B$5,\"=\"&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($A3,\"~\",\"~~\")");
        summary.Cell("G3").GetValue<decimal>().ShouldBe(700.5m);
        summary.SheetView.SplitRow.ShouldBe(1);
    }

    [Fact]
    public void Write_MissingKpiARuleRead_ListedEmptyNotZero()
    {
        using var dir = new TempDir();
        PayoutWorkbook.Write(Sample() with { PolicyRules = [ReadingNps] }, dir.File("p.xlsx"));

        using var book = new XLWorkbook(dir.File("p.xlsx"));
        var nps = book.Worksheet("KPIs").RowsUsed().First(r => r.Cell(4).GetString() == "nps");
        nps.Cell(1).GetString().ShouldBe("E1"); // E1 was evaluated by Tier0, which reads nps
        nps.Cell(5).IsEmpty().ShouldBeTrue();
        nps.Cell(9).IsEmpty().ShouldBeTrue(); // no rank for a missing KPI
        nps.Cell(13).GetString().ShouldBe("no data in the period");
    }

    [Fact]
    public void Write_MissingKpiNoRuleRead_CountedOnKpiDefinitionsNotListed()
    {
        using var dir = new TempDir();
        var readingCsatOnly = ReadingNps with { Condition = "kpi.csat >= 90" };
        PayoutWorkbook.Write(Sample() with { PolicyRules = [readingCsatOnly], KpiDefinitions = [new("csat", "top two box", false), new("nps", "promoters − detractors", false)] }, dir.File("p.xlsx"));

        using var book = new XLWorkbook(dir.File("p.xlsx"));
        book.Worksheet("KPIs").RowsUsed().Skip(1).Select(r => r.Cell(4).GetString()).ShouldBe(["csat", "csat", "csat", "csat"]);
        var nps = book.Worksheet("KPI Definitions").RowsUsed().Single(r => r.Cell(1).GetString() == "nps");
        (nps.Cell(4).GetValue<int>(), nps.Cell(5).GetValue<int>(), nps.Cell(6).GetValue<int>()).ShouldBe((0, 0, 4));
        book.Worksheet("KPI Definitions").RowsUsed().Single(r => r.Cell(1).GetString() == "csat").Cell(4).GetValue<int>().ShouldBe(4);
    }

    private static readonly PolicyRule ReadingNps = new("Bonus", "Tier0", "rules/bonus.json", 3, "bonus", RewardType.Cash, 1, null, null, null, "kpi.csat >= 90 && kpi.nps >= 50", "48000 * 0.02", "A bonus");

    [Fact]
    public void Write_Twice_ByteIdentical()
    {
        using var dir = new TempDir();
        PayoutWorkbook.Write(Sample(), dir.File("a.xlsx"));
        PayoutWorkbook.Write(Sample(), dir.File("b.xlsx"));

        File.ReadAllBytes(dir.File("a.xlsx")).ShouldBe(File.ReadAllBytes(dir.File("b.xlsx")));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"click\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public void Write_FormulaLikeInputText_StaysText(string name)
    {
        using var dir = new TempDir();
        PayoutWorkbook.Write(new ReportBuilder().Person("E1", "USD", name, 1m).Build(), dir.File("p.xlsx"));

        using var book = new XLWorkbook(dir.File("p.xlsx"));
        var cell = book.Worksheet("Summary").Cell("B2");
        cell.HasFormula.ShouldBeFalse();
        cell.GetString().ShouldBe(name);
    }

    [Fact]
    public void Write_OpenXmlValidator_NoErrors()
    {
        using var dir = new TempDir();
        PayoutWorkbook.Write(Sample(), dir.File("p.xlsx"));

        using var doc = SpreadsheetDocument.Open(dir.File("p.xlsx"), false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        errors.ShouldBeEmpty();
    }

    [Fact]
    public void Write_EverySheet_PrintsOnePageWideWithHeaderRowAndFooter()
    {
        using var dir = new TempDir();
        PayoutWorkbook.Write(Sample(), dir.File("p.xlsx"));

        using var doc = SpreadsheetDocument.Open(dir.File("p.xlsx"), false);
        var book = doc.WorkbookPart!;
        var sheets = book.Workbook.Sheets!.Elements<S.Sheet>().ToList();
        var titles = book.Workbook.DefinedNames!.Elements<S.DefinedName>().ToList();
        sheets.Count.ShouldBe(12);
        for (var i = 0; i < sheets.Count; i++)
        {
            var worksheet = ((WorksheetPart)book.GetPartById(sheets[i].Id!)).Worksheet;
            var setup = worksheet.GetFirstChild<S.PageSetup>()!;
            worksheet.GetFirstChild<S.SheetProperties>()!.PageSetupProperties!.FitToPage!.Value.ShouldBeTrue(sheets[i].Name);
            (setup.FitToWidth!.Value, setup.FitToHeight!.Value).ShouldBe((1u, 0u), sheets[i].Name);
            worksheet.GetFirstChild<S.HeaderFooter>()!.OddFooter!.Text.ShouldBe("&L2026-Q3&C&A&RPage &P of &N");
            titles.ShouldContain(t => t.Name == "_xlnm.Print_Titles" && t.LocalSheetId! == (uint)i && t.Text == $"'{sheets[i].Name!.Value}'!$1:$1");
        }

        Orientation(book, sheets, "Summary").ShouldBe(S.OrientationValues.Portrait);
        Orientation(book, sheets, "Payout Lines").ShouldBe(S.OrientationValues.Landscape);
        doc.PackageProperties.Title.ShouldBe("Payout 2026-Q3");
        doc.PackageProperties.Subject.ShouldBe("2026-Q3");
        doc.PackageProperties.Created.ShouldBeNull(); // no clock readings: reruns are byte-identical
    }

    private static S.OrientationValues Orientation(WorkbookPart book, List<S.Sheet> sheets, string name) =>
        ((WorksheetPart)book.GetPartById(sheets.Single(s => s.Name == name).Id!)).Worksheet.GetFirstChild<S.PageSetup>()!.Orientation!.Value;

    [Fact]
    public void Write_PayoutLines_RoundFormulasAndLinksFollowTheExplanationSplit()
    {
        using var dir = new TempDir();
        var report = Sample() with { RoundPlaces = 2 };
        PayoutWorkbook.Write(report, dir.File("p.xlsx"), new Payout.Excel.Writing.XlsxWriter(maxRowsPerSheet: 3));

        using var book = new XLWorkbook(dir.File("p.xlsx"));
        book.Worksheets.Select(w => w.Name).ShouldContain("Explanations (2)");
        var lines = book.Worksheet("Payout Lines");
        lines.Cell("A2").GetString().ShouldBe("L1");
        lines.Cell("I2").FormulaA1.ShouldBe("ROUND(K2*L2,2)");
        Convert.ToString(lines.Cell("I2").CachedValue, System.Globalization.CultureInfo.InvariantCulture).ShouldBe("960");
        lines.Cell("N2").FormulaA1.ShouldBe("I2");
        // Payout Lines splits too: E4's line is the second row of "Payout Lines (2)"; it explains
        // audit record 4 of 4 (X4), in "Explanations (2)". The link finds X4 by id, not by row.
        var continued = book.Worksheet("Payout Lines (2)");
        continued.Cell("I3").FormulaA1.ShouldBe("ROUND(K3*L3,2)");
        continued.Cell("O3").FormulaA1.ShouldBe("HYPERLINK(\"#'Explanations (2)'!A\"&MATCH(\"X4\",'Explanations (2)'!$A:$A,0),\"X4\")");
        book.Worksheet("Summary").Cell("G2").HasFormula.ShouldBeFalse(); // lines span two sheets: totals as values
        book.Worksheet("Explanations (2)").Cell("A3").GetString().ShouldBe("X4");
        book.Worksheet("Explanations (2)").Cell("C3").GetString().ShouldBe("E4");
    }

    [Fact]
    public void Write_Amounts_FormattedInTheirOwnCurrency()
    {
        using var dir = new TempDir();
        PayoutWorkbook.Write(Sample(), dir.File("p.xlsx"));

        using var book = new XLWorkbook(dir.File("p.xlsx"));
        var summary = book.Worksheet("Summary");
        summary.Cell("G2").Style.NumberFormat.Format.ShouldBe("#,##0.00 \"USD\"");
        summary.Cell("G3").Style.NumberFormat.Format.ShouldBe("#,##0.00 \"EUR\"");
        summary.Cell("F2").Style.NumberFormat.Format.ShouldBe("0.00%");
    }

    [Fact]
    public void Write_Dashboard_OneChartPerCurrencyOverFormulaTables()
    {
        using var dir = new TempDir();
        PayoutWorkbook.Write(Sample(), dir.File("p.xlsx"));

        var charts = Charts(dir.File("p.xlsx"));
        charts.Select(c => c.Title).ShouldBe(["Cash by team, EUR", "Cash by team, USD"]); // no non-cash awards, no tiers: no other chart
        charts[0].Xml.ShouldContain("<c:f>'Dashboard'!$D$2:$D$2</c:f>");
        charts.ShouldAllBe(c => c.Xml.Contains("<c:showVal val=\"1\" />") && c.Xml.Contains("<a:t>team</a:t>"));
        using var book = new XLWorkbook(dir.File("p.xlsx"));
        var dashboard = book.Worksheet("Dashboard");
        dashboard.Cell("A2").GetString().ShouldBe("cash by team, EUR");
        dashboard.Cell("D2").FormulaA1.ShouldStartWith("SUMIFS('Payout Lines'!$I$2:$I$5,'Payout Lines'!$D$2:$D$5,\"Team A\",'Payout Lines'!$J$2:$J$5,\"EUR\"");
        dashboard.Cell("D2").GetValue<decimal>().ShouldBe(700.5m);
    }

    [Fact]
    public void Write_DashboardOfTwentyTeams_TopFifteenAndOneOthersBarThatAddsUp()
    {
        var builder = new ReportBuilder();
        for (var t = 1; t <= 20; t++)
        {
            builder.Team($"T{t:00}").Person($"E{t:00}", "USD", 100m * t);
        }

        using var dir = new TempDir();
        PayoutWorkbook.Write(builder.Build(), dir.File("p.xlsx"));

        var chart = Charts(dir.File("p.xlsx")).Single(c => c.Title == "Cash by team, USD");
        chart.Xml.ShouldContain("<c:ptCount val=\"16\" />");
        chart.Xml.ShouldContain("<c:v>others (5 teams)</c:v>");
        using var book = new XLWorkbook(dir.File("p.xlsx"));
        var dashboard = book.Worksheet("Dashboard");
        dashboard.Cell("B2").GetString().ShouldBe("T20"); // largest first
        dashboard.Cell("B17").GetString().ShouldBe("others (5 teams)");
        dashboard.Cell("D17").FormulaA1.ShouldEndWith("-SUM($D$2:$D$16)");
        dashboard.Cell("D17").GetValue<decimal>().ShouldBe(1_500m); // T01–T05: 100 + 200 + 300 + 400 + 500
    }

    private static List<(string Title, string Xml)> Charts(string path)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        return zip.Entries.Where(e => e.FullName.StartsWith("xl/charts/", StringComparison.Ordinal)).OrderBy(e => e.FullName.Length).ThenBy(e => e.FullName, StringComparer.Ordinal).Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            var xml = reader.ReadToEnd();
            var title = System.Text.RegularExpressions.Regex.Match(xml, "<a:t>([^<]*)</a:t>").Groups[1].Value;
            return (title, xml);
        }).ToList();
    }
}
