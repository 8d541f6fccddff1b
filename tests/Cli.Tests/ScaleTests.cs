using System.Security.Cryptography;
using Payout.Calc.Model;
using Payout.Excel;
using Payout.Tests.Shared;

namespace Payout.Cli.Tests;

/// <summary>The generator is reproducible, and parallel evaluation changes no byte of the workbook.</summary>
public sealed class ScaleTests
{
    [Fact]
    public void Sample_SameSeed_SameFiles_OtherSeed_OtherFiles()
    {
        using var dir = new TempDir();
        string Hash(string folder) => string.Join(",", Directory.GetFiles(folder).Order(StringComparer.Ordinal)
            .Select(f => Path.GetFileName(f) + ":" + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))));

        CliRunner.Run("sample", "--employees", "60", "--out", dir.File("a"), "--seed", "7").Exit.ShouldBe(0);
        CliRunner.Run("sample", "--employees", "60", "--out", dir.File("b"), "--seed", "7").Exit.ShouldBe(0);
        CliRunner.Run("sample", "--employees", "60", "--out", dir.File("c"), "--seed", "8").Exit.ShouldBe(0);

        Hash(dir.File("a")).ShouldBe(Hash(dir.File("b")));
        Hash(dir.File("a")).ShouldNotBe(Hash(dir.File("c")));
        Directory.GetFiles(dir.File("a")).Select(Path.GetFileName).Order().ShouldBe(
            ["accounts.csv", "calls.csv", "employees.csv", "feedback.csv", "qa_reviews.csv", "surveys.csv", "targets.csv", "tickets.csv"]);
    }

    [Fact]
    public void Run_OneThreadAndFour_SameWorkbookBytes()
    {
        using var dir = new TempDir();
        CliRunner.Run("sample", "--employees", "120", "--out", dir.File("data"), "--events-per-person", "40").Exit.ShouldBe(0);
        var policy = RunPipeline.LoadPolicy(RepoPaths.Rules);
        var period = Period.Parse("2026-Q3");

        byte[] Workbook(int threads)
        {
            var (kpis, people) = RunPipeline.Execute(policy, dir.File("data"), period, acceptRejects: false, threads);
            kpis.Errors.ShouldBeEmpty();
            var path = dir.File($"t{threads}.xlsx");
            PayoutWorkbook.Write(new RunReport(period, people, kpis.Inputs, [], [new("period", period.Name)]) { PolicyRules = policy.Rules, RoundPlaces = 2 }, path);
            return File.ReadAllBytes(path);
        }

        var sequential = Workbook(1);
        sequential.Length.ShouldBeGreaterThan(10_000);
        Workbook(4).ShouldBe(sequential);
    }
}
