using Payout.Calc.Kpis;
using Payout.Calc.Model;

namespace Payout.Calc.Reading;

/// <summary>What event readers need: the period's window, who exists, who was rejected, who is active.</summary>
internal sealed class ReadContext(
    Period period,
    PeriodWindow window,
    Dictionary<string, Employment> employees,
    IReadOnlyDictionary<string, TeamAccumulator> teams)
{
    // One lookup per row (see Employment.Index), which contexts reading side by side share; event
    // files list a person's rows together more often than not, so each keeps its last answer too.
    private string? _lastId;
    private Employment _last;

    /// <summary>The reason of a row whose employee's own row was rejected: it follows from that row.</summary>
    public const string EmployeeRowRejected = "this employee's row in employees.csv was rejected";

    public Period Period => period;

    /// <summary>Every valid account row, for the churns of the run's period (<see cref="ChurnBook"/>).</summary>
    public ChurnBook Accounts { get; } = new();

    /// <summary>
    /// Resolves an employee id. Unknown ids reject the row; people not employed in the period
    /// yield null (the row counts as outside the period).
    /// </summary>
    public PersonAccumulator? Person(DataRow row, string? id, string column = "employee_id")
    {
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        if (!string.Equals(id, _lastId, StringComparison.Ordinal))
        {
            _last = employees.GetValueOrDefault(id);
            _lastId = id;
        }

        switch (_last.Status)
        {
            case EmploymentStatus.Rejected:
                row.Reject(column, id, EmployeeRowRejected);
                return null;
            case EmploymentStatus.Unknown:
                row.Reject(column, id, "unknown employee_id (not in employees.csv)");
                return null;
            default:
                return _last.Active;
        }
    }

    /// <summary>Resolves a team name; unknown teams reject the row.</summary>
    public TeamAccumulator? Team(DataRow row, string team)
    {
        if (team.Length > 0 && !teams.ContainsKey(team))
        {
            row.Reject("team", team, "unknown team (no employee in employees.csv is in it)");
        }

        return teams.GetValueOrDefault(team);
    }

    /// <summary>True when the row's period label is the run's period.</summary>
    public bool IsRunPeriod(string label) => Period.TryParse(label, out var p) && p.Name == period.Name;

    /// <summary>
    /// The common tail of an event row: a rejected row stays rejected; a valid row whose main
    /// timestamp is in the period and whose person is active is folded into that person.
    /// </summary>
    /// <remarks>The row is passed to <paramref name="add"/> so a static lambda does: no closure is made for each of millions of rows.</remarks>
    public RowOutcome Fold<T>(DataRow row, PersonAccumulator? person, DateTimeOffset when, T record, Action<PersonAccumulator, T> add)
    {
        if (row.Rejected)
        {
            return RowOutcome.Rejected;
        }

        if (person is null || !window.Contains(when))
        {
            return RowOutcome.OutsidePeriod;
        }

        add(person, record);
        return RowOutcome.Used;
    }

    /// <summary>True when the instant is inside the period window.</summary>
    public bool InWindow(DateTimeOffset when) => window.Contains(when);
}
