using System.Runtime.ExceptionServices;
using Payout.Calc.Files;
using Payout.Calc.Kpis;
using Payout.Calc.Model;
using Payout.Calc.Reading;
using Payout.Calc.Validation;

namespace Payout.Calc;

/// <summary>Turns a data folder into KPIs per person for one period.</summary>
public static class KpiCalculator
{
    /// <summary>
    /// Reads every file of the data contract in one pass each, collecting every row error instead
    /// of stopping at the first. Rejected rows are left out of every KPI; callers decide whether
    /// errors fail the run.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The data folder does not exist.</exception>
    public static KpiRun Compute(string dataDirectory, Period period, KpiOptions options)
    {
        if (!Directory.Exists(dataDirectory))
        {
            throw new DirectoryNotFoundException($"Data folder not found: {dataDirectory}");
        }

        var threads = options.Threads > 0 ? options.Threads : Environment.ProcessorCount;
        var folder = new DataFolder(dataDirectory, options.Limits);
        var (employees, known, rejected) = ReadEmployees(folder, period);
        var people = employees.ToDictionary(e => e.EmployeeId, _ => new PersonAccumulator(), StringComparer.Ordinal);
        var teams = known.Values.Select(e => e.Team).Distinct().ToDictionary(t => t, _ => new TeamAccumulator(), StringComparer.Ordinal);
        var window = PeriodWindow.Of(period, options.TimeZone);
        var employment = Employment.Index(known.Keys, rejected, people);
        var ctx = new ReadContext(period, window, employment, teams);
        var externalNames = new HashSet<string>(options.ExternalKpis, StringComparer.Ordinal);

        void ReadTickets(DataFolder into, ReadContext context)
        {
            var tickets = new UniqueIds();
            into.Read(TicketFile.Kind, TicketFile.Required, row => TicketFile.Handle(row, context, tickets));
        }

        var fxRates = new Dictionary<string, FxRate>(StringComparer.Ordinal);
        var manual = new List<ManualAdjustment>();
        void ReadOthers()
        {
            ReadOtherFiles(folder, ctx, externalNames);
            folder.Read(FxRateFile.Kind, FxRateFile.Required, row => FxRateFile.Handle(row, period, fxRates));
            folder.Read(ManualAdjustmentFile.Kind, ManualAdjustmentFile.Required, row => ManualAdjustmentFile.Handle(row, ctx, manual));
        }

        if (threads > 1)
        {
            // The ticket file, about half the rows, is read alongside all the others: each kind of
            // file folds into fields of its own (see PersonAccumulator), and each stream has its
            // own folder and context, so nothing they write is shared. Errors and inputs are merged
            // and sorted below, so the result is the one reading in line gives.
            var ticketFolder = new DataFolder(dataDirectory, options.Limits);
            var ticketContext = new ReadContext(period, window, employment, teams);
            try
            {
                Parallel.Invoke(() => ReadTickets(ticketFolder, ticketContext), ReadOthers);
            }
            catch (AggregateException ex)
            {
                // As reading in line would: the failure itself, not a wrapper (the first, if both streams failed).
                ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
            }

            folder.Absorb(ticketFolder);
        }
        else
        {
            ReadTickets(folder, ctx);
            ReadOthers();
        }

        var external = externalNames.Order(StringComparer.Ordinal).ToList();
        // Each person's KPIs go to the person's own slot: employee order whatever the threads do.
        var ordered = employees.OrderBy(e => e.EmployeeId, StringComparer.Ordinal).ToArray();
        // Every person has the same KPIs; they are stored as columns a block of people at a time
        // (see KpiBlock), as most of them are missing and a missing KPI needs only its reason.
        var perPerson = PersonAccumulator.KpiCount(options, external.Count);
        var stored = KpiStore.Compute(ordered.Length, perPerson, threads, (i, into) =>
            people[ordered[i].EmployeeId].ToKpis(options, teams[ordered[i].Team], external, into));
        var computed = new (Employee Employee, decimal Proration, IReadOnlyList<KpiValue> Kpis)[ordered.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            computed[i] = (ordered[i], ordered[i].ProrationFor(period), stored[i]);
        }

        var errors = RootCausesFirst(folder.Errors);
        var inputs = folder.Inputs.OrderBy(i => i.Name, StringComparer.Ordinal).ToList();
        return new KpiRun(period, Ranker.Rank(computed, threads), inputs, errors)
        {
            FxRates = [.. fxRates.Values.OrderBy(r => r.Currency, StringComparer.Ordinal)],
            ManualAdjustments = [.. manual.OrderBy(m => m.File, StringComparer.Ordinal).ThenBy(m => m.Line)],
            AccountChurns = ctx.Accounts.ChurnsIn(period, people.ContainsKey),
        };
    }

    /// <summary>
    /// Errors with the files that failed as a whole (or could not be read past a line) first, then
    /// rows of the employees file, then other rows in file and line order. A row rejected only
    /// because a failed employees file defined nobody, or because its employee's row was rejected,
    /// is marked as following from that, so the root cause is not buried under hundreds of lines
    /// that repeat it.
    /// </summary>
    private static List<DataError> RootCausesFirst(IEnumerable<DataError> errors)
    {
        var all = errors.ToList();
        static bool IsEmployees(DataError e) => e.File.StartsWith(EmployeeFile.Kind, StringComparison.OrdinalIgnoreCase);
        var failedEmployees = all.Where(e => e.FileLevel && IsEmployees(e)).Select(e => e.File).Distinct().Order(StringComparer.Ordinal).ToList();
        var rejectedEmployees = all.Where(e => !e.FileLevel && IsEmployees(e)).GroupBy(e => e.File)
            .Select(g => (File: g.Key, Lines: g.Select(e => e.Line).Distinct().Order().ToList()))
            .Select(f => $"{f.File} (line {string.Join(", ", f.Lines.Take(5))}{(f.Lines.Count > 5 ? ", …" : string.Empty)})")
            .Order(StringComparer.Ordinal).ToList();
        var followsRejectedRows = "the rejected rows of " + string.Join(", ", rejectedEmployees);
        return all
            .Select(e => failedEmployees.Count > 0 && !e.FileLevel && e.Reason.StartsWith("unknown ", StringComparison.Ordinal) && e.Column is "employee_id" or "team"
                ? e with { FollowsFrom = string.Join(", ", failedEmployees) }
                : rejectedEmployees.Count > 0 && e.Reason == ReadContext.EmployeeRowRejected
                    ? e with { FollowsFrom = followsRejectedRows }
                    : e)
            .OrderBy(e => e.FileLevel || e.Reason.StartsWith("malformed", StringComparison.Ordinal) ? 0 : IsEmployees(e) ? 1 : 2)
            .ThenBy(e => e.File, StringComparer.Ordinal)
            .ThenBy(e => e.Line)
            .ToList();
    }

    /// <summary>Every event file but tickets, in an order where external KPIs come before the targets that may name them.</summary>
    private static void ReadOtherFiles(DataFolder folder, ReadContext ctx, HashSet<string> externalNames)
    {
        var surveys = new UniqueIds();
        folder.Read(SurveyFile.Kind, SurveyFile.Required, row => SurveyFile.Handle(row, ctx, surveys));
        var calls = new UniqueIds();
        folder.Read(CallFile.Kind, CallFile.Required, row => CallFile.Handle(row, ctx, calls));
        var criteria = new UniqueIds();
        folder.Read(QaReviewFile.Kind, QaReviewFile.Required, row => QaReviewFile.Handle(row, ctx, criteria));
        var feedback = new UniqueIds();
        folder.Read(FeedbackFile.Kind, FeedbackFile.Required, row => FeedbackFile.Handle(row, ctx, feedback));
        var accounts = new UniqueIds();
        folder.Read(AccountFile.Kind, AccountFile.Required, row => AccountFile.Handle(row, ctx, accounts));
        folder.Read(ExternalKpiFile.Kind, ExternalKpiFile.Required, row => ExternalKpiFile.Handle(row, ctx, externalNames));
        var targets = new TargetValidator(externalNames);
        folder.Read(TargetFile.Kind, TargetFile.Required, row => TargetFile.Handle(row, ctx, targets));
    }

    private static (List<Employee> Active, Dictionary<string, Employee> Known, HashSet<string> Rejected) ReadEmployees(DataFolder folder, Period period)
    {
        if (folder.FilesOf(EmployeeFile.Kind).Count == 0)
        {
            folder.Errors.Add(new DataError("employees.csv", 0, string.Empty, string.Empty, "required file is missing from the data folder"));
        }

        var active = new List<Employee>();
        var known = new Dictionary<string, Employee>(StringComparer.Ordinal);
        var rejected = new HashSet<string>(StringComparer.Ordinal);
        folder.Read(EmployeeFile.Kind, EmployeeFile.Required, row =>
        {
            var employee = EmployeeFile.Parse(row);
            if (employee is null)
            {
                if (row.Raw("employee_id") is { Length: > 0 } id && !known.ContainsKey(id))
                {
                    rejected.Add(id);
                }

                return RowOutcome.Rejected;
            }

            if (known.ContainsKey(employee.EmployeeId) || rejected.Contains(employee.EmployeeId))
            {
                row.Reject("employee_id", employee.EmployeeId, "duplicate employee_id");
                return RowOutcome.Rejected;
            }

            known.Add(employee.EmployeeId, employee);
            var isActive = employee.ProrationFor(period) > 0;
            if (isActive)
            {
                active.Add(employee);
            }

            return isActive ? RowOutcome.Used : RowOutcome.OutsidePeriod;
        });
        return (active, known, rejected);
    }

    /// <summary>
    /// The latest quarter that any ticket, survey or review in the folder falls in (UTC), used as
    /// the default period; null when the folder has no such events.
    /// </summary>
    public static Period? LatestQuarter(string dataDirectory, Common.RunLimits? limits = null)
    {
        var folder = new DataFolder(dataDirectory, limits);
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
