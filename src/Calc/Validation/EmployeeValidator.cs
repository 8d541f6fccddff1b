using FluentValidation;
using Payout.Calc.Model;

namespace Payout.Calc.Validation;

/// <summary>
/// Business checks on an employee row once its cells parsed. Property names map to the
/// data contract's column names so errors point at the right column.
/// </summary>
internal sealed class EmployeeValidator : AbstractValidator<Employee>
{
    /// <summary>CSM variable pay bounds from the pay-mix guide: 10–20 % of annual base.</summary>
    public const decimal CsmVariableMin = 0.10m;

    /// <summary>Upper CSM variable pay bound.</summary>
    public const decimal CsmVariableMax = 0.20m;

    public EmployeeValidator()
    {
        // Roles are the company's own (tier1_agent, escalation_engineer): the plan says which workflows serve which.
        RuleFor(e => e.Role).Matches("^[a-z][a-z0-9_]*$")
            .OverridePropertyName("role")
            .WithMessage("a role is lower-case letters, digits and underscores, starting with a letter (e.g. agent, tier1_agent)");
        RuleFor(e => e.Currency).Matches(Codes.Currency())
            .OverridePropertyName("currency")
            .WithMessage("not an ISO 4217 code (three capital letters, e.g. USD)");
        RuleFor(e => e.AnnualBaseSalary).GreaterThanOrEqualTo(0)
            .OverridePropertyName("annual_base_salary")
            .WithMessage("must not be negative");
        RuleFor(e => e.CostCentre).Matches("^[A-Za-z0-9][A-Za-z0-9 ._/-]{0,39}$").When(e => e.CostCentre is not null)
            .OverridePropertyName("cost_centre")
            .WithMessage("a cost centre code is at most 40 letters, digits, spaces and . _ / -, starting with a letter or digit (payroll imports it)");
        RuleFor(e => e.LegalEntity).Matches("^[A-Za-z0-9][A-Za-z0-9 ._/-]{0,39}$").When(e => e.LegalEntity is not null)
            .OverridePropertyName("legal_entity")
            .WithMessage("a legal entity code is at most 40 letters, digits, spaces and . _ / -, starting with a letter or digit (payroll imports it)");
        RuleFor(e => e.Fte).GreaterThan(0).LessThanOrEqualTo(1)
            .OverridePropertyName("fte")
            .WithMessage("must be greater than 0 and at most 1");
        RuleFor(e => e.VariablePayPct)
            .NotNull().WithMessage("required for a csm (0.10–0.20)")
            .InclusiveBetween(CsmVariableMin, CsmVariableMax).WithMessage("a csm's variable pay must be between 0.10 and 0.20")
            .When(e => e.Role == Role.Csm)
            .OverridePropertyName("variable_pay_pct");
        RuleFor(e => e.VariablePayPct).InclusiveBetween(0m, 1m)
            .When(e => e.Role != Role.Csm && e.VariablePayPct is not null)
            .OverridePropertyName("variable_pay_pct")
            .WithMessage("must be a fraction between 0 and 1");
        RuleFor(e => e.TerminationDate).GreaterThanOrEqualTo(e => e.HireDate)
            .When(e => e.HireDate is not null && e.TerminationDate is not null)
            .OverridePropertyName("termination_date")
            .WithMessage("is before hire_date");
    }
}
