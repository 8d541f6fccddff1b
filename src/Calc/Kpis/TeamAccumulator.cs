namespace Payout.Calc.Kpis;

/// <summary>Team-level call counts behind abandonment_rate and awt_seconds.</summary>
internal sealed class TeamAccumulator
{
    public Ratio Abandoned;
    public Mean WaitSeconds;

    public void AddCall(bool abandoned, decimal? waitSeconds)
    {
        Abandoned.Add(abandoned);
        if (waitSeconds is { } wait)
        {
            WaitSeconds.Add(wait);
        }
    }
}
