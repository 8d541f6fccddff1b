using Payout.Common;
using FluentValidation;
using Payout.Calc.Kpis;
using Payout.Calc.Rows;

namespace Payout.Calc.Validation;

/// <summary>Target checks: a catalog KPI or a known external KPI, a valid period, a positive target.</summary>
internal sealed class TargetValidator : AbstractValidator<TargetRow>
{
    /// <param name="externalKpis">External KPI names declared by the plan or present in external_kpis.</param>
    public TargetValidator(IReadOnlySet<string> externalKpis)
    {
        var known = KpiCatalog.Base.Select(k => k.Name).Concat(externalKpis).ToList();
        RuleFor(t => t.Kpi).Must(known.Contains).OverridePropertyName("kpi")
            .WithMessage(t => $"unknown KPI{Spelling.DidYouMean(t.Kpi, known)}");
        RuleFor(t => t.Period).Must(p => Model.Period.TryParse(p, out _)).OverridePropertyName("period")
            .WithMessage("not a period (2026-09, 2026-Q3 or 2026)");
        RuleFor(t => t.Target).GreaterThan(0).OverridePropertyName("target").WithMessage("a target must be greater than 0");
    }
}
