using NRules.RuleModel;

namespace Payout.Rules.CSharp;

/// <summary>
/// What an NRules rule's action does to pay: <c>Then().Do(ctx =&gt; ctx.Pay(amount, "why"))</c>. Each
/// award becomes an <see cref="Facts.Award"/> fact (other rules can match it) and a payout line
/// through the same calculator as JSON rules (proration, rounding, caps and floors).
/// </summary>
public static class PayActions
{
    /// <summary>Pays cash in the person's currency, before proration and rounding.</summary>
    public static void Pay(this IContext context, decimal amount, string because) =>
        context.Insert(Session(context).Award(context, Files.RewardType.Cash, amount, null, because));

    /// <summary>
    /// Awards <paramref name="quantity"/> units of the rule's reward type (<see cref="PayAttribute.Reward"/>)
    /// at <paramref name="unitCost"/> each, or the attribute's unit cost (a day off costs the person's daily rate).
    /// </summary>
    public static void Reward(this IContext context, decimal quantity, string because, decimal? unitCost = null) =>
        context.Insert(Session(context).Award(context, null, quantity, unitCost, because));

    /// <summary>
    /// A clawback: recovers <paramref name="share"/> (more than 0, at most 1) of what <paramref name="booked"/>
    /// still holds, as a negative line in the rule's component linked to the booked line. The rule's
    /// <c>[Pay]</c> names the booked line's component and reward type; a session never recovers more
    /// than the line holds.
    /// </summary>
    public static void Recover(this IContext context, Facts.BookedLine booked, decimal share, string because) =>
        context.Insert(Session(context).Recover(context, booked, share, because));

    private static PayContext Session(IContext context) => (PayContext)context.Resolve(typeof(PayContext));
}
