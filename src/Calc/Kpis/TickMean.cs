namespace Payout.Calc.Kpis;

/// <summary>A running sum and count of durations in ticks: the numerator and denominator of a mean duration.</summary>
/// <remarks>
/// Summed as integers and turned into a decimal once, when the KPI is made: a ticket adds up to
/// three durations, and integer adds cost a fraction of decimal ones. Int128 cannot overflow on
/// any real data (a 30-day duration is 2.6e13 ticks), and converts to decimal exactly.
/// </remarks>
internal struct TickMean
{
    public Int128 Sum;
    public int Count;

    public void Add(long ticks)
    {
        Sum += ticks;
        Count++;
    }
}
