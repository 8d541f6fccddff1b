namespace Payout.Calc.Reading;

/// <summary>What became of a data row; feeds the per-file counts on the Inputs sheet.</summary>
internal enum RowOutcome
{
    /// <summary>The row fed a KPI or defined a person.</summary>
    Used,

    /// <summary>The row is valid but its timestamp or period is outside the run's period.</summary>
    OutsidePeriod,

    /// <summary>The row had at least one error.</summary>
    Rejected,
}
