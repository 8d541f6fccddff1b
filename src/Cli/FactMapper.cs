using Payout.Calc.Model;
using Payout.Rules.Facts;

namespace Payout.Cli;

/// <summary>Hands Calc's results to Rules as plain facts, so neither knows the other.</summary>
internal static class FactMapper
{
    public static PersonFacts ToFacts(PersonKpis person)
    {
        var e = person.Employee;
        var ranks = person.Ranks.ToDictionary(r => r.Kpi, StringComparer.Ordinal);
        var kpis = person.Kpis.ToDictionary(
            k => k.Kpi,
            k => new KpiFact(k.Value, k.Numerator, k.Denominator, k.N, k.MissingReason)
            {
                Team = Rank(ranks.GetValueOrDefault(k.Kpi)?.Team),
                Role = Rank(ranks.GetValueOrDefault(k.Kpi)?.Role),
            },
            StringComparer.Ordinal);
        return new PersonFacts(e.EmployeeId, e.Name, e.Role, e.Team, e.Currency, e.AnnualBaseSalary, e.VariablePayPct, e.Fte, person.Proration, kpis);
    }

    private static RankFact? Rank(KpiRank? rank) => rank is null ? null : new RankFact(rank.Rank, rank.Of, rank.Percentile);

    public static PeriodFacts ToFacts(Period period) => new(period.Name, period.Start, period.EndExclusive, period.Months);
}
