using Payout.Calc.Model;
using Payout.Excel.Writing;

namespace Payout.Excel.Sheets;

/// <summary>
/// Every KPI with a value, and every missing KPI a rule read for the person (empty value and its
/// reason, never 0), with lineage and ranks. A missing KPI no rule read (a CSM's CSAT, a target no
/// one set) is not listed: at 100,000 people those were two rows in three, so the KPI Definitions
/// sheet counts them per KPI instead.
/// </summary>
internal static class KpisSheet
{
    public static Sheet Build(RunReport report) => new(
        Names.Kpis,
        [new("employee_id", 12), new Column("team", 14).AsShared(), new Column("role", 13).AsShared(), new Column("kpi", 36).AsShared(), new("value", 12), new("numerator", 14), new("denominator", 14),
         new("n", 8), new("team_rank", 10), new("team_of", 8), new("role_rank", 10), new("role_of", 8), new Column("missing_reason", 48).AsShared()],
        Listed(report).Select(x => Row(x.Person.Kpis.Employee, x.Kpi, x.Ranks)));

    /// <summary>Per KPI: people with a value, missing and listed (a rule read it), missing and not listed.</summary>
    public static IReadOnlyDictionary<string, (int WithValue, int MissingListed, int MissingNotListed)> Coverage(RunReport report)
    {
        var counts = new Dictionary<string, (int, int, int)>(StringComparer.Ordinal);
        var reads = new Reads(report);
        foreach (var person in report.People)
        {
            var read = reads.Of(person);
            foreach (var k in person.Kpis.Kpis)
            {
                var (value, listed, notListed) = counts.GetValueOrDefault(k.Kpi);
                counts[k.Kpi] = k.Value is not null ? (value + 1, listed, notListed) : read.Contains(k.Kpi) ? (value, listed + 1, notListed) : (value, listed, notListed + 1);
            }
        }

        return counts;
    }

    private static IEnumerable<(PersonOutcome Person, KpiValue Kpi, KpiRanks Ranks)> Listed(RunReport report)
    {
        var reads = new Reads(report);
        foreach (var person in report.People)
        {
            var read = reads.Of(person);
            var kpis = person.Kpis.Kpis;
            for (var i = 0; i < kpis.Count; i++)
            {
                if (kpis[i].Value is not null || read.Contains(kpis[i].Kpi))
                {
                    yield return (person, kpis[i], person.Kpis.Ranks[i]);
                }
            }
        }
    }

    private static IReadOnlyList<Cell> Row(Employee e, KpiValue k, KpiRanks r) =>
    [
        Cell.Of(e.EmployeeId), Cell.Of(e.Team), Cell.Of(e.Role), Cell.Of(k.Kpi), Cell.Of(k.Value, Style.Decimal),
        Cell.Of(k.Numerator, Style.Decimal), Cell.Of(k.Denominator, Style.Decimal), Cell.Of(k.N, Style.Integer),
        Cell.Of((decimal?)r.Team?.Rank, Style.Integer), Cell.Of((decimal?)r.Team?.Of, Style.Integer),
        Cell.Of((decimal?)r.Role?.Rank, Style.Integer), Cell.Of((decimal?)r.Role?.Of, Style.Integer), Cell.Of(k.MissingReason),
    ];

    /// <summary>
    /// The KPIs a person's rules read, worked out once per role: the rules a person is evaluated by
    /// follow from their role and the period (workflows per role in the plan, a C# rule's roles and
    /// dates), so everyone of a role reads the same names.
    /// </summary>
    private sealed class Reads(RunReport report)
    {
        private readonly IReadOnlyDictionary<(string Workflow, string Rule), IReadOnlySet<string>> _byRule = RuleReads.ByRule(report);
        private readonly Dictionary<string, IReadOnlySet<string>> _byRole = new(StringComparer.Ordinal);

        public IReadOnlySet<string> Of(PersonOutcome person)
        {
            var role = person.Kpis.Employee.Role;
            if (!_byRole.TryGetValue(role, out var read) || read.Count == 0 && person.Result.Audit.Count > 0)
            {
                read = RuleReads.Of(person, _byRule);
                _byRole[role] = read;
            }

            return read;
        }
    }
}
