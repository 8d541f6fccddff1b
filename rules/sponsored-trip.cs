// A sponsored trip for people who reached 100 % or more of their main target in every quarter
// of the year (seed 001: "sponsored trips after target completion"). It needs the year's four
// quarters, which are facts only in a run that closes a year (a Q4, a December or a full year),
// so in other quarters it does not fire.

/// <summary>Sponsored trip for target completion in every quarter of the year.</summary>
[Name("SponsoredTrip")]
[Description("A sponsored trip for target completion of plan.trip_min_completion % or more in every quarter of the year")]
[Pay("trip", Reward = RewardType.Trip)]
public sealed class SponsoredTrip : Rule
{
    public override void Define()
    {
        PayPeriod period = null!;
        Person person = null!;
        PlanParameters plan = null!;
        IEnumerable<PastKpi> quarters = null!;

        When()
            .Match(() => period, p => p.ClosesYear)
            .Match(() => person)
            .Match(() => plan)
            // CSMs are measured on net revenue retention, everyone else on CSAT.
            .Query(() => quarters, q => q
                .Match<PastKpi>(
                    h => h.Name == (person.Role == "csm" ? "target_completion_nrr" : "target_completion_csat"),
                    h => h.Value >= plan["trip_min_completion"])
                .Collect()
                .Where(c => c.Count() == 4));

        Then()
            .Do(ctx => ctx.Reward(1m, $"{quarters.First().Name} ≥ {plan["trip_min_completion"]} % in each of {string.Join(", ", quarters.Select(q => q.Period).Order())}", plan["trip_cost"]));
    }
}
