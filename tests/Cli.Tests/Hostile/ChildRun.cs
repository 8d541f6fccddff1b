using System.Diagnostics;
using System.Globalization;

namespace Payout.Cli.Tests.Hostile;

/// <summary>What a child <c>payout</c> process did: exit code, output, peak memory, whether it had to be killed.</summary>
internal sealed record ChildResult(int Exit, string Out, string Err, long PeakMb, bool TimedOut, TimeSpan Elapsed)
{
    /// <summary>A crash (134: abort, as after a stack overflow or an unhandled exception) or a kill (137) for the assertion message.</summary>
    public override string ToString() => $"exit {Exit}{(TimedOut ? " (killed at the timeout)" : string.Empty)}, peak {PeakMb} MB, {Elapsed.TotalSeconds:0.0} s\nstderr: {Err}\nstdout: {Out}";
}

/// <summary>
/// Runs the real <c>payout</c> in a child process, for the cases where a crash, a hang or memory
/// is the point: a test process cannot survive a stack overflow, and an in-process run shares
/// the test's memory. Peak memory is the child's VmHWM, read from /proc while it runs.
/// </summary>
internal static class ChildRun
{
    private static string Payout => Path.Combine(AppContext.BaseDirectory, "payout.dll");

    /// <summary>Runs <c>payout args</c> in <paramref name="workingDirectory"/>, killing it after <paramref name="timeout"/>.</summary>
    /// <param name="whileRunning">Called every few milliseconds with the child's pid until it exits (to signal it, say).</param>
    public static ChildResult Run(string workingDirectory, TimeSpan timeout, IEnumerable<string> args, Action<int>? whileRunning = null)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Payout);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peakKb = 0;
        var timedOut = false;
        while (!process.WaitForExit(5))
        {
            peakKb = Math.Max(peakKb, PeakKb(process.Id));
            whileRunning?.Invoke(process.Id);
            if (clock.Elapsed > timeout)
            {
                timedOut = true;
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                break;
            }
        }

        return new ChildResult(process.ExitCode, stdout.Result, stderr.Result, peakKb / 1024, timedOut, clock.Elapsed);
    }

    /// <summary>Sends <paramref name="signal"/> (TERM, INT, KILL) to a process.</summary>
    public static void Signal(int pid, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, pid.ToString(CultureInfo.InvariantCulture)]))!;
        kill.WaitForExit();
    }

    private static long PeakKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // the process has just exited
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }
}
