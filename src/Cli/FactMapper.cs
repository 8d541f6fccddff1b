using Payout.Calc.Model;
using Payout.Rules.Facts;

namespace Payout.Cli;

/// <summary>Hands Calc's results to Rules as plain facts, so neither knows the other.</summary>
internal static class FactMapper
{
    public static PersonFacts ToFacts(PersonKpis person)
    {
        var e = person.Employee;
        var kpis = person.Kpis.ToDictionary(
            k => k.Kpi,
            k => new KpiFact(k.Value, k.Numerator, k.Denominator, k.N, k.MissingReason),
            StringComparer.Ordinal);
        return new PersonFacts(e.EmployeeId, e.Name, e.Role, e.Team, e.Currency, e.AnnualBaseSalary, e.VariablePayPct, e.Fte, person.Proration, kpis);
    }

    public static PeriodFacts ToFacts(Period period) => new(period.Name, period.Start, period.EndExclusive, period.Months);
}
