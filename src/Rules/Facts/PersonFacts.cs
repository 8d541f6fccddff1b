namespace Payout.Rules.Facts;

/// <summary>Everything rules may read about one person. Field names follow the data contract.</summary>
public sealed record PersonFacts(
    string EmployeeId,
    string Name,
    string Role,
    string Team,
    string Currency,
    decimal AnnualBaseSalary,
    decimal? VariablePayPct,
    decimal Fte,
    decimal Proration,
    IReadOnlyDictionary<string, KpiFact> Kpis)
{
    /// <summary>hire_date, if given.</summary>
    public DateOnly? HireDate { get; init; }

    /// <summary>termination_date, if given.</summary>
    public DateOnly? TerminationDate { get; init; }

    /// <summary>The KPIs of the person's team, pooled over its members of the person's role, with the team's rank among the role's teams.</summary>
    public IReadOnlyList<TeamKpi> TeamKpis { get; init; } = [];

    /// <summary>KPIs of earlier periods by period name (e.g. the year's quarters), for rules that need them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, KpiFact>> History { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, KpiFact>>();

    /// <summary>What the ledger holds as paid for earlier closed periods, for clawback rules; empty without a ledger.</summary>
    public IReadOnlyList<BookedLine> Booked { get; init; } = [];

    /// <summary>Accounts counted retained in an earlier period that churned in this one, for clawback rules.</summary>
    public IReadOnlyList<ChurnedAccount> Churns { get; init; } = [];
}
