namespace Payout.Rules.Facts;

/// <summary>The person being paid, as C# rules match it: every column of <c>employees.csv</c> and the proration.</summary>
/// <param name="EmployeeId">employee_id.</param>
/// <param name="Name">name.</param>
/// <param name="Role">role, as the company spells it (agent, tier1_agent, csm…).</param>
/// <param name="Team">team.</param>
/// <param name="Currency">ISO 4217 currency of the person's pay.</param>
/// <param name="AnnualBaseSalary">annual_base_salary.</param>
/// <param name="VariablePayPct">variable_pay_pct (a CSM's 0.10–0.20), or null.</param>
/// <param name="Fte">fte.</param>
/// <param name="Proration">Days employed in the period ÷ days in the period × FTE.</param>
public sealed record Person(string EmployeeId, string Name, string Role, string Team, string Currency, decimal AnnualBaseSalary, decimal? VariablePayPct, decimal Fte, decimal Proration)
{
    /// <summary>hire_date, if given.</summary>
    public DateOnly? HireDate { get; init; }

    /// <summary>termination_date, if given.</summary>
    public DateOnly? TerminationDate { get; init; }
}
