namespace Payout.Calc.Reading;

/// <summary>What employees.csv says about an employee id.</summary>
internal enum EmploymentStatus
{
    /// <summary>Not in employees.csv.</summary>
    Unknown,

    /// <summary>In employees.csv, but its row was rejected.</summary>
    Rejected,

    /// <summary>A valid employee, active in the period or not.</summary>
    Known,
}
