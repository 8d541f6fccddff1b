namespace Payout.Rules.Plan;

/// <summary>The plan's <c>Payroll</c> section as written.</summary>
internal sealed record PayrollDto(string? Company, int? PayDay, Dictionary<string, PayrollCodeDto>? Components, Dictionary<string, PayrollCodeDto>? Benefits);
