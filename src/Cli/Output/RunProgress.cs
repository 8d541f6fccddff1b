using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace Payout.Cli.Output;

/// <summary>
/// Progress of a long command on stderr: Spectre.Console's live bars when stderr is a terminal,
/// one plain line per step when it is not (a log, CI), nothing with <c>--quiet</c>. Spectre
/// honours <c>NO_COLOR</c>. Stdout keeps only the results.
/// </summary>
internal abstract class RunProgress
{
    /// <summary>No progress: for callers that report none (validate, kpis, the bench's children).</summary>
    public static readonly RunProgress None = new Silent();

    /// <summary>Runs <paramref name="work"/> as one step of <paramref name="total"/> units; it reports units done through the callback it is given.</summary>
    public abstract T Step<T>(string description, long total, Func<Action<long>, T> work);

    /// <summary>
    /// Runs <paramref name="body"/> with progress on <paramref name="console"/>: live when the console
    /// is interactive, plain lines when not, none when <paramref name="quiet"/>.
    /// </summary>
    public static int Run(IAnsiConsole console, bool quiet, Func<RunProgress, int> body)
    {
        if (quiet)
        {
            return body(new Silent());
        }

        if (!console.Profile.Capabilities.Interactive)
        {
            return body(new Plain(console));
        }

        return console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(context => body(new Live(context)));
    }

    private static readonly AsyncLocal<IAnsiConsole?> Override = new();

    /// <summary>Makes <see cref="ConsoleFor"/> return <paramref name="console"/> in this async flow: for tests with Spectre's test console.</summary>
    public static void UseConsole(IAnsiConsole? console) => Override.Value = console;

    /// <summary>A console on <paramref name="writer"/> that is interactive only when it is the terminal's stderr.</summary>
    public static IAnsiConsole ConsoleFor(TextWriter writer)
    {
        if (Override.Value is { } console)
        {
            return console;
        }

        var terminal = ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected;
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
        });
    }

    private sealed class Silent : RunProgress
    {
        public override T Step<T>(string description, long total, Func<Action<long>, T> work) => work(_ => { });
    }

    private sealed class Plain(IAnsiConsole console) : RunProgress
    {
        public override T Step<T>(string description, long total, Func<Action<long>, T> work)
        {
            console.WriteLine($"payout: {description}…");
            var clock = Stopwatch.StartNew();
            var result = work(_ => { });
            console.WriteLine($"payout: {description}: done in {clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
            return result;
        }
    }

    private sealed class Live(ProgressContext context) : RunProgress
    {
        public override T Step<T>(string description, long total, Func<Action<long>, T> work)
        {
            var task = context.AddTask(Markup.Escape(description), maxValue: Math.Max(1, total));
            long done = 0;
            var result = work(n => task.Value = Interlocked.Add(ref done, n));
            task.Value = task.MaxValue;
            task.StopTask();
            return result;
        }
    }
}
