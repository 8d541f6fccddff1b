using Payout.Calc.Model;
using Payout.Rules.Facts;

namespace Payout.Cli;

/// <summary>Hands Calc's results to Rules as plain facts, so neither knows the other.</summary>
internal static class FactMapper
{
    public static PersonFacts ToFacts(PersonKpis person, IReadOnlyList<KpiRun> history)
    {
        var id = person.Employee.EmployeeId;
        var earlier = history
            .Select(run => (run.Period.Name, Person: run.People.FirstOrDefault(p => p.Employee.EmployeeId == id)))
            .Where(h => h.Person is not null)
            .ToDictionary(h => h.Name, h => Kpis(h.Person!), StringComparer.Ordinal);
        return ToFacts(person) with { History = earlier };
    }

    public static PersonFacts ToFacts(PersonKpis person)
    {
        var e = person.Employee;
        return new PersonFacts(e.EmployeeId, e.Name, e.Role, e.Team, e.Currency, e.AnnualBaseSalary, e.VariablePayPct, e.Fte, person.Proration, Kpis(person));
    }

    private static IReadOnlyDictionary<string, KpiFact> Kpis(PersonKpis person)
    {
        var ranks = person.Ranks.ToDictionary(r => r.Kpi, StringComparer.Ordinal);
        return person.Kpis.ToDictionary(
            k => k.Kpi,
            k => new KpiFact(k.Value, k.Numerator, k.Denominator, k.N, k.MissingReason)
            {
                Team = Rank(ranks.GetValueOrDefault(k.Kpi)?.Team),
                Role = Rank(ranks.GetValueOrDefault(k.Kpi)?.Role),
            },
            StringComparer.Ordinal);
    }

    private static RankFact? Rank(KpiRank? rank) => rank is null ? null : new RankFact(rank.Rank, rank.Of, rank.Percentile);

    public static PeriodFacts ToFacts(Period period) => new(period.Name, period.Start, period.EndExclusive, period.Months);
}
