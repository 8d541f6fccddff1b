namespace Payout.Calc.Model;

/// <summary>The result of computing KPIs over a data folder for one period.</summary>
/// <param name="Period">The period computed.</param>
/// <param name="People">One entry per employee, ordered by employee id (ordinal).</param>
/// <param name="Inputs">One entry per data file read, ordered by name.</param>
/// <param name="Errors">Every rejected row, in file then line order.</param>
public sealed record KpiRun(Period Period, IReadOnlyList<PersonKpis> People, IReadOnlyList<InputFile> Inputs, IReadOnlyList<DataError> Errors)
{
    /// <summary>From the optional <c>fx_rates.csv</c>: per currency, the latest rate quoted on or before the period's last day; ordinal by currency.</summary>
    public IReadOnlyList<FxRate> FxRates { get; init; } = [];

    /// <summary>From the optional <c>manual_adjustments.csv</c>: the period's adjustments, in file and line order.</summary>
    public IReadOnlyList<ManualAdjustment> ManualAdjustments { get; init; } = [];

    /// <summary>From <c>accounts.csv</c>'s <c>churned_on</c>: accounts counted retained in an earlier period that churned in this one, by person.</summary>
    public IReadOnlyList<AccountChurn> AccountChurns { get; init; } = [];
}
