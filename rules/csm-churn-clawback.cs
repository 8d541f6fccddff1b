// A CSM's variable pay rests on net revenue retention: an account counted as retained at a
// quarter's end adds its ARR to NRR. When that account churns within plan.clawback_days after the
// quarter, the credit did not last, so the pay it carried is recovered: the account's share of
// the book's ARR, taken from what the ledger booked for that quarter. The clawback is booked in
// the run of the period the churn happens in, as a negative csm_variable line linked to the
// booked one; it needs the ledger (payout run --ledger, payout close) and churned_on in accounts.csv.

/// <summary>Recovers CSM variable pay when an account counted in NRR churns soon after the quarter.</summary>
[Name("CsmChurnClawback")]
[Description("Recovers the share of a closed quarter's csm_variable pay that an account carried (its ARR ÷ the book's ARR) when the account, counted retained then, churns within plan.clawback_days days after the quarter")]
[Pay("csm_variable", Roles = ["csm"])]
public sealed class CsmChurnClawback : Rule
{
    public override void Define()
    {
        PlanParameters plan = null!;
        ChurnedAccount churn = null!;
        BookedLine paid = null!;

        When()
            .Match(() => plan)
            .Match(() => churn, c => c.BookArrEnd > 0, c => c.ArrEnd > 0, c => c.DaysAfterPeriod <= plan["clawback_days"])
            .Match(() => paid, b => b.Component == "csm_variable", b => b.Period == churn.CountedIn, b => b.Amount > 0);

        Then()
            .Do(ctx => ctx.Recover(paid, churn.ShareOfBook,
                $"account {churn.AccountId} churned on {churn.ChurnedOn:yyyy-MM-dd}, {churn.DaysAfterPeriod} days after {churn.CountedIn} (within {plan["clawback_days"]}); it carried {churn.ArrEnd} of the book's {churn.BookArrEnd} ARR"));
    }
}
