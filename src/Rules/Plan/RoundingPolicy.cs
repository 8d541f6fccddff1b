namespace Payout.Rules.Plan;

/// <summary>How currency amounts are rounded: once, per payout line, after proration.</summary>
/// <param name="Mode">A <see cref="MidpointRounding"/> name, e.g. <c>AwayFromZero</c> or <c>ToEven</c>.</param>
/// <param name="Places">Decimal places, 0–4.</param>
public sealed record RoundingPolicy(MidpointRounding Mode, int Places)
{
    /// <summary>Rounds an amount with this policy.</summary>
    public decimal Round(decimal amount) => Math.Round(amount, Places, Mode);
}
