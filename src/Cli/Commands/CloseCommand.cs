using Payout.Cli.CommandLine;
using Payout.Cli.Ledger;
using Payout.Cli.Output;

namespace Payout.Cli.Commands;

/// <summary><c>payout close</c>: books a period's payout lines in the ledger, or, for a period already closed, the adjustments to them.</summary>
internal static class CloseCommand
{
    /// <summary>The command's name, options and help.</summary>
    public static readonly CommandSpec Spec = new(
        "close",
        "book a period's payout lines in the ledger; a period already closed gets adjustment lines, never edits",
        """
        Runs the period as payout run does, then books it in the ledger (SQLite): the first close
        books every payout line; a later close of the same period books only adjustment lines
        (recalculated less booked, per person, component and currency) with the reason (which
        input or rule files changed since the last close), or nothing when nothing changed.
        Booked lines are never changed or removed: the ledger refuses it. Each close records who
        closed it (--by), the tool version and the SHA-256 of every input and rule file.

        Exit codes: 0 booked (or nothing to book); 2 invalid data, rules or arguments; 1 anything else.
        """,
        [
            OptionSpec.Of("--period", "P", "the period to close: 2026-09, 2026-Q3 or 2026"),
            OptionSpec.Of("--by", "NAME", "who closes it (kept in the ledger)"),
            OptionSpec.Of("--data", "DIR", "data folder; default: samples/acme"),
            OptionSpec.Of("--rules", "DIR", "rules folder; default: rules"),
            OptionSpec.Of("--ledger", "FILE", "the ledger; default: ledger.db beside the rules folder"),
            OptionSpec.Of("--threads", "N", "people evaluated in parallel, 1 to 1,024; default: the number of cores"),
            OptionSpec.Flag("--quiet", "no progress on stderr (errors are still printed)"),
        ],
        Execute);

    public static int Execute(ParsedOptions options, TextWriter stdout, TextWriter stderr)
    {
        var period = options.Value("--period") ?? throw new UsageException("--period is required: close one period at a time (e.g. --period 2026-Q3)");
        var by = options.Value("--by") is { Length: > 0 } b ? b : throw new UsageException("--by is required: the ledger keeps who closed each period");
        var threads = options.Value("--threads") is { } t ? SampleCommand.Positive(t, "--threads", SampleCommand.MaxThreads) : 0;
        var data = options.Value("--data") ?? "samples/acme";
        var rules = options.Value("--rules") ?? "rules";
        var ledgerPath = options.Value("--ledger") ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(rules).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", "ledger.db");
        var policy = RunPipeline.LoadPolicy(rules);
        var resolved = RunPipeline.ResolvePeriod(period, data);
        return RunProgress.Run(RunProgress.ConsoleFor(stderr), options.Flag("--quiet"), progress =>
        {
            var booked = policy.UsesBooked && File.Exists(ledgerPath) ? BookedIn(ledgerPath, resolved) : null;
            var (kpis, people) = RunPipeline.Execute(policy, data, resolved, acceptRejects: false, threads, explain: false, progress, booked);
            if (kpis.Errors.Count > 0)
            {
                DataErrors.Print(kpis.Errors, stderr, false);
                return ExitCode.Invalid;
            }

            if (RunChecks.Report(RunChecks.Find(policy, kpis, people, data, allowEmpty: false), stderr))
            {
                stderr.WriteLine("nothing was booked");
                return ExitCode.Invalid;
            }

            var files = Adjustments.FilesOf(kpis, policy);
            using var ledger = PayoutLedger.Open(ledgerPath);
            var closes = ledger.Closes(resolved.Name);
            if (closes.Count == 0)
            {
                var originals = Adjustments.Originals(people);
                var sequence = ledger.Book(resolved.Name, by, RunCommand.Version, files, originals);
                stdout.WriteLine($"Closed {resolved.Name} (close {sequence}) in {ledgerPath}: {originals.Count:N0} lines booked by {by}.");
                return ExitCode.Ok;
            }

            var reason = Adjustments.Reason(closes[^1], files);
            var adjustments = Adjustments.Of(ledger.Lines(resolved.Name), people, reason);
            if (adjustments.Count == 0)
            {
                stdout.WriteLine($"{resolved.Name} is closed (close {closes[^1].Sequence}) and nothing it pays has changed: nothing booked.");
                return ExitCode.Ok;
            }

            var next = ledger.Book(resolved.Name, by, RunCommand.Version, files, adjustments);
            stdout.WriteLine($"Close {next} of {resolved.Name} in {ledgerPath}: {adjustments.Count:N0} adjustment line(s) booked by {by} ({reason}); the lines booked before are unchanged.");
            foreach (var a in adjustments)
            {
                stdout.WriteLine($"  {a.EmployeeId} {a.Component} {a.RewardType}: amount {a.Amount:+0.00;-0.00;0.00} {a.Currency}, cost {a.Cost:+0.00;-0.00;0.00} {a.Currency}");
            }

            return ExitCode.Ok;
        });
    }

    /// <summary>What clawback rules recover from; the ledger is opened for it only when it exists, so a failed first close leaves no file.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<Rules.Facts.BookedLine>> BookedIn(string path, Calc.Model.Period period)
    {
        using var ledger = PayoutLedger.Open(path);
        return Adjustments.Booked(ledger, period);
    }
}
