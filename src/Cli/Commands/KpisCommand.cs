using Payout.Common;
using System.Globalization;
using Payout.Calc;
using Payout.Calc.Model;

namespace Payout.Cli.Commands;

/// <summary><c>payout kpis</c>: the KPIs as CSV on stdout.</summary>
internal static class KpisCommand
{
    public const string Help = """
        Usage: payout kpis [--data DIR] [--period P] [--rules DIR] [--accept-rejects]

        Prints every person's KPIs for the period as CSV on stdout, header
        employee_id,kpi,value,numerator,denominator,n, one row per person and catalog KPI,
        invariant culture. A missing KPI has an empty value, never 0.

        Options:
          --data DIR     data folder                                 default: samples/acme
          --period P     2026-09, 2026-Q3 or 2026                    default: latest quarter in the data
          --rules DIR    rules folder whose plan.json sets minimum samples, time zone and external
                         KPIs; without it no minimum applies and periods are bounded in UTC
          --accept-rejects  print invalid rows as warnings and go on without them
          -h, --help     show this help
        """;

    public static int Execute(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var options = new Arguments(args, ["--data", "--period", "--rules"], ["--accept-rejects"]);
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

    /// <summary>Invariant, without the trailing zeros a decimal's scale would keep (93.750 → 93.75).</summary>
    /// <summary>Every digit, invariant culture, no trailing zeros: how KPI values are printed (also by <c>payout trace</c>).</summary>
    public static string Plain(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
