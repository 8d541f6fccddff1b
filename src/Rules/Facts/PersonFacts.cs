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
    /// <summary>KPIs of earlier periods by period name (e.g. the year's quarters), for rules that need them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, KpiFact>> History { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, KpiFact>>();
}
