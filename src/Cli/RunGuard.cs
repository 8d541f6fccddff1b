using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Payout.Common;

namespace Payout.Cli;

/// <summary>
/// What keeps a run in bounds and tidy when it ends early, for the real process only (tests run
/// commands in-process and do not install it): a watchdog for the run's time and memory limits,
/// handlers for SIGINT and SIGTERM, and a last word for an exception on any thread. Each removes the
/// run's temporary output files and says why on stderr before the process exits.
/// </summary>
internal sealed class RunGuard : IDisposable
{
    /// <summary>Exit code for Ctrl-C, as shells report it: 128 + SIGINT.</summary>
    public const int Interrupted = 130;

    /// <summary>Exit code for SIGTERM: 128 + 15.</summary>
    public const int Terminated = 143;

    private readonly TextWriter _stderr;
    private readonly List<PosixSignalRegistration> _signals = [];
    private readonly Thread _watchdog;
    private readonly CancellationTokenSource _stop = new();
    private RunLimits _limits = RunLimits.Default;
    private long _started = Stopwatch.GetTimestamp();
    private int _exiting;

    private RunGuard(TextWriter stderr)
    {
        _stderr = stderr;
        _watchdog = new Thread(Watch) { IsBackground = true, Name = "payout watchdog" };
    }

    /// <summary>The guard of this process, once installed.</summary>
    public static RunGuard? Current { get; private set; }

    /// <summary>Installs the guard for the process.</summary>
    public static RunGuard Install(TextWriter stderr)
    {
        var guard = new RunGuard(stderr);
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
            guard.Exit(ExitCode.Failure, $"error: unexpected failure, the run is stopped: {(e.ExceptionObject as Exception)?.Message ?? e.ExceptionObject.ToString()}");
        guard.On(PosixSignal.SIGINT, Interrupted, "interrupted (Ctrl-C)");
        guard.On(PosixSignal.SIGTERM, Terminated, "stopped (SIGTERM)");
        guard._watchdog.Start();
        Current = guard;
        return guard;
    }

    /// <summary>Starts the clock of a command under <paramref name="limits"/>.</summary>
    public void Begin(RunLimits limits)
    {
        _limits = limits;
        Interlocked.Exchange(ref _started, Stopwatch.GetTimestamp());
    }

    public void Dispose()
    {
        _stop.Cancel();
        foreach (var signal in _signals)
        {
            signal.Dispose();
        }

        _stop.Dispose();
    }

    private void On(PosixSignal signal, int code, string what)
    {
        try
        {
            _signals.Add(PosixSignalRegistration.Create(signal, c => OnSignal(c, code, what)));
        }
        catch (PlatformNotSupportedException)
        {
            // a platform without this signal: nothing to clean up after it
        }
    }

    private void OnSignal(PosixSignalContext context, int code, string what)
    {
        context.Cancel = true;
        Exit(code, $"payout: {what}; nothing was written");
    }

    private void Watch()
    {
        while (!_stop.Token.WaitHandle.WaitOne(25))
        {
            var limits = _limits;
            var used = Environment.WorkingSet;
            if (used > limits.MemoryBytes)
            {
                Exit(ExitCode.Invalid, $"error: the run used {Mb(used)} MB of memory, more than its limit of {Mb(limits.MemoryBytes)} MB; nothing was written (raise it with --limit memory_mb=N)");
            }

            var elapsed = Stopwatch.GetElapsedTime(Interlocked.Read(ref _started));
            if (elapsed > limits.RunTime)
            {
                Exit(ExitCode.Invalid, $"error: the run took longer than its limit of {limits.RunTime.TotalSeconds.ToString("N0", CultureInfo.InvariantCulture)} s; nothing was written (raise it with --limit run_seconds=N)");
            }
        }
    }

    private void Exit(int code, string message)
    {
        if (Interlocked.Exchange(ref _exiting, 1) == 1)
        {
            return;
        }

        TempFiles.DeleteAll();
        try
        {
            _stderr.WriteLine(message);
            _stderr.Flush();
        }
        catch (IOException)
        {
            // stderr closed: the exit code still tells
        }

        Environment.Exit(code);
    }

    private static string Mb(long bytes) => (bytes >> 20).ToString("N0", CultureInfo.InvariantCulture);
}
