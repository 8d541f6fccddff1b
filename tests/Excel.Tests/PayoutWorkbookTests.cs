using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Payout.Excel.Tests.Builders;

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
    public void Write_MissingKpi_EmptyCellNotZero()
    {
        using var dir = new TempDir();
        PayoutWorkbook.Write(Sample(), dir.File("p.xlsx"));

        using var book = new XLWorkbook(dir.File("p.xlsx"));
        var nps = book.Worksheet("KPIs").RowsUsed().First(r => r.Cell(4).GetString() == "nps");
        nps.Cell(5).IsEmpty().ShouldBeTrue();
        nps.Cell(9).IsEmpty().ShouldBeTrue(); // no rank for a missing KPI
        nps.Cell(13).GetString().ShouldBe("no data in the period");
    }

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
    public void Write_Dashboard_NativeChartsOverFormulaTables()
    {
        using var dir = new TempDir();
        PayoutWorkbook.Write(Sample(), dir.File("p.xlsx"));

        using (var zip = System.IO.Compression.ZipFile.OpenRead(dir.File("p.xlsx")))
        {
            zip.Entries.Select(e => e.FullName).Where(n => n.StartsWith("xl/charts/", StringComparison.Ordinal)).ShouldBe(["xl/charts/chart1.xml", "xl/charts/chart2.xml"]);
            using var reader = new StreamReader(zip.GetEntry("xl/charts/chart1.xml")!.Open());
            var chart = reader.ReadToEnd();
            chart.ShouldContain("<c:barChart>");
            chart.ShouldContain("<c:f>'Dashboard'!$D$2:$D$3</c:f>");
        }

        using var book = new XLWorkbook(dir.File("p.xlsx"));
        var dashboard = book.Worksheet("Dashboard");
        dashboard.Cell("B2").GetString().ShouldBe("Team A EUR");
        dashboard.Cell("D2").FormulaA1.ShouldStartWith("SUMIFS('Payout Lines'!$I$2:$I$5,'Payout Lines'!$D$2:$D$5,\"Team A\"");
        dashboard.Cell("D2").GetValue<decimal>().ShouldBe(700.5m);
    }
}
