namespace Payout.Rules.Facts;

/// <summary>The period being paid, as C# rules match it.</summary>
/// <param name="Name">e.g. <c>2026-Q3</c>.</param>
/// <param name="Start">First day.</param>
/// <param name="EndExclusive">First day after the period.</param>
/// <param name="Months">1, 3 or 12: a quarter's share of annual pay is Months / 12.</param>
public sealed record PayPeriod(string Name, DateOnly Start, DateOnly EndExclusive, int Months)
{
    /// <summary>Days in the period.</summary>
    public int Days => EndExclusive.DayNumber - Start.DayNumber;

    /// <summary>True for a run that closes a year (a Q4, a December, a full year): earlier quarters are then facts (<see cref="PastKpi"/>).</summary>
    public bool ClosesYear => EndExclusive.Month == 1 && EndExclusive.Day == 1;
}
