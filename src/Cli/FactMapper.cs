using Payout.Calc.Model;
using Payout.Rules.Facts;

namespace Payout.Cli;

/// <summary>Hands Calc's results to Rules as plain facts, so neither knows the other.</summary>
internal static class FactMapper
{
    /// <param name="person">The person in the run's period.</param>
    /// <param name="history">Earlier periods' KPIs, each indexed by employee id.</param>
    /// <param name="teams">Each (team, role)'s pooled KPIs, for rules that reward teams; empty when no rule reads them.</param>
    /// <param name="booked">What the ledger holds for the person of earlier closed periods.</param>
    /// <param name="churns">The person's accounts that churned in the period after an earlier period counted them.</param>
    public static PersonFacts ToFacts(PersonKpis person, IReadOnlyList<(string Period, IReadOnlyDictionary<string, PersonKpis> People)> history,
        IReadOnlyDictionary<(string Team, string Role), IReadOnlyList<TeamKpi>> teams, IReadOnlyList<BookedLine> booked, IEnumerable<AccountChurn> churns)
    {
        var id = person.Employee.EmployeeId;
        var earlier = history
            .Where(h => h.People.ContainsKey(id))
            .ToDictionary(h => h.Period, h => Kpis(h.People[id]), StringComparer.Ordinal);
        return ToFacts(person) with
        {
            History = earlier,
            TeamKpis = teams.GetValueOrDefault((person.Employee.Team, person.Employee.Role)) ?? [],
            Booked = booked,
            Churns = [.. churns.Select(c => new ChurnedAccount(c.AccountId, c.CountedIn, c.CountedInEnd, c.ChurnedOn, c.ArrEnd, c.BookArrEnd, c.Source))],
        };
    }

    /// <summary>Team KPIs as rule facts, by team and role.</summary>
    public static IReadOnlyDictionary<(string Team, string Role), IReadOnlyList<TeamKpi>> ToFacts(IReadOnlyList<TeamKpiValue> teams) =>
        teams.GroupBy(t => (t.Team, t.Role))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TeamKpi>)g.Select(t => new TeamKpi(t.Team, t.Role, t.Kpi, t.Value, t.Numerator, t.Denominator, t.N, t.Rank, t.Of)).ToList());

    public static PersonFacts ToFacts(PersonKpis person)
    {
        var e = person.Employee;
        return new PersonFacts(e.EmployeeId, e.Name, e.Role, e.Team, e.Currency, e.AnnualBaseSalary, e.VariablePayPct, e.Fte, person.Proration, Kpis(person))
        {
            HireDate = e.HireDate,
            TerminationDate = e.TerminationDate,
        };
    }

    private static IReadOnlyDictionary<string, KpiFact> Kpis(PersonKpis person)
    {
        // Ranks[i] is the rank of Kpis[i] (see PersonKpis).
        var facts = new Dictionary<string, KpiFact>(person.Kpis.Count, StringComparer.Ordinal);
        for (var i = 0; i < person.Kpis.Count; i++)
        {
            var k = person.Kpis[i];
            facts.Add(k.Kpi, new KpiFact(k.Value, k.Numerator, k.Denominator, k.N, k.MissingReason)
            {
                Team = Rank(person.Ranks[i].Team),
                Role = Rank(person.Ranks[i].Role),
            });
        }

        return facts;
    }

    private static RankFact? Rank(KpiRank? rank) => rank is { } r ? new RankFact(r.Rank, r.Of, r.Percentile) : null;

    public static PeriodFacts ToFacts(Period period) => new(period.Name, period.Start, period.EndExclusive, period.Months);
}
