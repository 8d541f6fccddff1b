namespace Payout.Calc.Model;

/// <summary>One row of <c>employees.csv</c>.</summary>
public sealed record Employee(
    string EmployeeId,
    string Name,
    string Role,
    string Team,
    string Currency,
    decimal AnnualBaseSalary,
    decimal? VariablePayPct,
    DateOnly? HireDate,
    DateOnly? TerminationDate,
    decimal Fte)
{
    /// <summary>
    /// Share of the period this person was employed, times FTE: days employed inside the period
    /// divided by days in the period. Not rounded; 0 when the person was not employed in the period.
    /// </summary>
    public decimal ProrationFor(Period period)
    {
        var days = DaysEmployedIn(period);
        return days == period.Days ? Fte : days * Fte / period.Days;
    }

    /// <summary>Days from the later of hire date and period start to the earlier of leaving day and period end, both included; 0 when none.</summary>
    public int DaysEmployedIn(Period period)
    {
        var first = HireDate is { } hire && hire > period.Start ? hire : period.Start;
        var lastExclusive = TerminationDate is { } leave && leave.AddDays(1) < period.EndExclusive
            ? leave.AddDays(1)
            : period.EndExclusive;
        return Math.Max(0, lastExclusive.DayNumber - first.DayNumber);
    }
}
