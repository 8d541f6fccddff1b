namespace Payout.Common;

/// <summary>
/// The one proration rule, shared by runs (from employees.csv) and policy test cases: days employed
/// inside the period ÷ days in the period × FTE, unrounded.
/// </summary>
public static class Proration
{
    /// <summary>Days from the later of hire date and period start to the earlier of leaving day and period end, both included; 0 when none.</summary>
    public static int DaysEmployed(DateOnly? hired, DateOnly? left, DateOnly start, DateOnly endExclusive)
    {
        var first = hired is { } h && h > start ? h : start;
        var lastExclusive = left is { } l && l.AddDays(1) < endExclusive ? l.AddDays(1) : endExclusive;
        return Math.Max(0, lastExclusive.DayNumber - first.DayNumber);
    }

    /// <summary>The share of the period employed × FTE; exactly the FTE when employed the whole period.</summary>
    public static decimal Of(DateOnly? hired, DateOnly? left, decimal fte, DateOnly start, DateOnly endExclusive)
    {
        var days = DaysEmployed(hired, left, start, endExclusive);
        var periodDays = endExclusive.DayNumber - start.DayNumber;
        return days == periodDays ? fte : days * fte / periodDays;
    }
}
