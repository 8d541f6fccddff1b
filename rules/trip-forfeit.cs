// A sponsored trip is a reward for staying and performing: a person who leaves within
// plan.trip_stay_days after the period that awarded it forfeits it. The forfeit is booked in the
// run of the period the person leaves in, as a negative trip line linked to the booked trip; it
// needs the ledger (payout run --ledger, payout close).

/// <summary>Forfeits a booked sponsored trip when the person leaves soon after it was awarded.</summary>
[Name("TripForfeit")]
[Description("Forfeits a sponsored trip booked for an earlier period when the person leaves (termination_date in this period) within plan.trip_stay_days days after that period")]
[Pay("trip", Reward = RewardType.Trip)]
public sealed class TripForfeit : Rule
{
    public override void Define()
    {
        PayPeriod period = null!;
        Person person = null!;
        PlanParameters plan = null!;
        BookedLine trip = null!;

        When()
            .Match(() => period)
            .Match(() => plan)
            .Match(() => person, p => p.TerminationDate != null && p.TerminationDate >= period.Start && p.TerminationDate < period.EndExclusive)
            .Match(() => trip, b => b.Component == "trip", b => b.Quantity > 0,
                b => person.TerminationDate!.Value.DayNumber - b.PeriodEnd.DayNumber <= plan["trip_stay_days"]);

        Then()
            .Do(ctx => ctx.Recover(trip, 1m,
                $"left on {person.TerminationDate:yyyy-MM-dd}, {person.TerminationDate!.Value.DayNumber - trip.PeriodEnd.DayNumber} days after {trip.Period} (within {plan["trip_stay_days"]})"));
    }
}
