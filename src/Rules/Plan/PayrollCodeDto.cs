namespace Payout.Rules.Plan;

/// <summary>One pay element mapping as written; <see cref="Taxable"/> only for benefits.</summary>
internal sealed record PayrollCodeDto(string? PayElement, string? GlAccount, bool? Taxable);
