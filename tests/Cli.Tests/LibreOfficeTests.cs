using System.Globalization;
using ClosedXML.Excel;
using Payout.Tests.Shared;

namespace Payout.Cli.Tests;

/// <summary>
/// LibreOffice, a second real client, opens the sample workbook, recalculates every formula and
/// must arrive at the values Payout wrote as cached results.
/// </summary>
public sealed class LibreOfficeTests
{
    [Fact]
    public void SampleWorkbook_RecalculatedInLibreOffice_EveryFormulaMatchesPayout()
    {
        using var dir = new TempDir();
        var workbook = dir.File("payout.xlsx");
        var (exit, _, error) = CliRunner.Run("run", "--data", RepoPaths.SampleData, "--rules", RepoPaths.Rules, "--out", workbook);
        exit.ShouldBe(0, error);

        var formulas = new List<(string Sheet, int Row, int Column, string Formula, string Cached)>();
        using (var book = new XLWorkbook(workbook))
        {
            foreach (var sheet in book.Worksheets)
            {
                formulas.AddRange(sheet.CellsUsed(c => c.HasFormula).Select(c =>
                    (sheet.Name, c.Address.RowNumber, c.Address.ColumnNumber, c.FormulaA1, Convert.ToString(c.CachedValue, CultureInfo.InvariantCulture) ?? string.Empty)));
            }
        }

        formulas.Count.ShouldBeGreaterThan(40);
        var recalculated = LibreOffice.RecalculatedSheets(workbook, formulas.Select(f => f.Sheet).Distinct());
        var mismatches = formulas
            .Select(f => (f, Actual: recalculated[f.Sheet][f.Row - 1][f.Column - 1]))
            .Where(x => !Same(x.f.Cached, x.Actual))
            .Select(x => $"{x.f.Sheet}!R{x.f.Row}C{x.f.Column} ={x.f.Formula}: Payout {x.f.Cached}, LibreOffice {x.Actual}")
            .ToList();
        mismatches.ShouldBeEmpty();
    }

    [Fact]
    public void SampleWorkbook_PrintedByLibreOffice_OnePageWideHeadersOnEveryPageFooterWithPeriodAndPage()
    {
        using var dir = new TempDir();
        var workbook = dir.File("payout.xlsx");
        var (exit, _, error) = CliRunner.Run("run", "--data", RepoPaths.SampleData, "--rules", RepoPaths.Rules, "--out", workbook);
        exit.ShouldBe(0, error);

        var pages = LibreOffice.PrintedPages(workbook, dir.File("payout.pdf"));

        // The footer says period, sheet and page; group the pages by the sheet it names.
        var sheets = pages.Select((text, i) => (Text: text, Footer: text.Split('\n').LastOrDefault(l => l.Contains($"Page {i + 1} of ")) ?? "(no footer)", Number: i + 1)).ToList();
        // (Beside a chart, pdftotext may break the footer's line; the chart sheet is not grouped below.)
        sheets.ShouldAllBe(p => p.Text.Contains("2026-Q3") && p.Footer.Contains($"Page {p.Number} of {pages.Count}"));
        var summary = sheets.Where(p => p.Footer.Contains(" Summary ")).ToList();
        summary.Count.ShouldBeInRange(1, 2);
        foreach (var page in summary)
        {
            foreach (var header in new[] { "employee_id", "name", "proration", "cash", "non_cash_cost", "awards" })
            {
                page.Text.ShouldContain(header); // names and amounts on the same page, one page wide, the header on every page
            }
        }

        summary[^1].Text.ShouldContain("30,514.52 USD");
        var lines = sheets.Where(p => p.Footer.Contains(" Payout Lines ")).ToList();
        var kpis = sheets.Where(p => p.Footer.Contains(" KPIs ")).ToList();
        kpis.Count.ShouldBeGreaterThan(1);
        lines.Concat(kpis).ShouldAllBe(p => p.Text.TrimStart().StartsWith(p.Footer.Contains(" KPIs ") ? "employee_id" : "line_id"));
    }

    private static bool Same(string payout, string libreOffice) =>
        decimal.TryParse(payout, NumberStyles.Float, CultureInfo.InvariantCulture, out var a) && Number(libreOffice) is { } b
            ? Math.Round(a, 9) == Math.Round(b, 9)
            : payout == libreOffice;

    /// <summary>LibreOffice writes a percent-formatted cell's full value with a % sign: 51.0869565217391%.</summary>
    private static decimal? Number(string text) =>
        decimal.TryParse(text.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? text.EndsWith('%') ? value / 100m : value : null;
}
