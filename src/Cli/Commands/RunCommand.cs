using System.Globalization;
using System.Reflection;
using Payout.Calc.Kpis;
using Payout.Calc.Lineage;
using Payout.Excel;
using Payout.Excel.Exports;
using Payout.Excel.Statements;
using Payout.Cli.CommandLine;
using Payout.Cli.Output;

namespace Payout.Cli.Commands;

/// <summary><c>payout run</c>: KPIs, policy and the workbook.</summary>
internal static class RunCommand
{
    /// <summary>The command's name, options and help.</summary>
    public static readonly CommandSpec Spec = new(
        "run",
        "compute KPIs, run the pay policy and write the payout workbook",
        """
        Computes every person's KPIs from the data folder, runs the pay policy in the rules
        folder and writes the payout workbook (Summary, Payout Lines, KPIs, Explanations,
        Policies, Inputs, Run). A run also fails (exit 2) when no event falls in the period,
        nobody is employed in it, or a rule compares employee.team (or another text field) with
        a value no person has.

        Exit codes: 0 written; 2 invalid data, rules or arguments, or a limit exceeded (errors
        on stderr, nothing written); 130/143 interrupted by Ctrl-C or SIGTERM (the temporary
        workbook removed); 1 anything else.
        """,
        [
            OptionSpec.Of("--data", "DIR", "data folder (CSV per the data contract); default: samples/acme"),
            OptionSpec.Of("--rules", "DIR", "rules folder (plan.json, workflow *.json, C# *.cs); default: rules"),
            OptionSpec.Of("--period", "P", "2026-09, 2026-Q3 or 2026; default: the latest quarter in the data"),
            OptionSpec.Of("--out", "FILE", "workbook to write; default: out/payout-<period>.xlsx"),
            OptionSpec.Of("--threads", "N", "people evaluated in parallel, 1 to 1,024 (the workbook is the same whatever N is); default: the number of cores"),
            OptionSpec.Flag("--accept-rejects", "go on when input rows are invalid: they are left out of every KPI and listed on the Rejected Rows sheet (default: any invalid row fails the run)"),
            OptionSpec.Flag("--no-explanations", "for a what-if: the same awards without the audit trail (Explanations empty, lines link nowhere); not for a run that will be paid or audited"),
            OptionSpec.Flag("--allow-empty", "write the workbook even when no rule pays anybody (by default that is an error: usually a wrong period or a broken rule)"),
            OptionSpec.Of("--ledger", "FILE", "the ledger (payout close): when the period is closed there, the workbook gets an Adjustments sheet of what a close would book now"),
            OptionSpec.Of("--statements", "DIR", "also write one statement per person, statement-<period>-<employee_id>.xlsx, into DIR (ready to send: KPIs, targets, awards with their explanation, totals, rule and input hashes)"),
            OptionSpec.Of("--payroll", "DIR", "also write the payroll export (payroll-<period>.csv) and the time-off feed (time-off-<period>.csv) into DIR; needs the plan's Payroll section"),
            OptionSpec.Of("--pay-date", "DATE", "pay date in the payroll export, yyyy-MM-dd; default: the plan's Payroll.PayDay of the month after the period"),
            OptionSpec.Flag("--quiet", "no progress on stderr (errors are still printed)"),
            OptionSpec.Flag("--json", "print the summary as one JSON object on stdout instead of the table"),
        ],
        Execute);

    /// <summary>Source rows the Lineage sheet lists at most; a larger run is traced per person with payout trace (20M rows would not open).</summary>
    private const int LineageLimit = 200_000;

    public static int Execute(ParsedOptions options, TextWriter stdout, TextWriter stderr)
    {
        var threads = options.Value("--threads") is { } t ? SampleCommand.Positive(t, "--threads", SampleCommand.MaxThreads) : 0;
        var acceptRejects = options.Flag("--accept-rejects");
        var data = options.Value("--data") ?? "samples/acme";
        var rules = options.Value("--rules") ?? "rules";
        var policy = RunPipeline.LoadPolicy(rules);
        var period = RunPipeline.ResolvePeriod(options.Value("--period"), data);
        var output = options.Value("--out") ?? Path.Combine("out", $"payout-{period.Name}.xlsx");
        var explain = !options.Flag("--no-explanations");
        var payrollDir = options.Value("--payroll");
        if (payrollDir is not null && policy.Plan.Payroll is null)
        {
            throw new UsageException($"--payroll needs a Payroll section in {Path.Combine(rules, "plan.json")}: the pay element and GL account of each cash component and the treatment of each non-cash reward (see docs/payroll.md)");
        }

        DateOnly? payDate = options.Value("--pay-date") is { } pd
            ? DateOnly.TryParseExact(pd, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw new UsageException($"--pay-date '{pd}' is not a date (yyyy-MM-dd)")
            : null;
        return RunProgress.Run(RunProgress.ConsoleFor(stderr), options.Flag("--quiet"), progress =>
        {
            // The ledger, opened once, when there is one: clawback rules read it, and the workbook shows adjustments and year to date from it.
            using var ledger = options.Value("--ledger") is { } ledgerPath && File.Exists(ledgerPath) ? Ledger.PayoutLedger.Open(ledgerPath) : null;
            var booked = ledger is not null && policy.UsesBooked ? Ledger.Adjustments.Booked(ledger, period) : null;
            var (kpis, people) = RunPipeline.Execute(policy, data, period, acceptRejects, threads, explain, progress, booked);
            if (kpis.Errors.Count > 0)
            {
                DataErrors.Print(kpis.Errors, stderr, acceptRejects);
                if (!acceptRejects)
                {
                    return ExitCode.Invalid;
                }
            }

            if (RunChecks.Report(RunChecks.Find(policy, kpis, people, data, options.Flag("--allow-empty")), stderr))
            {
                stderr.WriteLine("nothing was written");
                return ExitCode.Invalid;
            }

            var facts = RunFacts(options.Args, data, rules, output, period.Name, policy.Plan.Name, people);
            facts.Add(new("accept_rejects", acceptRejects ? "true" : "false"));
            facts.Add(new("explanations", explain ? "true" : "false (what-if run: not for payment or audit)"));
            facts.Add(new("rows_rejected", kpis.Inputs.Sum(i => i.RowsRejected).ToString(CultureInfo.InvariantCulture)));
            var (adjustments, paidEarlier) = ledger is not null ? FromLedger(ledger, period, kpis, policy, people) : (null, null);
            var report = new RunReport(period, people, kpis.Inputs, policy.Files, facts) {
                Rejected = kpis.Errors,
                PolicyRules = policy.Rules,
                PlanSettings = policy.PlanSettings,
                KpiDefinitions = KpiCatalog.Definitions(policy.Plan.ExternalKpis, policy.Plan.Composites.Keys),
                Lineage = explain ? KpiTrace.All(data, period, policy.Plan.TimeZone, kpis.Inputs, LineageLimit) : null,
                RoundPlaces = policy.Plan.Rounding.Mode == MidpointRounding.AwayFromZero ? policy.Plan.Rounding.Places : null,
                Company = policy.Plan.Payroll?.Company ?? string.Empty,
                PlanName = policy.Plan.Name,
                ReportingCurrency = policy.Plan.ReportingCurrency,
                FxRates = kpis.FxRates,
                Adjustments = adjustments,
                PaidEarlierInYear = paidEarlier,
            };
            progress.Step("writing the workbook", 1, _ =>
            {
                PayoutWorkbook.Write(report, output);
                return output;
            });
            if (options.Value("--statements") is { } statements)
            {
                progress.Step("writing statements", people.Count, advance => $"{Statements.Write(report, statements, threads, advance):N0} in {statements}");
            }

            if (payrollDir is not null)
            {
                progress.Step("writing the payroll export", 1, _ => string.Join(", ", PayrollExport.Write(report, policy.Plan.Payroll!, payrollDir, payDate)));
            }

            var summary = RunSummary.Of(output, people, explain);
            if (options.Flag("--json"))
            {
                summary.WriteJson(stdout);
            }
            else
            {
                summary.Write(stdout);
            }

            return ExitCode.Ok;
        });
    }

    /// <summary>
    /// From the ledger: what a close would book now (null when the period is not closed) and the cash
    /// booked earlier in the year.
    /// </summary>
    private static (IReadOnlyList<Adjustment>? Adjustments, IReadOnlyDictionary<(string, string), decimal>? PaidEarlier) FromLedger(
        Ledger.PayoutLedger ledger, Calc.Model.Period period, Calc.Model.KpiRun kpis, Rules.Policy policy, IReadOnlyList<PersonOutcome> people)
    {
        var closes = ledger.Closes(period.Name);
        var adjustments = closes.Count == 0 ? null
            : Ledger.Adjustments.Preview(ledger.Lines(period.Name), people, Ledger.Adjustments.Reason(closes[^1], Ledger.Adjustments.FilesOf(kpis, policy)));
        return (adjustments, Ledger.Adjustments.PaidEarlierInYear(ledger, period));
    }

    private static List<KeyValuePair<string, string>> RunFacts(IReadOnlyList<string> args, string data, string rules, string output, string period, string plan, IReadOnlyList<PersonOutcome> people) =>
    [
        new("period", period),
        new("data", data),
        new("rules", rules),
        new("out", output),
        new("plan", plan),
        new("people", people.Count.ToString(CultureInfo.InvariantCulture)),
        new("payout_lines", people.Sum(p => p.Result.Lines.Count).ToString(CultureInfo.InvariantCulture)),
        new("tool", "payout " + Version),
        new("command_line", string.Join(' ', args.Prepend("payout run"))),
    ];

    /// <summary>The tool's informational version.</summary>
    public static string Version =>
        typeof(RunCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
