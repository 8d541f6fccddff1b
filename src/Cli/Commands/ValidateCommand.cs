using System.Globalization;
using System.Text.Json;
using Payout.Cli.CommandLine;
using Payout.Cli.Output;

namespace Payout.Cli.Commands;

/// <summary><c>payout validate</c>: checks rules and data without writing a workbook.</summary>
internal static class ValidateCommand
{
    /// <summary>The command's name, options and help.</summary>
    public static readonly CommandSpec Spec = new(
        "validate",
        "check rules and data without writing a workbook",
        """
        Loads and compiles every rule (JSON workflows and C# rules), reads every data file
        for the period and reports every problem, without writing a workbook.

        Exit codes: 0 valid; 2 any error in rules, data or arguments (listed on stderr).
        """,
        [
            OptionSpec.Of("--data", "DIR", "data folder; default: samples/acme"),
            OptionSpec.Of("--rules", "DIR", "rules folder; default: rules"),
            OptionSpec.Of("--period", "P", "2026-09, 2026-Q3 or 2026; default: the latest quarter in the data"),
            OptionSpec.Flag("--json", "print the summary as one JSON object on stdout instead of text"),
        ],
        Execute);

    public static int Execute(ParsedOptions options, TextWriter stdout, TextWriter stderr)
    {
        var data = options.Value("--data") ?? "samples/acme";
        var rules = options.Value("--rules") ?? "rules";
        var policy = RunPipeline.LoadPolicy(rules);
        var json = options.Flag("--json");
        if (!json)
        {
            stdout.WriteLine($"rules: {policy.RuleCount} rules in {policy.Files.Count} files compiled ({policy.Plan.Name})");
        }

        var period = RunPipeline.ResolvePeriod(options.Value("--period"), data);
        var (kpis, people) = RunPipeline.Execute(policy, data, period, acceptRejects: false);
        var read = kpis.Inputs.Sum(i => i.RowsRead).ToString("#,##0", CultureInfo.InvariantCulture);
        if (kpis.Errors.Count > 0)
        {
            DataErrors.Print(kpis.Errors, stderr, accepted: false);
            return ExitCode.Invalid;
        }

        if (RunChecks.Report(RunChecks.Find(policy, kpis, people, data, allowEmpty: false), stderr))
        {
            return ExitCode.Invalid;
        }

        if (json)
        {
            stdout.WriteLine(JsonSerializer.Serialize(new
            {
                valid = true,
                plan = policy.Plan.Name,
                rules = policy.RuleCount,
                rule_files = policy.Files.Count,
                period = period.Name,
                data_files = kpis.Inputs.Count,
                rows_read = kpis.Inputs.Sum(i => i.RowsRead),
                people = people.Count,
            }, JsonOutput.Options));
            return ExitCode.Ok;
        }

        stdout.WriteLine($"data: {kpis.Inputs.Count} files, {read} rows read, 0 rejected; {people.Count} people evaluated for {period.Name}");
        return ExitCode.Ok;
    }
}
