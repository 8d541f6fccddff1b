using System.Globalization;
using Payout.Calc.Model;
using Payout.Cli.Sample;
using Payout.Cli.CommandLine;

namespace Payout.Cli.Commands;

/// <summary><c>payout sample</c>: generates realistic data for N employees.</summary>
internal static class SampleCommand
{
    /// <summary>The command's name, options and help.</summary>
    public static readonly CommandSpec Spec = new(
        "sample",
        "generate realistic data for N employees",
        """
        Writes a data folder per the data contract for N employees: teams of ten, every seventh
        team CSMs with account books, and about E events (tickets, surveys, calls) per support
        person, plus QA reviews, feedback and targets. The same arguments give the same files.
        """,
        [
            OptionSpec.Of("--employees", "N", "people to generate, 1 to 10,000,000; required"),
            OptionSpec.Of("--out", "DIR", "folder to write (created; existing files of the same names are replaced); required"),
            OptionSpec.Of("--seed", "S", "random seed; default: 1"),
            OptionSpec.Of("--period", "P", "period of the events; default: 2026-Q3"),
            OptionSpec.Of("--events-per-person", "E", "tickets + surveys + calls each, 1 to 100,000; default: 200"),
        ],
        Execute);

    public static int Execute(ParsedOptions options, TextWriter stdout, TextWriter stderr)
    {
        var employees = Positive(options.Value("--employees") ?? throw new UsageException("--employees is required"), "--employees", max: 10_000_000);
        var output = options.Value("--out") ?? throw new UsageException("--out is required");
        var seed = Positive(options.Value("--seed") ?? "1", "--seed");
        var events = Positive(options.Value("--events-per-person") ?? "200", "--events-per-person", max: 100_000);
        var period = Period.TryParse(options.Value("--period") ?? "2026-Q3", out var p) ? p : throw new UsageException("invalid --period: expected 2026-09, 2026-Q3 or 2026, a year from 1900 to 2999");
        var rows = new SampleGenerator(employees, events, seed, period).Write(output);
        stdout.WriteLine($"Wrote {output}: {employees.ToString("#,##0", CultureInfo.InvariantCulture)} employees, {rows.ToString("#,##0", CultureInfo.InvariantCulture)} rows for {period.Name}.");
        return ExitCode.Ok;
    }

    /// <summary>A whole number from 1 to <paramref name="max"/>, or a usage error naming the option.</summary>
    internal static int Positive(string text, string option, int max = int.MaxValue) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 && n <= max
            ? n
            : throw new UsageException(max == int.MaxValue
                ? $"{option} must be a positive whole number"
                : $"{option} must be a whole number from 1 to {max.ToString("N0", CultureInfo.InvariantCulture)}");

    /// <summary>The most threads any command takes: more only adds contention (and 100,000 threads exhausted the machine).</summary>
    internal const int MaxThreads = 1_024;
}
