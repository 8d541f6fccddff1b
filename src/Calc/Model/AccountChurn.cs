namespace Payout.Calc.Model;

/// <summary>
/// An account that was retained at the end of an earlier period, so it counted in that period's
/// net revenue retention, and churned during the run's period: what a clawback rule needs to
/// recover the pay it earned. The person is the CSM whose book held it then.
/// </summary>
/// <param name="EmployeeId">The CSM whose book counted the account.</param>
/// <param name="AccountId">The account.</param>
/// <param name="CountedIn">The period whose NRR counted it (its latest such period before the churn).</param>
/// <param name="CountedInEnd">That period's last day.</param>
/// <param name="ChurnedOn">The day it churned (<c>churned_on</c>), inside the run's period.</param>
/// <param name="ArrEnd">The account's <c>arr_end</c> in <paramref name="CountedIn"/>: what it added to NRR's numerator.</param>
/// <param name="BookArrEnd">Σ <c>arr_end</c> of the CSM's accounts present at the start of <paramref name="CountedIn"/>: NRR's numerator.</param>
/// <param name="Source">The churn row, as <c>file:line</c>.</param>
public sealed record AccountChurn(string EmployeeId, string AccountId, string CountedIn, DateOnly CountedInEnd, DateOnly ChurnedOn, decimal ArrEnd, decimal BookArrEnd, string Source);
