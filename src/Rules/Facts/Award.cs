using Payout.Rules.Files;

namespace Payout.Rules.Facts;

/// <summary>
/// Something awarded to the person: by a JSON workflow (inserted before C# rules run, so they can
/// chain on it) or by a C# rule's <c>ctx.Pay</c> / <c>ctx.Reward</c> (other C# rules can match it).
/// </summary>
/// <param name="Rule">The rule that awarded it.</param>
/// <param name="Workflow">Its workflow, or <c>C#</c>.</param>
/// <param name="Component">Pay component.</param>
/// <param name="RewardType">What was awarded.</param>
/// <param name="Amount">Cash paid after proration and rounding; 0 for non-cash.</param>
/// <param name="Quantity">Cash before proration, or units.</param>
/// <param name="Because">Why, in the rule's words.</param>
public sealed record Award(string Rule, string Workflow, string Component, RewardType RewardType, decimal Amount, decimal Quantity, string Because);
