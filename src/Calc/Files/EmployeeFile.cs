using Payout.Calc.Model;
using Payout.Calc.Reading;
using Payout.Calc.Validation;

namespace Payout.Calc.Files;

/// <summary>Reads <c>employees*.csv</c>.</summary>
internal static class EmployeeFile
{
    public const string Kind = "employees";

    public static IReadOnlyList<string> Required { get; } = ["employee_id", "name", "role", "team", "currency", "annual_base_salary"];

    private static readonly EmployeeValidator Validator = new();

    /// <summary>Parses and validates a row; null when rejected.</summary>
    public static Employee? Parse(DataRow row)
    {
        var employee = new Employee(
            row.Text("employee_id"),
            row.Text("name"),
            row.Text("role").ToLowerInvariant(),
            row.Text("team"),
            row.Text("currency"),
            row.Decimal("annual_base_salary"),
            row.OptionalDecimal("variable_pay_pct"),
            row.OptionalDate("hire_date"),
            row.OptionalDate("termination_date"),
            row.OptionalDecimal("fte") ?? 1m,
            row.OptionalText("cost_centre"),
            row.OptionalText("legal_entity"));
        if (row.Rejected)
        {
            return null;
        }

        foreach (var failure in Validator.Validate(employee).Errors)
        {
            row.Reject(failure.PropertyName, row.Raw(failure.PropertyName), failure.ErrorMessage);
        }

        return row.Rejected ? null : employee;
    }
}
