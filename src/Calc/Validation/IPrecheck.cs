namespace Payout.Calc.Validation;

/// <summary>
/// A validator's rules written out as one plain expression, run before the validator on every
/// row: FluentValidation's per-row machinery was about a third of the KPI engine's time on valid
/// data. The validator still runs on any row this does not pass, so every error message comes from
/// it. Tests check that this and the validator agree on generated rows, valid and not.
/// </summary>
/// <typeparam name="T">The parsed row.</typeparam>
internal interface IPrecheck<in T>
{
    /// <summary>True only when the validator would find nothing wrong with <paramref name="row"/>.</summary>
    bool Passes(T row);
}
