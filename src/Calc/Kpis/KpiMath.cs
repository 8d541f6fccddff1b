namespace Payout.Calc.Kpis;

/// <summary>The catalog's formulas over counts and sums. Unrounded decimal arithmetic throughout.</summary>
public static class KpiMath
{
    /// <summary>part ÷ whole × 100; null when whole is 0.</summary>
    public static decimal? Percent(decimal part, decimal whole) => whole == 0 ? null : part * 100 / whole;

    /// <summary>sum ÷ count; null when count is 0.</summary>
    public static decimal? Mean(decimal sum, decimal count) => count == 0 ? null : sum / count;

    /// <summary>Net Promoter Score: % promoters − % detractors; null without responses.</summary>
    public static decimal? Nps(int promoters, int detractors, int responses) =>
        responses == 0 ? null : (promoters - detractors) * 100m / responses;

    /// <summary>Retention rate (E − N) ÷ S × 100 (seed 002's formula); null when S is 0.</summary>
    public static decimal? RetentionRate(int atStart, int atEnd, int added) => Percent(atEnd - added, atStart);

    /// <summary>A score placed on 0–100 within its scale.</summary>
    public static decimal Normalise(decimal score, decimal min, decimal max) => (score - min) * 100 / (max - min);

    /// <summary>
    /// Target completion in percent: actual ÷ target × 100, or target ÷ actual × 100 when lower is better.
    /// Null when the divisor is 0.
    /// </summary>
    public static decimal? TargetCompletion(decimal actual, decimal target, bool lowerIsBetter) =>
        lowerIsBetter ? Percent(target, actual) : Percent(actual, target);
}
