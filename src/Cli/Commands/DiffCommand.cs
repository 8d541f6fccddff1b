using System.Globalization;
using System.Text.Json.Nodes;
using Payout.Cli.CommandLine;
using Payout.Cli.Output;
using Payout.Common;
using Payout.Excel.WhatIf;
using Payout.Rules;

namespace Payout.Cli.Commands;

/// <summary><c>payout diff</c>: what a proposed policy would pay against the current one, on the same data and KPIs.</summary>
internal static class DiffCommand
{
    /// <summary>The command's name, options and help.</summary>
    public static readonly CommandSpec Spec = new(
        "diff",
        "what-if: run the current and a proposed policy on the same data and compare what they pay",
        """
        Computes the KPIs once and evaluates two policies on them: the rules folder (--rules) and
        either another rules folder (--against) or the same folder with plan parameters changed
        (--set plan.NAME=VALUE[,plan.NAME=VALUE…]). Prints who changes (per person and component:
        current, proposed, delta, and the rules that pay it, so a tier change shows), and the cost
        per currency; writes the What-if workbook (Changes, Teams, Compared). Nothing is booked or
        paid. When the two plans compute KPIs differently (minimum samples, time zone, composites),
        the KPIs are computed for each.

        Exit codes: 0 compared; 2 invalid data, rules or arguments; 1 anything else.
        """,
        [
            OptionSpec.Of("--data", "DIR", "data folder; default: samples/acme"),
            OptionSpec.Of("--rules", "DIR", "the current policy's rules folder; default: rules"),
            OptionSpec.Of("--against", "DIR", "the proposed policy's rules folder"),
            OptionSpec.Of("--set", "PLAN.NAME=VALUE", "the proposed policy is the current one with these plan parameters changed, comma-separated: plan.iqs_gate=85,plan.trip_cost=3000"),
            OptionSpec.Of("--period", "P", "2026-09, 2026-Q3 or 2026; default: the latest quarter in the data"),
            OptionSpec.Of("--out", "FILE", "What-if workbook to write; default: out/what-if-<period>.xlsx"),
            OptionSpec.Of("--threads", "N", "people evaluated in parallel, 1 to 1,024; default: the number of cores"),
            OptionSpec.Flag("--accept-rejects", "go on when input rows are invalid (they are left out of every KPI)"),
            OptionSpec.Flag("--quiet", "no progress on stderr (errors are still printed)"),
        ],
        Execute);

    public static int Execute(ParsedOptions options, TextWriter stdout, TextWriter stderr)
    {
        var threads = options.Value("--threads") is { } t ? SampleCommand.Positive(t, "--threads", SampleCommand.MaxThreads) : 0;
        var data = options.Value("--data") ?? "samples/acme";
        var rules = options.Value("--rules") ?? "rules";
        var (against, overrides) = (options.Value("--against"), options.Value("--set"));
        if (against is null == overrides is null)
        {
            throw new UsageException("give the proposed policy with either --against DIR or --set plan.NAME=VALUE (one of them)");
        }

        var current = RunPipeline.LoadPolicy(rules);
        var proposed = against is not null ? RunPipeline.LoadPolicy(against) : WithParameters(rules, current, overrides!);
        var period = RunPipeline.ResolvePeriod(options.Value("--period"), data);
        var output = options.Value("--out") ?? Path.Combine("out", $"what-if-{period.Name}.xlsx");
        var acceptRejects = options.Flag("--accept-rejects");
        return RunProgress.Run(RunProgress.ConsoleFor(stderr), options.Flag("--quiet"), progress =>
        {
            var (kpis, before) = RunPipeline.Execute(current, data, period, acceptRejects, threads, explain: false, progress);
            if (kpis.Errors.Count > 0)
            {
                DataErrors.Print(kpis.Errors, stderr, acceptRejects);
                if (!acceptRejects)
                {
                    return ExitCode.Invalid;
                }
            }

            // The same KPIs serve both policies unless their plans compute KPIs differently.
            var proposedKpis = SameKpis(current, proposed) ? kpis : RunPipeline.Execute(proposed, data, period, acceptRejects: true, threads, explain: false, progress).Kpis;
            var after = ManualLines.Apply(RunPipeline.Evaluate(proposed, proposedKpis, data, period, threads, explain: false, progress), proposedKpis.ManualAdjustments);
            var report = WhatIfReport.Compare(period, rules, against ?? $"{rules} with {overrides}", before, after);
            progress.Step("writing the What-if workbook", 1, _ =>
            {
                WhatIfWorkbook.Write(report, output);
                return output;
            });
            Print(report, output, stdout);
            return ExitCode.Ok;
        });
    }

    /// <summary>The current policy with plan parameters changed: its rules folder copied, plan.json's Parameters edited, loaded again.</summary>
    private static Policy WithParameters(string rules, Policy current, string overrides)
    {
        var changes = new List<(string Name, decimal Value)>();
        foreach (var item in overrides.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var at = item.IndexOf('=');
            var name = at > 0 && item.StartsWith("plan.", StringComparison.Ordinal) ? item[5..at] : null;
            if (name is null || !decimal.TryParse(item[(at + 1)..], NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                throw new UsageException($"--set '{item}' is not plan.NAME=VALUE with a number (e.g. plan.iqs_gate=85)");
            }

            if (!current.Plan.Parameters.ContainsKey(name))
            {
                throw new UsageException($"--set '{item}': the plan has no parameter '{name}'{Spelling.DidYouMean(name, current.Plan.Parameters.Keys)}");
            }

            changes.Add((name, value));
        }

        var copy = Path.Combine(Path.GetTempPath(), $"payout-what-if-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(copy);
        try
        {
            foreach (var file in Directory.GetFiles(rules))
            {
                File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
            }

            var planPath = Path.Combine(copy, "plan.json");
            var plan = JsonNode.Parse(File.ReadAllText(planPath))!.AsObject();
            foreach (var (name, value) in changes)
            {
                plan["Parameters"]![name] = value;
            }

            File.WriteAllText(planPath, plan.ToJsonString());
            return RunPipeline.LoadPolicy(copy);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static bool SameKpis(Policy a, Policy b)
    {
        var (x, y) = (RunPipeline.KpiOptionsOf(a), RunPipeline.KpiOptionsOf(b));
        return x.TimeZone.Id == y.TimeZone.Id
            && x.MinSamples.OrderBy(k => k.Key, StringComparer.Ordinal).SequenceEqual(y.MinSamples.OrderBy(k => k.Key, StringComparer.Ordinal))
            && x.ExternalKpis.SequenceEqual(y.ExternalKpis)
            && x.Composites.Select(Text).SequenceEqual(y.Composites.Select(Text));
        static string Text(Calc.Model.CompositeKpi c) => c.Name + ":" + string.Join(",", c.Weights.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => $"{w.Key}={w.Value}"));
    }

    private static void Print(WhatIfReport report, string output, TextWriter stdout)
    {
        var people = report.Changes.Select(c => c.EmployeeId).Distinct().Count();
        stdout.WriteLine($"What-if {report.Period.Name}: {people:N0} of {report.People:N0} people change ({report.Proposed} against {report.Current}); wrote {output}");
        foreach (var c in report.Changes)
        {
            var tier = c.RuleChanged ? $"  [{(c.RulesBefore.Length > 0 ? c.RulesBefore : "nothing")} → {(c.RulesAfter.Length > 0 ? c.RulesAfter : "nothing")}]" : string.Empty;
            stdout.WriteLine($"  {c.EmployeeId,-8} {c.Name,-20} {c.Component,-20} {Money(c.Before),12} → {Money(c.After),12}  {Signed(c.Delta),12} {c.Currency}{tier}");
        }

        foreach (var total in report.Currencies)
        {
            stdout.WriteLine($"  {total.Currency}: cash {Money(total.CashBefore)} → {Money(total.CashAfter)} ({Signed(total.CashDelta)}), non-cash cost {Money(total.CostBefore)} → {Money(total.CostAfter)} ({Signed(total.CostDelta)})");
        }
    }

    private static string Money(decimal value) => value.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static string Signed(decimal value) => (value > 0 ? "+" : string.Empty) + Money(value);
}
