namespace Payout.Rules.Facts;

/// <summary>
/// An account that an earlier period's NRR counted as retained in the person's book and that
/// churned in the run's period: what a clawback of variable pay matches.
/// </summary>
/// <param name="AccountId">The account.</param>
/// <param name="CountedIn">The period whose NRR counted it.</param>
/// <param name="CountedInEnd">That period's last day.</param>
/// <param name="ChurnedOn">The day it churned.</param>
/// <param name="ArrEnd">Its ARR at the end of <paramref name="CountedIn"/>.</param>
/// <param name="BookArrEnd">The ARR of the person's book at the end of <paramref name="CountedIn"/> (NRR's numerator).</param>
/// <param name="Source">The churn row, <c>file:line</c>.</param>
public sealed record ChurnedAccount(string AccountId, string CountedIn, DateOnly CountedInEnd, DateOnly ChurnedOn, decimal ArrEnd, decimal BookArrEnd, string Source)
{
    /// <summary>Days from the end of <see cref="CountedIn"/> to the churn.</summary>
    public int DaysAfterPeriod => ChurnedOn.DayNumber - CountedInEnd.DayNumber;

    /// <summary>The account's share of the book's ARR (0 to 1): the part of the period's NRR it carried.</summary>
    public decimal ShareOfBook => BookArrEnd > 0 ? ArrEnd / BookArrEnd : 0m;
}
