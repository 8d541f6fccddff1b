namespace Payout.Calc.Kpis;

/// <summary>Team-level call counts behind abandonment_rate and awt_seconds.</summary>
internal sealed class TeamAccumulator
{
    public Ratio Abandoned;
    public TickMean WaitTicks;

    public void AddCall(bool abandoned, long? waitTicks)
    {
        Abandoned.Add(abandoned);
        if (waitTicks is { } wait)
        {
            WaitTicks.Add(wait);
        }
    }
}
