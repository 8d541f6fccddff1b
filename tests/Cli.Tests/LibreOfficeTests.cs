using System.Diagnostics;
using System.Globalization;
using Payout.Tests.Shared;

namespace Payout.Cli.Tests;

/// <summary>
/// A second real client: LibreOffice opens the sample workbook headless and exports its Summary.
/// scripts/test.sh installs LibreOffice; without it this test fails and says so.
/// </summary>
public sealed class LibreOfficeTests
{
    [Fact]
    public void SampleWorkbook_OpensInLibreOffice_SummaryTotalsMatchEngine()
    {
        using var dir = new TempDir();
        var workbook = dir.File("payout.xlsx");
        var (exit, output, error) = CliRunner.Run("run", "--data", RepoPaths.SampleData, "--rules", RepoPaths.Rules, "--out", workbook);
        exit.ShouldBe(0, error);

        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice" }.FirstOrDefault(File.Exists);
        soffice.ShouldNotBeNull("LibreOffice is required for this test: run scripts/test.sh, which installs it");
        var start = new ProcessStartInfo(soffice,
            ["-env:UserInstallation=file://" + dir.File("lo-profile"), "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", dir.Path, workbook])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using (var process = Process.Start(start)!)
        {
            process.WaitForExit(120_000).ShouldBeTrue("LibreOffice did not finish within 2 minutes");
            process.ExitCode.ShouldBe(0, process.StandardError.ReadToEnd());
        }

        var summary = File.ReadAllLines(dir.File("payout-Summary.csv"));
        summary[0].ShouldBe("employee_id,name,team,role,currency,proration,cash,non_cash_cost,awards");
        var totals = summary.Where(l => l.StartsWith("Total ", StringComparison.Ordinal)).Select(l => l.Split(',')).ToList();
        totals.Count.ShouldBe(2);
        foreach (var row in totals)
        {
            var total = decimal.Parse(row[6], CultureInfo.InvariantCulture);
            output.ShouldContain($"cash {row[4]}: {total.ToString("#,##0.00", CultureInfo.InvariantCulture)}");
        }
    }
}
