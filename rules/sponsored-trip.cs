// A sponsored trip for people who reached 100 % or more of their main target in every quarter
// of the year (seed 001: "sponsored trips after target completion"). It needs the year's four
// quarters, so it can pay only in a Q4 or a full-year run; in other quarters it does not fire.

/// <summary>Sponsored trip for target completion in every quarter of the year.</summary>
public sealed class SponsoredTrip : PayRule
{
    public override string Name => "SponsoredTrip";

    public override string Description => "A sponsored trip for target completion of plan.trip_min_completion % or more in every quarter of the year";

    public override string Component => "trip";

    public override bool UsesYearHistory => true;

    public override bool When(RuleFacts f) =>
        (f.Period.EndsWith("-Q4") || f.PeriodMonths == 12)
        && f.QuartersOfYear.All(q => f.History(q, MainTarget(f)) >= f.Plan("trip_min_completion"));

    public override void Then(RuleFacts f, RuleActions a) =>
        a.Reward(RewardType.Trip, 1m, f.Plan("trip_cost"), $"{MainTarget(f)} ≥ {f.Plan("trip_min_completion")} % in each of {string.Join(", ", f.QuartersOfYear)}");

    /// <summary>CSMs are measured on net revenue retention, everyone else on CSAT.</summary>
    private static string MainTarget(RuleFacts f) => f.Role == "csm" ? "target_completion_nrr" : "target_completion_csat";
}
