using FluentValidation;
using NodaTime;

namespace Payout.Rules.Plan;

/// <summary>Checks a plan file: rounding, minimum samples, numeric parameters, role lists.</summary>
internal sealed class PlanFileValidator : AbstractValidator<PlanFileDto>
{
    public PlanFileValidator()
    {
        RuleFor(p => p.Name).NotEmpty().WithMessage("Name is required");
        RuleFor(p => p.Rounding).NotNull().WithMessage("Rounding is required, e.g. { \"Mode\": \"AwayFromZero\", \"Places\": 2 }");
        RuleFor(p => p.Rounding!.Mode)
            .Must(m => Enum.TryParse<MidpointRounding>(m, ignoreCase: false, out _))
            .When(p => p.Rounding is not null)
            .WithMessage(p => $"Rounding.Mode '{p.Rounding!.Mode}' is not one of {string.Join(", ", Enum.GetNames<MidpointRounding>())}");
        RuleFor(p => p.Rounding!.Places).NotNull().InclusiveBetween(0, 4)
            .When(p => p.Rounding is not null)
            .WithMessage("Rounding.Places must be 0–4");
        RuleForEach(p => p.MinSamples).Must(kv => kv.Value >= 1)
            .WithMessage((_, kv) => $"MinSamples.{kv.Key} must be at least 1");
        RuleForEach(p => p.Parameters).Must(kv => PlanParameter.Read(kv.Key, kv.Value, out _) is not null)
            .WithMessage((_, kv) =>
            {
                PlanParameter.Read(kv.Key, kv.Value, out var error);
                return error!;
            });
        RuleForEach(p => p.Components).Must(kv => kv.Value.Cap is null or >= 0 && kv.Value.Floor is null or >= 0 && !(kv.Value.Floor > kv.Value.Cap))
            .WithMessage((_, kv) => $"Components.{kv.Key}: Cap and Floor must not be negative and Floor must not exceed Cap");
        RuleForEach(p => p.Composites).Must(kv => kv.Value.Count > 0 && kv.Value.Values.All(w => w > 0))
            .WithMessage((_, kv) => $"Composites.{kv.Key} must weight at least one KPI, each weight greater than 0");
        RuleFor(p => p.WorkingDaysPerYear).InclusiveBetween(1m, 366m).When(p => p.WorkingDaysPerYear is not null)
            .WithMessage("WorkingDaysPerYear must be 1–366");
        RuleFor(p => p.TimeZone).Must(tz => DateTimeZoneProviders.Tzdb.GetZoneOrNull(tz!) is not null)
            .When(p => p.TimeZone is not null)
            .WithMessage(p => $"TimeZone '{p.TimeZone}' is not a time zone id of the IANA database (e.g. UTC, Europe/Dublin, America/New_York){Common.Spelling.DidYouMean(p.TimeZone!, DateTimeZoneProviders.Tzdb.Ids)}");
        RuleForEach(p => p.ExternalKpis).Matches("^[a-z][a-z0-9_]*$")
            .WithMessage((_, name) => $"ExternalKpis entry '{name}' must be lower-case letters, digits and underscores");
        RuleFor(p => p.ReportingCurrency).Matches("^[A-Z]{3}$").When(p => p.ReportingCurrency is not null)
            .WithMessage(p => $"ReportingCurrency '{p.ReportingCurrency}' is not an ISO 4217 code (three capital letters, e.g. USD)");
        RuleFor(p => p.Payroll!.PayDay).InclusiveBetween(1, 28).When(p => p.Payroll?.PayDay is not null)
            .WithMessage("Payroll.PayDay must be 1–28 (the day of the month after the period)");
        RuleForEach(p => p.Payroll!.Components).Must(kv => Code(kv.Value) && kv.Value.Taxable is null).When(p => p.Payroll is not null)
            .WithMessage((_, kv) => $"Payroll.Components.{kv.Key} needs PayElement and GlAccount (letters, digits, . _ - /), and no Taxable: cash is pay");
        RuleForEach(p => p.Payroll!.Benefits).Must(kv => Code(kv.Value) && kv.Value.Taxable is not null && Files.RewardTypes.Names.Contains(kv.Key) && kv.Key is not "cash" and not "pto_days")
            .When(p => p.Payroll is not null)
            .WithMessage((_, kv) => $"Payroll.Benefits.{kv.Key} must be a non-cash reward type other than pto_days (trip, gift_card, award: paid days off go to the time-off feed) with PayElement, GlAccount and Taxable true or false");
        RuleFor(p => p.Workflows).NotEmpty().WithMessage("Workflows must map at least one workflow to its roles");
        RuleForEach(p => p.Workflows).Must(kv => kv.Value.Length > 0 && kv.Value.All(r => System.Text.RegularExpressions.Regex.IsMatch(r, "^[a-z][a-z0-9_]*$")))
            .WithMessage((_, kv) => $"Workflows.{kv.Key} must list at least one role, each lower-case letters, digits and underscores as in employees.csv (e.g. agent, tier1_agent)");
    }

    // Codes are what another system imports: no spaces or characters a CSV or formula would read as something else.
    private static bool Code(PayrollCodeDto code) =>
        code.PayElement is { Length: > 0 and <= 40 } element && System.Text.RegularExpressions.Regex.IsMatch(element, "^[A-Za-z0-9][A-Za-z0-9._/-]*$")
        && code.GlAccount is { Length: > 0 and <= 40 } account && System.Text.RegularExpressions.Regex.IsMatch(account, "^[A-Za-z0-9][A-Za-z0-9._/-]*$");
}
