using Payout.Rules.Facts;

namespace Payout.Rules.Tests.Builders;

/// <summary>Builds <see cref="PersonFacts"/> for policy tests; KPIs not set are missing.</summary>
internal sealed class PersonBuilder
{
    private readonly Dictionary<string, KpiFact> _kpis = new(StringComparer.Ordinal);
    private string _role = "agent";
    private decimal _salary = 48000m;
    private decimal? _pct;
    private decimal _proration = 1m;

    public static PeriodFacts Q3 { get; } = new("2026-Q3", new DateOnly(2026, 7, 1), new DateOnly(2026, 10, 1), 3);

    public PersonBuilder Role(string role)
    {
        _role = role;
        return this;
    }

    public PersonBuilder Salary(decimal salary, decimal? variablePct = null)
    {
        _salary = salary;
        _pct = variablePct;
        return this;
    }

    public PersonBuilder Proration(decimal proration)
    {
        _proration = proration;
        return this;
    }

    public PersonBuilder Kpi(string name, decimal value, int n = 50) => Set(name, new KpiFact(value, value * n / 100, n, n, null));

    public PersonBuilder MissingKpi(string name, string reason) => Set(name, new KpiFact(null, 0, 0, 0, reason));

    public PersonFacts Build() => new("E1", "Test Person", _role, "Team A", "USD", _salary, _pct, 1m, _proration, _kpis);

    private PersonBuilder Set(string name, KpiFact fact)
    {
        _kpis[name] = fact;
        return this;
    }
}
