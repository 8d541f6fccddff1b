// A team lunch for every member of the team with the best pooled SLA adherence among the teams of
// their role (seed 001: rewards that build team spirit). It depends on other people, so it reads
// the team's pooled KPI and its rank among teams, computed across the company before any session
// runs: each person's session stays small.

/// <summary>Team lunch for the team with the best SLA adherence in its role.</summary>
[Name("TeamLunch")]
[Description("A team lunch for every member of the team with the best sla_adherence among their role's teams (cost per head: plan.team_lunch_cost)")]
[Pay("team_lunch", Reward = RewardType.Award, Roles = ["agent", "senior_agent"])]
public sealed class TeamLunch : Rule
{
    public override void Define()
    {
        TeamKpi sla = null!;
        PlanParameters plan = null!;

        When()
            .Match(() => sla, t => t.Name == "sla_adherence", t => t.Rank == 1, t => t.Of > 1)
            .Match(() => plan);

        Then()
            .Do(ctx => ctx.Reward(1m, $"team {sla.Team} has the best sla_adherence ({sla.Value:0.##}) of the {sla.Of} {sla.Role} teams", plan["team_lunch_cost"]));
    }
}
