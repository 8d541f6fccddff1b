using FluentValidation;
using Payout.Calc.Reading;

namespace Payout.Calc.Validation;

/// <summary>Runs a FluentValidation validator over a parsed row and records each failure against its column.</summary>
internal static class RowValidation
{
    /// <summary>
    /// Validators name each rule with <c>OverridePropertyName("column")</c>, so a failure points at
    /// the column and the raw cell as read.
    /// </summary>
    public static void Check<T>(this DataRow row, IValidator<T> validator, T record)
    {
        if (row.Rejected)
        {
            return; // a cell did not parse; business checks on default values would only add noise
        }

        if (validator is IPrecheck<T> precheck && precheck.Passes(record))
        {
            return;
        }

        foreach (var failure in validator.Validate(record).Errors)
        {
            row.Reject(failure.PropertyName, row.Raw(failure.PropertyName), failure.ErrorMessage);
        }
    }
}
