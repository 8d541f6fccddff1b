using Payout.Rules.Files;

namespace Payout.Rules.CSharp;

/// <summary>
/// Payout's metadata of an NRules rule class: what it pays and to whom. Name, description and
/// priority are NRules' own attributes (<c>[Name]</c>, <c>[Description]</c>, <c>[Priority]</c>).
/// </summary>
/// <param name="component">Pay component, e.g. <c>team_lunch</c>; groups lines in the workbook.</param>
/// <example><c>[Pay("team_lunch", Reward = RewardType.Award, UnitCost = "45", Roles = ["agent", "senior_agent"])]</c></example>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PayAttribute(string component) : Attribute
{
    /// <summary>Pay component.</summary>
    public string Component { get; } = component;

    /// <summary>What <c>ctx.Reward</c> awards (default cash; <c>ctx.Pay</c> is always cash).</summary>
    public RewardType Reward { get; set; } = RewardType.Cash;

    /// <summary>Cost to the company of one unit of a non-cash reward, as decimal text (attributes cannot hold decimals); <c>ctx.Reward</c> may give it instead.</summary>
    public string? UnitCost { get; set; }

    /// <summary>Rules sharing a group are tiers: the highest NRules priority that fires pays, the others are superseded.</summary>
    public string? ExclusiveGroup { get; set; }

    /// <summary>Whether cash is multiplied by the person's proration (default true).</summary>
    public bool Prorate { get; set; } = true;

    /// <summary>Roles the rule runs for; empty: every role.</summary>
    public string[] Roles { get; set; } = [];

    /// <summary>First day in force (yyyy-MM-dd), if limited.</summary>
    public string? EffectiveFrom { get; set; }

    /// <summary>Last day in force (yyyy-MM-dd), if limited.</summary>
    public string? EffectiveTo { get; set; }
}
