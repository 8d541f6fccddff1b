// A kicker on the agent quarterly bonus: an agent paid a CSAT tier (by the JSON workflow
// AgentQuarterlyBonus) whose NPS is also at least plan.kicker_nps gets 10 % of that bonus on top.
// It chains on the JSON award, which is a fact when C# rules run. The bonus it reads is already
// prorated, so the kicker is not prorated again.

/// <summary>10 % kicker on a CSAT tier bonus for a strong NPS.</summary>
[Name("QualityKicker")]
[Description("10 % of the CSAT tier bonus on top for an NPS of plan.kicker_nps or more")]
[Pay("agent_bonus_kicker", Prorate = false)]
public sealed class QualityKicker : Rule
{
    public override void Define()
    {
        Award bonus = null!;
        Kpi nps = null!;
        PlanParameters plan = null!;

        When()
            .Match(() => bonus, a => a.Component == "agent_bonus", a => a.Amount > 0)
            .Match(() => plan)
            .Match(() => nps, k => k.Name == "nps", k => k.Value >= plan["kicker_nps"]);

        Then()
            .Do(ctx => ctx.Pay(bonus.Amount * 0.10m, $"{bonus.Rule} paid {bonus.Amount:0.00} and NPS {nps.Value:0.##} ≥ {plan["kicker_nps"]}"));
    }
}
