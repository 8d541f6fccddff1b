namespace Payout.Calc.Validation;

/// <summary>
/// A validator that can say "nothing wrong" without FluentValidation's per-row machinery, which was
/// about a third of the KPI engine's time on valid data. <see cref="RowRulesValidator{T}"/> derives it
/// from the same rule table FluentValidation runs, so there is one definition of each check; the
/// validator still runs on any row this does not pass, so every error message comes from it.
/// </summary>
/// <typeparam name="T">The parsed row.</typeparam>
internal interface IPrecheck<in T>
{
    /// <summary>True only when the validator would find nothing wrong with <paramref name="row"/>.</summary>
    bool Passes(T row);
}
