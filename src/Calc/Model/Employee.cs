namespace Payout.Calc.Model;

/// <summary>One row of <c>employees.csv</c>; <see cref="CostCentre"/> and <see cref="LegalEntity"/> are optional columns the payroll export carries.</summary>
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
    decimal Fte,
    string? CostCentre = null,
    string? LegalEntity = null)
{
    /// <summary>
    /// Share of the period this person was employed, times FTE: days employed inside the period
    /// divided by days in the period. Not rounded; 0 when the person was not employed in the period.
    /// </summary>
    public decimal ProrationFor(Period period) => Common.Proration.Of(HireDate, TerminationDate, Fte, period.Start, period.EndExclusive);

    /// <summary>Days from the later of hire date and period start to the earlier of leaving day and period end, both included; 0 when none.</summary>
    public int DaysEmployedIn(Period period) => Common.Proration.DaysEmployed(HireDate, TerminationDate, period.Start, period.EndExclusive);
}
