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

    /// <summary>Classifies a row by its main timestamp.</summary>
    public RowOutcome InPeriod(DateTimeOffset when) => period.Contains(when) ? RowOutcome.Used : RowOutcome.OutsidePeriod;
}
