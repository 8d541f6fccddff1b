namespace Payout.Calc.Kpis;

/// <summary>A running sum and count: the numerator and denominator of a mean.</summary>
internal struct Mean
{
    public decimal Sum;
    public int Count;

    public void Add(decimal value)
    {
        Sum += value;
        Count++;
    }
}
