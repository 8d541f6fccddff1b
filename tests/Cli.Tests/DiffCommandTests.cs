using ClosedXML.Excel;
using Payout.Tests.Shared;

namespace Payout.Cli.Tests;

/// <summary><c>payout diff</c>: two policies on the same data, who changes and what it costs.</summary>
public sealed class DiffCommandTests
{
    [Fact]
    public void Diff_TierThreeAtNinePercent_SixPeopleChangeAndTheCostPerCurrency()
    {
        using var dir = new TempDir();
        var proposed = dir.CopyOf(RepoPaths.Rules, "proposed");
        var bonus = Path.Combine(proposed, "agent-bonus.json");
        var text = File.ReadAllText(bonus);
        var at = text.IndexOf("\"effectiveFrom\": \"2026-07-01\"", StringComparison.Ordinal); // the tier-3 version in force in Q3
        var rate = text.IndexOf("\"Expression\": \"0.08\"", at, StringComparison.Ordinal);
        File.WriteAllText(bonus, text[..rate] + "\"Expression\": \"0.09\"" + text[(rate + "\"Expression\": \"0.08\"".Length)..]);

        var (exit, stdout, error) = CliRunner.Run("diff", "--data", RepoPaths.SampleData, "--rules", RepoPaths.Rules, "--against", proposed, "--out", dir.File("w.xlsx"), "--quiet");

        exit.ShouldBe(0, error);
        stdout.ShouldContain("6 of 38 people change");
        stdout.ShouldContain("EUR: cash 4,050.00 → 4,187.50 (+137.50)");
        stdout.ShouldContain("USD: cash 30,514.52 → 31,157.02 (+642.50)");
        using var book = new XLWorkbook(dir.File("w.xlsx"));
        var changes = book.Worksheet("Changes").RowsUsed().Skip(1).ToList();
        changes.Select(r => r.Cell(1).GetString()).Distinct().ShouldBe(["E001", "E008", "E011", "E015", "E020", "E033"]);
        var ada = changes.First(r => r.Cell(1).GetString() == "E001");
        (ada.Cell(6).GetValue<decimal>(), ada.Cell(7).GetValue<decimal>(), ada.Cell(8).GetValue<decimal>()).ShouldBe((1_500m, 1_687.50m, 187.50m)); // 75,000 × 3 ÷ 12 × 0.09
        changes.Sum(r => r.Cell(8).GetValue<decimal>()).ShouldBe(137.50m + 642.50m); // each currency's delta, never added across currencies but for this check
        var all = book.Worksheet("Teams").RowsUsed().Where(r => r.Cell(1).GetString() == "(all teams)").ToDictionary(r => r.Cell(2).GetString(), r => r.Cell(5).GetValue<decimal>());
        all.ShouldBe(new Dictionary<string, decimal> { ["EUR"] = 137.50m, ["USD"] = 642.50m });
    }

    [Fact]
    public void Diff_PlanParameterSet_TierChangesShowTheRules()
    {
        using var dir = new TempDir();

        var (exit, stdout, error) = CliRunner.Run("diff", "--data", RepoPaths.SampleData, "--rules", RepoPaths.Rules, "--set", "plan.iqs_gate=99", "--out", dir.File("w.xlsx"), "--quiet");

        exit.ShouldBe(0, error);
        stdout.ShouldContain("[CsatTier3 → nothing]");
        stdout.ShouldContain("with plan.iqs_gate=99");
    }

    [Theory]
    [InlineData(new[] { "--set", "plan.iqs_gat=99" }, "the plan has no parameter 'iqs_gat'; did you mean 'iqs_gate'?")]
    [InlineData(new[] { "--set", "iqs_gate=99" }, "is not plan.NAME=VALUE with a number")]
    [InlineData(new string[0], "either --against DIR or --set plan.NAME=VALUE")]
    public void Diff_NoOrBadProposal_Exit2(string[] proposal, string message)
    {
        using var dir = new TempDir();

        var (exit, _, error) = CliRunner.Run(["diff", "--data", RepoPaths.SampleData, "--rules", RepoPaths.Rules, "--out", dir.File("w.xlsx"), .. proposal]);

        exit.ShouldBe(2);
        error.ShouldContain(message);
        File.Exists(dir.File("w.xlsx")).ShouldBeFalse();
    }
}
