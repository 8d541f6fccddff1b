namespace Payout.Rules.Facts;

/// <summary>The period as rules see it.</summary>
/// <param name="Name">e.g. <c>2026-Q3</c>.</param>
/// <param name="Start">First day.</param>
/// <param name="EndExclusive">First day after the period.</param>
/// <param name="Months">Calendar months spanned: 1, 3 or 12. A quarter's share of annual pay is <c>period.months / 12</c>.</param>
public sealed record PeriodFacts(string Name, DateOnly Start, DateOnly EndExclusive, int Months)
{
    /// <summary>Days in the period.</summary>
    public int Days => EndExclusive.DayNumber - Start.DayNumber;
}
