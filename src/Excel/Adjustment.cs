namespace Payout.Excel;

/// <summary>What a run of a closed period would book: recalculated less booked for one person, component, reward type and currency.</summary>
/// <param name="EmployeeId">The person.</param>
/// <param name="Component">The pay component.</param>
/// <param name="RewardType">cash, pto_days, trip, gift_card or award.</param>
/// <param name="Currency">ISO 4217 code.</param>
/// <param name="BookedAmount">Cash booked so far (originals and adjustments).</param>
/// <param name="Amount">Cash the run computes now.</param>
/// <param name="BookedCost">Cost booked so far.</param>
/// <param name="Cost">Cost the run computes now.</param>
/// <param name="Reason">Which input and rule files changed since the last close.</param>
public sealed record Adjustment(string EmployeeId, string Component, string RewardType, string Currency, decimal BookedAmount, decimal Amount, decimal BookedCost, decimal Cost, string Reason);
