using Payout.Common;
using System.Globalization;
using Payout.Calc;
using Payout.Calc.Model;
using Payout.Cli.CommandLine;

namespace Payout.Cli.Commands;

/// <summary><c>payout kpis</c>: the KPIs as CSV on stdout.</summary>
internal static class KpisCommand
{
    /// <summary>The command's name, options and help.</summary>
    public static readonly CommandSpec Spec = new(
        "kpis",
        "print KPIs per person as CSV",
        """
        Prints every person's KPIs for the period as CSV on stdout, header
        employee_id,kpi,value,numerator,denominator,n, one row per person and catalog KPI,
        invariant culture. A missing KPI has an empty value, never 0. Text that a spreadsheet
        would run as a formula (=, +, -, @) is written with a leading apostrophe.
        """,
        [
            OptionSpec.Of("--data", "DIR", "data folder; default: samples/acme"),
            OptionSpec.Of("--period", "P", "2026-09, 2026-Q3 or 2026; default: the latest quarter in the data"),
            OptionSpec.Of("--rules", "DIR", "rules folder whose plan.json sets minimum samples, time zone and external KPIs; without it no minimum applies and periods are bounded in UTC"),
            OptionSpec.Flag("--accept-rejects", "print invalid rows as warnings and go on without them"),
        ],
        Execute);

    public static int Execute(ParsedOptions options, TextWriter stdout, TextWriter stderr)
    {
        var acceptRejects = options.Flag("--accept-rejects");
        var data = options.Value("--data") ?? "samples/acme";
        var period = RunPipeline.ResolvePeriod(options.Value("--period"), data);
        var kpiOptions = options.Value("--rules") is { } rules
            ? RunPipeline.KpiOptionsOf(RunPipeline.LoadPolicy(rules))
            : KpiOptions.Default;
        if (!Directory.Exists(data))
        {
            throw new UsageException($"data folder not found: {data}");
        }

        var run = KpiCalculator.Compute(data, period, kpiOptions);
        if (run.Errors.Count > 0)
        {
            DataErrors.Print(run.Errors, stderr, acceptRejects);
            if (!acceptRejects)
            {
                return ExitCode.Invalid;
            }
        }

        stdout.WriteLine("employee_id,kpi,value,numerator,denominator,n");
        foreach (var person in run.People)
        {
            foreach (var kpi in person.Kpis)
            {
                stdout.WriteLine(string.Join(',',
                    CsvText.Field(person.Employee.EmployeeId),
                    CsvText.Field(kpi.Kpi),
                    kpi.Value is { } v ? Plain(v) : string.Empty,
                    Plain(kpi.Numerator),
                    Plain(kpi.Denominator),
                    kpi.N.ToString(CultureInfo.InvariantCulture)));
            }
        }

        return ExitCode.Ok;
    }

    /// <summary>Every digit, invariant culture, no trailing zeros: how KPI values are printed (also by <c>payout trace</c>).</summary>
    public static string Plain(decimal value) => DecimalText.AllDigits(value);
}
