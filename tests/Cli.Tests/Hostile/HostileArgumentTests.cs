using System.Diagnostics;
using System.Globalization;

namespace Payout.Cli.Tests.Hostile;

/// <summary>Arguments out of range are exit 2 naming the option; an interrupted run leaves no temporary file.</summary>
public sealed class HostileArgumentTests
{
    [Theory]
    [InlineData("--period", "9999-Q4", "invalid --period '9999-Q4': expected 2026-09, 2026-Q3 or 2026, a year from 1900 to 2999")]
    [InlineData("--period", "1066-Q4", "invalid --period '1066-Q4'")]
    [InlineData("--threads", "100000", "--threads must be a whole number from 1 to 1,024")]
    [InlineData("--threads", "0", "--threads must be a whole number from 1 to 1,024")]
    [InlineData("--limit", "memory_mb=0", "--limit: 'memory_mb=0' must be name=value with a positive whole number")]
    [InlineData("--limit", "memroy_mb=10", "--limit: unknown limit 'memroy_mb'; did you mean 'memory_mb'?")]
    public void Run_ValueOutOfRange_Exit2NamingTheOption(string option, string value, string message)
    {
        using var folder = new HostileFolder();
        var (exit, _, err) = CliRunner.Run([.. folder.Run().Where((a, i) => a != "--period" && (i == 0 || folder.Run()[i - 1] != "--period")), option, value]);
        exit.ShouldBe(2, err);
        err.ShouldContain(message, Case.Sensitive);
    }

    [Theory]
    [InlineData("--employees", "2000000000", "--employees must be a whole number from 1 to 10,000,000")]
    [InlineData("--events-per-person", "9999999", "--events-per-person must be a whole number from 1 to 100,000")]
    public void Sample_ValueOutOfRange_Exit2NamingTheOption(string option, string value, string message)
    {
        using var dir = new TempDir();
        string[] employees = option == "--employees" ? [] : ["--employees", "10"];
        var (exit, _, err) = CliRunner.Run(["sample", "--out", dir.File("data"), .. employees, option, value]);
        exit.ShouldBe(2, err);
        err.ShouldContain(message, Case.Sensitive);
    }

    [Theory]
    [InlineData("TERM", 143, "payout: stopped (SIGTERM); nothing was written")]
    [InlineData("INT", 130, "payout: interrupted (Ctrl-C); nothing was written")]
    public void Run_SignalledWhileWriting_RemovesItsTemporaryFileAndKeepsTheOldWorkbook(string signal, int code, string message)
    {
        using var folder = new HostileFolder();
        var data = Path.Combine(folder.Root, "big");
        CliRunner.Run("sample", "--out", data, "--employees", "6000", "--events-per-person", "40").Exit.ShouldBe(0);
        File.WriteAllText(folder.Out, "the previous workbook");
        var signalled = false;

        var result = ChildRun.Run(folder.Root, TimeSpan.FromSeconds(180), ["run", "--data", data, "--rules", folder.Rules, "--period", "2026-Q3", "--out", folder.Out, "--accept-rejects"], pid =>
        {
            if (!signalled && Directory.GetFiles(folder.Root, "out.xlsx.tmp-*").Length > 0)
            {
                ChildRun.Signal(pid, signal);
                signalled = true;
            }
        });

        signalled.ShouldBeTrue(result.ToString());
        result.Exit.ShouldBe(code, result.ToString());
        result.Err.ShouldContain(message, Case.Sensitive);
        Directory.GetFiles(folder.Root, "*.tmp-*").ShouldBeEmpty();
        File.ReadAllText(folder.Out).ShouldBe("the previous workbook");
    }

    [Fact]
    public void Run_AfterAKilledRun_RemovesItsStaleTemporaryFileButNotALiveOne()
    {
        using var folder = new HostileFolder();
        using var sleeper = Process.Start(new ProcessStartInfo("sleep", ["60"]))!;
        var dead = folder.Out + ".tmp-" + DeadPid().ToString(CultureInfo.InvariantCulture);
        var live = folder.Out + ".tmp-" + sleeper.Id.ToString(CultureInfo.InvariantCulture);
        File.WriteAllText(dead, "left by a run killed with SIGKILL");
        File.WriteAllText(live, "another run, still writing");

        var (exit, _, err) = CliRunner.Run(folder.Run());

        sleeper.Kill();
        exit.ShouldBe(0, err);
        File.Exists(dead).ShouldBeFalse();
        File.Exists(live).ShouldBeTrue();
        File.Exists(folder.Out).ShouldBeTrue();
    }

    /// <summary>The pid of a process that has ended.</summary>
    private static int DeadPid()
    {
        using var process = Process.Start(new ProcessStartInfo("true"))!;
        process.WaitForExit();
        return process.Id;
    }
}
