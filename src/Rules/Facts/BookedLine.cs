using Payout.Rules.Files;

namespace Payout.Rules.Facts;

/// <summary>
/// What the ledger holds as paid to the person for one component of an earlier closed period, net
/// of its adjustments and of clawbacks already booked against it. Clawback rules match it and
/// recover from it with <c>ctx.Recover(booked, share, "why")</c>.
/// </summary>
/// <param name="Period">The closed period, e.g. <c>2026-Q3</c>.</param>
/// <param name="LineId">The ledger id of the original line, which a clawback links to.</param>
/// <param name="Rule">The rule that paid it.</param>
/// <param name="Component">Pay component.</param>
/// <param name="RewardType">What was awarded.</param>
/// <param name="Currency">ISO 4217 code.</param>
/// <param name="Amount">Cash still held (0 for non-cash).</param>
/// <param name="Quantity">Units still held: cash before proration, or days, trips, items.</param>
/// <param name="Cost">Cost to the company still held.</param>
public sealed record BookedLine(string Period, long LineId, string Rule, string Component, RewardType RewardType, string Currency, decimal Amount, decimal Quantity, decimal Cost)
{
    /// <summary>The period's last day (a window "N days after the period" counts from it).</summary>
    public DateOnly PeriodEnd { get; init; }
}
