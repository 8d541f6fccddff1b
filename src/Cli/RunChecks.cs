using System.Globalization;
using Payout.Calc;
using Payout.Calc.Model;
using Payout.Common;
using Payout.Excel;
using Payout.Rules;

namespace Payout.Cli;

/// <summary>
/// Mistakes that pass every row and rule check and would still pay wrongly, exit 0: a period with
/// no events, nobody employed, a rule comparing a person's team with a value no row has, a run that
/// pays nobody. Each is an error naming what to fix.
/// </summary>
internal static class RunChecks
{
    /// <summary>Every such problem of a run whose data was read; empty when there is none.</summary>
    public static List<string> Find(Policy policy, KpiRun kpis, IReadOnlyList<PersonOutcome> people, string dataDirectory, bool allowEmpty)
    {
        var problems = new List<string>();
        var period = kpis.Period.Name;
        var employees = kpis.Inputs.Where(i => IsEmployees(i.Name)).ToList();
        if (kpis.People.Count == 0)
        {
            problems.Add(employees.Sum(i => i.RowsUsed + i.RowsOutsidePeriod) == 0
                ? $"nobody to pay: no employees row was read ({string.Join(", ", employees.Select(i => $"{i.Name}: {i.RowsRejected} rejected"))}); fix the employees file first"
                : $"nobody to pay: no person in the employees file is employed in {period} ({employees.Sum(i => i.RowsOutsidePeriod)} outside it)");
        }

        var events = kpis.Inputs.Where(i => !IsEmployees(i.Name) && !i.Name.StartsWith("fx_rates", StringComparison.OrdinalIgnoreCase) && !i.Name.StartsWith("manual_adjustments", StringComparison.OrdinalIgnoreCase)).ToList();
        if (kpis.People.Count > 0 && events.Count > 0 && events.Sum(i => i.RowsUsed) == 0)
        {
            var latest = KpiCalculator.LatestQuarter(dataDirectory);
            problems.Add($"no event in the data falls in {period}: all {events.Sum(i => i.RowsRead).ToString("#,##0", CultureInfo.InvariantCulture)} event rows are outside it or rejected"
                + (latest is { } q ? $"; the data's latest quarter is {q.Name}" : string.Empty));
        }

        foreach (var comparison in policy.TextComparisons)
        {
            // A role may be compared before anyone holds it (a rule for CSMs in a quarter without any): the policy's roles count too.
            var values = kpis.People.Select(p => Field(p.Employee, comparison.Field))
                .Concat(comparison.Field == "role" ? policy.Roles : [])
                .Where(v => v is not null).Cast<string>().Distinct().Order(StringComparer.Ordinal).ToList();
            if (values.Count > 0 && !values.Contains(comparison.Value))
            {
                problems.Add($"{comparison}: compares employee.{comparison.Field} with \"{comparison.Value}\", which no person employed in {period} has{Spelling.DidYouMean(comparison.Value, values)}");
            }
        }

        problems.AddRange(FxProblems(policy.Plan.ReportingCurrency, kpis.FxRates, people));
        problems.AddRange(ManualLines.Problems(people, kpis.ManualAdjustments, policy.Plan.Payroll));
        if (problems.Count == 0 && people.Count > 0 && !allowEmpty && people.All(p => p.Result.Lines.Count == 0))
        {
            problems.Add($"the run pays nobody: {people.Count} people evaluated for {period}, no rule fired for any of them; check the period and the rules (--allow-empty writes the workbook anyway)");
        }

        return problems;
    }

    /// <summary>
    /// fx_rates.csv, when given with a reporting currency in the plan, must let every paid currency be
    /// converted: a rate for each one (the reporting currency's own, if listed, is 1).
    /// </summary>
    private static IEnumerable<string> FxProblems(string? reporting, IReadOnlyList<FxRate> rates, IReadOnlyList<PersonOutcome> people)
    {
        if (rates.Count == 0)
        {
            yield break;
        }

        var file = rates[0].File;
        if (reporting is null)
        {
            yield break; // read and listed on Inputs, but there is nothing to convert to: no total across currencies
        }

        foreach (var own in rates.Where(r => r.Currency == reporting && r.Rate != 1m))
        {
            yield return $"{own.File}:{own.Line}: column 'rate' value '{own.Rate.ToString(CultureInfo.InvariantCulture)}': {reporting} is the reporting currency; its rate is 1";
        }

        foreach (var currency in people.SelectMany(p => p.Result.Lines).Select(l => l.Currency).Distinct().Order(StringComparer.Ordinal)
                     .Where(c => c != reporting && rates.All(r => r.Currency != c)))
        {
            yield return $"{file}: no rate for {currency} quoted on or before the period's last day, and {currency} is paid: amounts are never added across currencies without one";
        }
    }

    /// <summary>Prints the problems; true when there were any.</summary>
    public static bool Report(List<string> problems, TextWriter stderr)
    {
        foreach (var problem in problems)
        {
            stderr.WriteLine($"error: {problem}");
        }

        return problems.Count > 0;
    }

    private static bool IsEmployees(string file) => file.StartsWith("employees", StringComparison.OrdinalIgnoreCase);

    private static string? Field(Employee e, string field) => field switch
    {
        "employee_id" => e.EmployeeId,
        "role" => e.Role,
        "name" => e.Name,
        "team" => e.Team,
        "currency" => e.Currency,
        _ => null,
    };
}
