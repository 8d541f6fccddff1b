using Payout.Calc.Files;
using Payout.Calc.Kpis;
using Payout.Calc.Model;
using Payout.Calc.Reading;

namespace Payout.Calc;

/// <summary>Turns a data folder into KPIs per person for one period.</summary>
public static class KpiCalculator
{
    /// <summary>
    /// Reads every file of the data contract that Calc knows in one pass each, collecting every
    /// row error instead of stopping at the first. Callers decide whether errors fail the run.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The data folder does not exist.</exception>
    public static KpiRun Compute(string dataDirectory, Period period, KpiOptions options)
    {
        if (!Directory.Exists(dataDirectory))
        {
            throw new DirectoryNotFoundException($"Data folder not found: {dataDirectory}");
        }

        var folder = new DataFolder(dataDirectory);
        if (folder.FilesOf(EmployeeFile.Kind).Count == 0)
        {
            folder.Errors.Add(new DataError("employees.csv", 0, string.Empty, string.Empty, "required file is missing from the data folder"));
        }

        var employees = new List<Employee>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        folder.Read(EmployeeFile.Kind, EmployeeFile.Required, row =>
        {
            var employee = EmployeeFile.Parse(row);
            if (employee is null)
            {
                return RowOutcome.Rejected;
            }

            if (!known.Add(employee.EmployeeId))
            {
                row.Reject("employee_id", employee.EmployeeId, "duplicate employee_id");
                return RowOutcome.Rejected;
            }

            var active = employee.ProrationFor(period) > 0;
            if (active)
            {
                employees.Add(employee);
            }

            return active ? RowOutcome.Used : RowOutcome.OutsidePeriod;
        });

        var people = employees.ToDictionary(e => e.EmployeeId, _ => new PersonAccumulator(), StringComparer.Ordinal);
        var ctx = new ReadContext(period, known, people);
        var ticketIds = new HashSet<string>(StringComparer.Ordinal);
        folder.Read(TicketFile.Kind, TicketFile.Required, row => TicketFile.Handle(row, ctx, ticketIds));
        var surveyIds = new HashSet<string>(StringComparer.Ordinal);
        folder.Read(SurveyFile.Kind, SurveyFile.Required, row => SurveyFile.Handle(row, ctx, surveyIds));
        folder.Read(QaReviewFile.Kind, QaReviewFile.Required, row => QaReviewFile.Handle(row, ctx));
        var accountKeys = new HashSet<string>(StringComparer.Ordinal);
        folder.Read(AccountFile.Kind, AccountFile.Required, row => AccountFile.Handle(row, ctx, accountKeys));
        folder.Read(TargetFile.Kind, TargetFile.Required, row => TargetFile.Handle(row, ctx));

        var results = employees
            .OrderBy(e => e.EmployeeId, StringComparer.Ordinal)
            .Select(e => new PersonKpis(e, e.ProrationFor(period), people[e.EmployeeId].ToKpis(options)))
            .ToList();
        var errors = folder.Errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ToList();
        var inputs = folder.Inputs.OrderBy(i => i.Name, StringComparer.Ordinal).ToList();
        return new KpiRun(period, results, inputs, errors);
    }

    /// <summary>
    /// The latest quarter that any ticket, survey or review in the folder falls in, used as the
    /// default period; null when the folder has no such events.
    /// </summary>
    public static Period? LatestQuarter(string dataDirectory)
    {
        var folder = new DataFolder(dataDirectory);
        DateTimeOffset? latest = null;
        void Scan(string kind, string column) => folder.Read(kind, [column], row =>
        {
            if (row.OptionalTimestamp(column) is { } ts && (latest is null || ts > latest))
            {
                latest = ts;
            }

            return RowOutcome.Used;
        });
        Scan(TicketFile.Kind, "created_at");
        Scan(SurveyFile.Kind, "submitted_at");
        Scan(QaReviewFile.Kind, "reviewed_at");
        return latest is { } l ? Period.QuarterOf(DateOnly.FromDateTime(l.UtcDateTime)) : null;
    }
}
