using Payout.Calc.Model;
using Payout.Rules.Facts;

namespace Payout.Cli;

/// <summary>Hands Calc's results to Rules as plain facts, so neither knows the other.</summary>
internal static class FactMapper
{
    /// <param name="person">The person in the run's period.</param>
    /// <param name="history">Earlier periods' KPIs, each indexed by employee id.</param>
    public static PersonFacts ToFacts(PersonKpis person, IReadOnlyList<(string Period, IReadOnlyDictionary<string, PersonKpis> People)> history)
    {
        var id = person.Employee.EmployeeId;
        var earlier = history
            .Where(h => h.People.ContainsKey(id))
            .ToDictionary(h => h.Period, h => Kpis(h.People[id]), StringComparer.Ordinal);
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
