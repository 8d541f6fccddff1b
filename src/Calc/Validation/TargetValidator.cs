using FluentValidation;
using Payout.Calc.Kpis;
using Payout.Calc.Rows;

namespace Payout.Calc.Validation;

/// <summary>Target checks: a catalog or external KPI, a valid period, a positive target.</summary>
internal sealed class TargetValidator : AbstractValidator<TargetRow>
{
    public TargetValidator()
    {
        RuleFor(t => t.Kpi).Must(k => KpiCatalog.FindBase(k) is not null || KpiCatalog.IsExternalName(k)).OverridePropertyName("kpi")
            .WithMessage(t => $"unknown KPI{Suggestions.DidYouMean(t.Kpi, KpiCatalog.Base.Select(k => k.Name))}");
        RuleFor(t => t.Period).Must(p => Model.Period.TryParse(p, out _)).OverridePropertyName("period")
            .WithMessage("not a period (2026-09, 2026-Q3 or 2026)");
        RuleFor(t => t.Target).GreaterThan(0).OverridePropertyName("target").WithMessage("a target must be greater than 0");
    }
}
