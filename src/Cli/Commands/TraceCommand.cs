using Payout.Calc;
using Payout.Calc.Kpis;
using Payout.Calc.Lineage;
using Payout.Calc.Model;
using Payout.Cli.CommandLine;

namespace Payout.Cli.Commands;

/// <summary><c>payout trace</c>: the source rows behind one person's KPI, for an auditor.</summary>
internal static class TraceCommand
{
    /// <summary>The command's name, options and help.</summary>
    public static readonly CommandSpec Spec = new(
        "trace",
        "list the source rows behind one person's KPI",
        """
        Prints the source rows behind one person's KPI in the period, one per line as
        file:line id: the values the KPI reads, then the KPI with its numerator, denominator
        and sample size as the run computes it. Rows of another person or period are left out;
        rows the KPI's definition does not count (an unresolved ticket for art_hours) are
        listed, since the definition says which count. Team KPIs (abandonment_rate,
        awt_seconds) list the calls of the person's team.

        Exit codes: 0 printed; 2 unknown person or KPI, or invalid arguments.
        """,
        [
            OptionSpec.Of("--employee", "ID", "the person (employee_id); required"),
            OptionSpec.Of("--kpi", "NAME", "a KPI of the catalog, target_completion_<kpi> or an external KPI; required"),
            OptionSpec.Of("--data", "DIR", "data folder; default: samples/acme"),
            OptionSpec.Of("--period", "P", "2026-09, 2026-Q3 or 2026; default: the latest quarter in the data"),
            OptionSpec.Of("--rules", "DIR", "rules folder (minimum samples, time zone); default: rules"),
        ],
        Execute);

    public static int Execute(ParsedOptions options, TextWriter stdout, TextWriter stderr)
    {
        var employee = options.Value("--employee") ?? throw new UsageException("--employee is required");
        var kpi = options.Value("--kpi") ?? throw new UsageException("--kpi is required");
        var data = options.Value("--data") ?? "samples/acme";
        if (!Directory.Exists(data))
        {
            throw new UsageException($"data folder not found: {data}");
        }

        var policy = RunPipeline.LoadPolicy(options.Value("--rules") ?? "rules");
        var period = RunPipeline.ResolvePeriod(options.Value("--period"), data);
        var names = KpiCatalog.Names(policy.Plan.ExternalKpis, policy.Plan.Composites.Keys);
        if (!names.Contains(kpi))
        {
            throw new UsageException($"unknown KPI '{kpi}'{Common.Spelling.DidYouMean(kpi, names)}");
        }

        if (policy.Plan.Composites.TryGetValue(kpi, out var parts))
        {
            throw new UsageException($"'{kpi}' is a weighted mean of {string.Join(", ", parts.Keys)} (plan Composites): trace each of those");
        }

        IReadOnlyList<TraceRow> rows;
        try
        {
            rows = KpiTrace.Rows(data, period, policy.Plan.TimeZone, employee, kpi);
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message);
        }

        foreach (var row in rows)
        {
            stdout.WriteLine($"{row.File}:{row.Line} {row.Id}: {row.Values}");
        }

        var run = KpiCalculator.Compute(data, period, RunPipeline.KpiOptionsOf(policy));
        var person = run.People.FirstOrDefault(p => p.Employee.EmployeeId == employee);
        var found = person?.Kpis.Where(k => k.Kpi == kpi).ToList() ?? [];
        stdout.WriteLine(found.Count == 0
            ? $"{employee} {kpi} {period.Name}: not computed ({rows.Count} source rows)"
            : found[0].Value is { } v
                ? $"{employee} {kpi} {period.Name} = {KpisCommand.Plain(v)} (numerator {KpisCommand.Plain(found[0].Numerator)}, denominator {KpisCommand.Plain(found[0].Denominator)}, n={found[0].N}; {rows.Count} source rows)"
                : $"{employee} {kpi} {period.Name} is missing: {found[0].MissingReason} ({rows.Count} source rows)");
        return ExitCode.Ok;
    }
}
