using System.Globalization;

namespace Payout.Rules.Compile;

/// <summary>A range of a KPI's values; a null bound is unbounded.</summary>
internal readonly record struct Interval(decimal? Lo, bool LoIncluded, decimal? Hi, bool HiIncluded)
{
    public static Interval All => new(null, false, null, false);

    public bool IsEmpty => Lo is { } lo && Hi is { } hi && (lo > hi || lo == hi && !(LoIncluded && HiIncluded));

    /// <summary>Narrows the interval by <c>value op bound</c>.</summary>
    public Interval With(string op, decimal bound) => op switch
    {
        ">=" => RaiseLo(bound, true),
        ">" => RaiseLo(bound, false),
        "<=" => LowerHi(bound, true),
        "<" => LowerHi(bound, false),
        "==" => RaiseLo(bound, true).LowerHi(bound, true),
        _ => this,
    };

    public Interval Intersect(Interval other)
    {
        var result = this;
        if (other.Lo is { } lo)
        {
            result = result.RaiseLo(lo, other.LoIncluded);
        }

        if (other.Hi is { } hi)
        {
            result = result.LowerHi(hi, other.HiIncluded);
        }

        return result;
    }

    public override string ToString()
    {
        static string N(decimal d) => d.ToString("0.############", CultureInfo.InvariantCulture);
        return (Lo, Hi) switch
        {
            ({ } lo, { } hi) when lo == hi => $"exactly {N(lo)}",
            ({ } lo, null) => (LoIncluded ? "≥ " : "> ") + N(lo),
            (null, { } hi) => (HiIncluded ? "≤ " : "< ") + N(hi),
            ({ } lo, { } hi) => (LoIncluded ? "[" : "(") + N(lo) + ", " + N(hi) + (HiIncluded ? "]" : ")"),
            _ => "any value",
        };
    }

    private Interval RaiseLo(decimal bound, bool included) =>
        Lo is { } lo && (lo > bound || lo == bound && !LoIncluded) ? this : this with { Lo = bound, LoIncluded = Lo == bound ? LoIncluded && included : included };

    private Interval LowerHi(decimal bound, bool included) =>
        Hi is { } hi && (hi < bound || hi == bound && !HiIncluded) ? this : this with { Hi = bound, HiIncluded = Hi == bound ? HiIncluded && included : included };
}
