using FluentValidation;
using Payout.Calc.Kpis;
using Payout.Calc.Rows;

namespace Payout.Calc.Validation;

/// <summary>External KPI checks: a snake_case name that does not shadow a computed KPI, a valid period.</summary>
internal sealed class ExternalKpiValidator : AbstractValidator<ExternalKpiRow>
{
    public ExternalKpiValidator()
    {
        RuleFor(k => k.Kpi).Must(KpiCatalog.IsExternalName).OverridePropertyName("kpi")
            .WithMessage(k => KpiCatalog.FindBase(k.Kpi) is not null || k.Kpi.StartsWith(KpiCatalog.TargetCompletionPrefix, StringComparison.Ordinal)
                ? $"'{k.Kpi}' is computed by Payout; an external KPI needs a name of its own"
                : "an external KPI name must be lower-case letters, digits and underscores, starting with a letter");
        RuleFor(k => k.Period).Must(p => Model.Period.TryParse(p, out _)).OverridePropertyName("period")
            .WithMessage("not a period (2026-09, 2026-Q3 or 2026)");
    }
}
