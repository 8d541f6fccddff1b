using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Payout.Tests.Shared;

namespace Payout.Cli.Tests;

/// <summary>The sample run's workbook against the Open XML schema.</summary>
public sealed class SampleWorkbookTests
{
    [Fact]
    public void SampleWorkbook_OpenXmlValidator_NoErrors()
    {
        using var dir = new TempDir();
        CliRunner.Run("run", "--data", RepoPaths.SampleData, "--rules", RepoPaths.Rules, "--out", dir.File("p.xlsx")).Exit.ShouldBe(0);

        using var doc = SpreadsheetDocument.Open(dir.File("p.xlsx"), false);
        new OpenXmlValidator().Validate(doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
        // Cash by team and non-cash cost per currency (EUR, USD), people per tier, target completion for each of the four roles.
        doc.WorkbookPart!.WorksheetParts.Count(w => w.DrawingsPart is { ChartParts: var charts } && charts.Count() == 9).ShouldBe(1);
    }
}
