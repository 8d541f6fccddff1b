using Payout.Calc.Kpis;
using Payout.Calc.Model;

namespace Payout.Calc.Reading;

/// <summary>What event readers need: the period, who exists and who is active in it.</summary>
internal sealed class ReadContext(Period period, IReadOnlySet<string> knownEmployees, IReadOnlyDictionary<string, PersonAccumulator> active)
{
    public Period Period => period;

    /// <summary>
    /// Resolves the row's <c>employee_id</c>. Unknown ids reject the row; people not employed in the
    /// period yield null (the row counts as outside the period).
    /// </summary>
    public PersonAccumulator? Person(DataRow row, string column = "employee_id")
    {
        var id = row.Text(column);
        if (id.Length == 0)
        {
            return null;
        }

        if (!knownEmployees.Contains(id))
        {
            row.Reject(column, id, "unknown employee_id (not in employees.csv)");
            return null;
        }

        return active.GetValueOrDefault(id);
    }

    /// <summary>
    /// The common tail of an event row: a rejected row stays rejected; a valid row whose main
    /// timestamp is in the period and whose person is active is folded into that person.
    /// </summary>
    public RowOutcome Fold(DataRow row, PersonAccumulator? person, DateTimeOffset when, Action<PersonAccumulator> add)
    {
        if (row.Rejected)
        {
            return RowOutcome.Rejected;
        }

        if (person is null || !period.Contains(when))
        {
            return RowOutcome.OutsidePeriod;
        }

        add(person);
        return RowOutcome.Used;
    }
}
