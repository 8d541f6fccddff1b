using Payout.Calc.Model;
using Payout.Rules;

namespace Payout.Excel;

/// <summary>Everything one run produced, ready to render.</summary>
/// <param name="Period">The period run.</param>
/// <param name="People">People in employee id order.</param>
/// <param name="Inputs">Data files read.</param>
/// <param name="PolicyFiles">Rule files read.</param>
/// <param name="Run">Key/value facts about the run (options, version, command line); no clock readings, so reruns match.</param>
public sealed record RunReport(
    Period Period,
    IReadOnlyList<PersonOutcome> People,
    IReadOnlyList<InputFile> Inputs,
    IReadOnlyList<PolicyFile> PolicyFiles,
    IReadOnlyList<KeyValuePair<string, string>> Run)
{
    /// <summary>
    /// Decimal places of currency amounts when the plan rounds half away from zero, as Excel's
    /// ROUND does: then amounts are written as <c>ROUND(quantity × proration, places)</c> formulas.
    /// Null when the plan rounds otherwise, so amounts are written as values.
    /// </summary>
    public int? RoundPlaces { get; init; }

    /// <summary>The plan's reporting currency; with <see cref="FxRates"/>, the Summary shows one total in it.</summary>
    public string? ReportingCurrency { get; init; }

    /// <summary>The rate used per currency (fx_rates.csv), ordinal by currency; empty: amounts are never added across currencies.</summary>
    public IReadOnlyList<FxRate> FxRates { get; init; } = [];

    /// <summary>For a period already closed in the ledger: the adjustments a close would book (an Adjustments sheet); null when the period is not closed or no ledger was given.</summary>
    public IReadOnlyList<Adjustment>? Adjustments { get; init; }

    /// <summary>With a ledger: cash booked for each person and currency in the year's earlier periods (year to date before this period); null without one.</summary>
    public IReadOnlyDictionary<(string EmployeeId, string Currency), decimal>? PaidEarlierInYear { get; init; }

    /// <summary>The plan's name, for statements.</summary>
    public string PlanName { get; init; } = string.Empty;

    /// <summary>The company (the plan's <c>Payroll.Company</c>), for the workbook's properties and statements; empty when not known.</summary>
    public string Company { get; init; } = string.Empty;

    /// <summary>Every rule version of the policy, for the Policies sheet.</summary>
    public IReadOnlyList<PolicyRule> PolicyRules { get; init; } = [];

    /// <summary>Rows left out under <c>--accept-rejects</c>, with file, line, column, value and reason.</summary>
    public IReadOnlyList<DataError> Rejected { get; init; } = [];

    /// <summary>The plan's settings and parameters (name, value), for the Policies sheet.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> PlanSettings { get; init; } = [];

    /// <summary>The definition of every KPI in the run, for the KPI Definitions sheet.</summary>
    public IReadOnlyList<Calc.Kpis.KpiDefinition> KpiDefinitions { get; init; } = [];

    /// <summary>
    /// Every source row of the period with the person (or team) and KPIs it feeds; null when the
    /// run has too many rows for the workbook (<c>payout trace</c> answers per person then).
    /// </summary>
    public IReadOnlyList<Calc.Lineage.LineageRow>? Lineage { get; init; }

    /// <summary>Cash paid per currency, ordinal by currency code.</summary>
    public IReadOnlyList<KeyValuePair<string, decimal>> CashTotals =>
        People.SelectMany(p => p.Result.Lines)
            .GroupBy(l => l.Currency)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, g.Sum(l => l.Amount)))
            .ToList();
}
