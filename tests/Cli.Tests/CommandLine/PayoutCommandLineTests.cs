namespace Payout.Cli.Tests.CommandLine;

/// <summary>The command line on System.CommandLine: generated help, suggestions, version and completions everywhere.</summary>
public sealed class PayoutCommandLineTests
{
    [Theory]
    [InlineData(new[] { "rnu" }, "'rnu' was not matched. Did you mean one of the following?\nrun", "Run 'payout help' for usage.")]
    [InlineData(new[] { "validate", "--rulse", "rules" }, "'--rulse' was not matched. Did you mean one of the following?\n--rules", "Run 'payout help validate' for usage.")]
    [InlineData(new[] { "test", "--html" }, "Unrecognized command or argument '--html'.", "Run 'payout help test' for usage.")]
    public void Run_Misspelt_Exit2WithSuggestionOnStderr(string[] args, string suggestion, string hint)
    {
        var (exit, stdout, stderr) = CliRunner.Run(args);

        exit.ShouldBe(2);
        stderr.ShouldContain(suggestion, Case.Sensitive);
        stderr.ShouldContain(hint, Case.Sensitive);
        stdout.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("run", "--no-explanations")]
    [InlineData("kpis", "--accept-rejects")]
    [InlineData("trace", "--employee <ID>")]
    [InlineData("validate", "--period <P>")]
    [InlineData("test", "--tests <DIR>")]
    [InlineData("sample", "--events-per-person <E>")]
    [InlineData("bench", "--rows <R>")]
    public void Help_Command_GeneratedFromItsOptionsBothWays(string command, string option)
    {
        var (exit, viaHelp, _) = CliRunner.Run("help", command);
        var (exit2, viaOption, _) = CliRunner.Run(command, "--help");

        (exit, exit2).ShouldBe((0, 0));
        viaHelp.ShouldContain(option);
        viaHelp.ShouldContain("--limit <NAME=VALUE>");
        viaHelp.ShouldBe(viaOption);
    }

    [Fact]
    public void Help_Bench_HidesTheOptionItPassesToItsChildren() =>
        CliRunner.Run("help", "bench").Out.ShouldNotContain("--step");

    [Theory]
    [InlineData("--version")]
    [InlineData("run", "--version")]
    [InlineData("test", "--version")]
    public void Version_AnyCommand_PrintsTheVersionWithoutTheCommit(params string[] args)
    {
        var (exit, stdout, _) = CliRunner.Run(args);

        exit.ShouldBe(0);
        stdout.Trim().ShouldMatch(@"^\d+\.\d+\.\d+$");
    }

    [Fact]
    public void Help_Root_ListsEveryCommandWithItsSummary()
    {
        var (exit, stdout, _) = CliRunner.Run("help");

        exit.ShouldBe(0);
        foreach (var command in PayoutCli.Commands)
        {
            stdout.ShouldContain($"  {command.Name}");
            stdout.ShouldContain(command.Summary);
        }
    }

    [Fact]
    public void Suggest_PartialOption_CompletesFromTheCommandsOptions()
    {
        var (exit, stdout, _) = CliRunner.Run("[suggest:9]", "run --per");

        exit.ShouldBe(0);
        stdout.Split('\n', StringSplitOptions.TrimEntries).ShouldContain("--period");
    }
}
