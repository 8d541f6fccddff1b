namespace Payout.Calc.Validation;

/// <summary>
/// One check of a row, written once: the column it is about, when it applies, what must hold, and
/// the message when it does not. <see cref="RowRulesValidator{T}"/> runs the same rule two ways.
/// </summary>
/// <param name="Column">The column the failure points at, as in the file's header.</param>
/// <param name="Applies">When the rule applies (an empty optional cell skips it).</param>
/// <param name="Holds">What must hold when it applies.</param>
/// <param name="Message">What is wrong when it does not.</param>
internal sealed record RowRule<T>(string Column, Func<T, bool> Applies, Func<T, bool> Holds, Func<T, string> Message);
