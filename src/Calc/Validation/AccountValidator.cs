using FluentValidation;
using Payout.Calc.Model;
using Payout.Calc.Rows;

namespace Payout.Calc.Validation;

/// <summary>Account checks: a known status, a valid period, money not negative.</summary>
internal sealed class AccountValidator : AbstractValidator<AccountRow>
{
    public static readonly string[] Statuses = ["retained", "churned", "new"];

    public AccountValidator()
    {
        RuleFor(a => a.Status).Must(s => Statuses.Contains(s)).OverridePropertyName("status")
            .WithMessage("unknown status; expected retained, churned or new");
        RuleFor(a => a.Period).Must(p => Model.Period.TryParse(p, out _)).OverridePropertyName("period")
            .WithMessage("not a period (2026-09, 2026-Q3 or 2026)");
        RuleFor(a => a.ArrStart).GreaterThanOrEqualTo(0).OverridePropertyName("arr_start").WithMessage("ARR must not be negative");
        RuleFor(a => a.ArrEnd).GreaterThanOrEqualTo(0).OverridePropertyName("arr_end").WithMessage("ARR must not be negative");
        RuleFor(a => a.ChurnedOn).Null().When(a => a.Status != "churned").OverridePropertyName("churned_on")
            .WithMessage("churned_on is only for an account whose status is churned");
        RuleFor(a => a.ChurnedOn).Must((a, day) => !Model.Period.TryParse(a.Period, out var p) || day >= p.Start && day < p.EndExclusive)
            .When(a => a.ChurnedOn is not null).OverridePropertyName("churned_on")
            .WithMessage(a => $"churned_on is outside the row's period {a.Period}");
        RuleFor(a => a.RetentionCost).GreaterThanOrEqualTo(0).OverridePropertyName("retention_cost").WithMessage("must not be negative");
    }
}
