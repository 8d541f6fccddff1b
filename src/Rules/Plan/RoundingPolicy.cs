namespace Payout.Rules.Plan;

/// <summary>How currency amounts are rounded: once, per payout line, after proration.</summary>
/// <param name="Mode">A <see cref="MidpointRounding"/> name, e.g. <c>AwayFromZero</c> or <c>ToEven</c>.</param>
/// <param name="Places">Decimal places, 0–4.</param>
/// <remarks>
/// Before the plan's rounding every amount is cut to <see cref="GuardDigits"/> significant digits
/// (half away from zero). A ratio that repeats (NRR 140,000 ÷ 150,000) is held by decimal as
/// 93.33…33, so an amount that is exactly a half cent in exact arithmetic comes out as
/// 1,400.17499…99 and would round down; at 15 significant digits it is 1,400.175 again and rounds
/// as the plan says. Fifteen is the precision a spreadsheet keeps, so the run, its explanation and
/// Excel's or LibreOffice's recalculation of <c>ROUND(quantity × proration, places)</c> agree.
/// </remarks>
public sealed record RoundingPolicy(MidpointRounding Mode, int Places)
{
    /// <summary>Significant digits an amount keeps before the plan's rounding.</summary>
    public const int GuardDigits = 15;

    /// <summary>Rounds an amount with this policy, after the guard (<see cref="Guard"/>).</summary>
    public decimal Round(decimal amount) => Math.Round(Guard(amount), Places, Mode);

    /// <summary>
    /// <paramref name="value"/> at <see cref="GuardDigits"/> significant digits, half away from zero;
    /// unchanged when it has no more digits than that.
    /// </summary>
    public static decimal Guard(decimal value)
    {
        if (value == 0m)
        {
            return 0m;
        }

        var abs = Math.Abs(value);
        var places = GuardDigits;
        for (var bound = 1m; abs >= bound && places > 0; bound *= 10m)
        {
            places--; // one place fewer for each digit before the point
        }

        for (var bound = 0.1m; abs < bound && places < 28; bound /= 10m)
        {
            places++; // leading zeros after the point are not significant
        }

        return Math.Round(value, places, MidpointRounding.AwayFromZero);
    }
}
