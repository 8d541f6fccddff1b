using System.Text.Json;

using Payout.Rules.Files;
using NodaTime;

namespace Payout.Rules.Plan;

/// <summary>Reads and validates <c>plan.json</c>.</summary>
internal static class PlanLoader
{
    public static PayPlan? Load(string path, List<PolicyError> errors)
    {
        PlanFileDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<PlanFileDto>(StrictJson.Read(path), StrictJson.Options);
        }
        catch (JsonException ex)
        {
            errors.Add(new PolicyError(path, (int)(ex.LineNumber ?? -1) + 1, string.Empty, StrictJson.Describe(ex)));
            return null;
        }

        if (dto is null)
        {
            errors.Add(new PolicyError(path, 1, string.Empty, "the plan file is empty"));
            return null;
        }

        var result = new PlanFileValidator().Validate(dto);
        var lines = JsonLines.OfFile(path);
        foreach (var failure in result.Errors)
        {
            errors.Add(new PolicyError(path, lines.OfMessage(failure.ErrorMessage), string.Empty, failure.ErrorMessage));
        }

        if (!result.IsValid)
        {
            return null;
        }

        return new PayPlan(
            dto.Name!,
            new RoundingPolicy(Enum.Parse<MidpointRounding>(dto.Rounding!.Mode!), dto.Rounding.Places!.Value),
            dto.MinSamples ?? [],
            (dto.Parameters ?? []).ToDictionary(kv => kv.Key, kv => PlanParameter.Read(kv.Key, kv.Value, out _)!.Value, StringComparer.Ordinal),
            dto.Workflows!.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal),
            dto.TimeZone is null ? DateTimeZone.Utc : DateTimeZoneProviders.Tzdb[dto.TimeZone],
            dto.ExternalKpis ?? [])
        {
            Components = dto.Components ?? [],
            WorkingDaysPerYear = dto.WorkingDaysPerYear ?? 260m,
            ReportingCurrency = dto.ReportingCurrency,
            Payroll = dto.Payroll is { } payroll ? new PayrollPlan(
                payroll.Company ?? string.Empty,
                payroll.PayDay ?? 15,
                (payroll.Components ?? []).ToDictionary(kv => kv.Key, kv => new PayrollCode(kv.Value.PayElement!, kv.Value.GlAccount!), StringComparer.Ordinal),
                (payroll.Benefits ?? []).ToDictionary(kv => kv.Key, kv => new PayrollCode(kv.Value.PayElement!, kv.Value.GlAccount!, kv.Value.Taxable ?? false), StringComparer.Ordinal)) : null,
            Composites = (dto.Composites ?? []).ToDictionary(
                kv => kv.Key, kv => (IReadOnlyDictionary<string, decimal>)kv.Value, StringComparer.Ordinal),
        };
    }
}
