using Payout.Tests.Shared;

namespace Payout.Cli.Tests;

public sealed class KpisCommandTests
{
    [Fact]
    public void Kpis_Sample_CsvWithLineageAndEmptyMissing()
    {
        var (exit, output, error) = CliRunner.Run("kpis", "--data", RepoPaths.SampleData, "--period", "2026-Q3", "--rules", RepoPaths.Rules);

        exit.ShouldBe(0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("employee_id,kpi,value,numerator,denominator,n");
        lines.ShouldContain("E001,csat,90,45,50,50");          // designed: exactly at Tier 3
        lines.ShouldContain("E007,csat,,5,6,6");               // designed: too few surveys → missing, not 0
        lines.Skip(1).Select(l => l.Split(',')[1]).Distinct().ShouldBe(Calc.Kpis.KpiCatalog.Names([], ["excellence"])); // the plan's composite included
    }

    [Fact]
    public void Kpis_DataFolderMissing_ExitTwo()
    {
        var (exit, _, error) = CliRunner.Run("kpis", "--data", "/nonexistent/payout", "--period", "2026-Q3");

        exit.ShouldBe(2);
        error.ShouldContain("data folder not found: /nonexistent/payout");
    }
}
