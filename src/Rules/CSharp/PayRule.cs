namespace Payout.Rules.CSharp;

/// <summary>
/// A pay rule written in C# (<c>rules/*.cs</c>), compiled when the rules load. The engine calls
/// <see cref="When"/> and, when it holds, <see cref="Then"/>; rules chain until none fires.
/// A rule fires again only when a fact it read in <see cref="When"/> has changed since it last fired.
/// </summary>
/// <remarks>This is the seam an NRules adapter would implement: name, priority, condition, action.</remarks>
public abstract class PayRule
{
    /// <summary>Unique rule name, used in explanations.</summary>
    public abstract string Name { get; }

    /// <summary>Plain-language description for explanations and the Policies sheet.</summary>
    public virtual string Description => string.Empty;

    /// <summary>Higher runs first when several rules can fire.</summary>
    public virtual int Priority => 0;

    /// <summary>Pay component of what the rule awards.</summary>
    public virtual string Component => Name;

    /// <summary>Roles the rule applies to; empty means every role.</summary>
    public virtual IReadOnlyList<string> Roles => [];

    /// <summary>
    /// True when the rule reads the year's quarters through <see cref="RuleFacts.History"/>. They are
    /// supplied in runs that close a year (a Q4, a December or a full-year run), where such a rule can
    /// pay; in other runs History has no data and reading it stops the rule.
    /// </summary>
    public virtual bool UsesYearHistory => false;

    /// <summary>Whether cash this rule awards is multiplied by the person's proration factor.</summary>
    public virtual bool Prorate => true;

    /// <summary>The condition. Reading a missing KPI stops the rule: it does not pay and the explanation says why.</summary>
    public abstract bool When(RuleFacts facts);

    /// <summary>The action: award something and/or assert facts for other rules.</summary>
    public abstract void Then(RuleFacts facts, RuleActions actions);
}
