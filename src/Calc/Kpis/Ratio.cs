namespace Payout.Calc.Kpis;

/// <summary>A running count of hits out of a total: the numerator and denominator of a rate.</summary>
internal struct Ratio
{
    public int Hits;
    public int Total;

    public void Add(bool hit)
    {
        Total++;
        if (hit)
        {
            Hits++;
        }
    }
}
