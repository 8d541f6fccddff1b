using NRules.Extensibility;
using NRules.RuleModel;
using Payout.Rules.Engine;
using Payout.Rules.Facts;
using Payout.Rules.Files;
using Payout.Rules.Plan;

namespace Payout.Rules.CSharp;

/// <summary>
/// One person's session services: what <see cref="PayActions"/> resolves to turn an action into an
/// award and a payout line (through <see cref="PayLines"/>, as JSON rules do). Rules can resolve
/// nothing else.
/// </summary>
internal sealed class PayContext(PersonFacts person, PayPlan plan, IReadOnlyDictionary<string, LoadedRule> rules) : IDependencyResolver
{
    /// <summary>Every award made in the session, in firing order.</summary>
    public List<Paid> Awards { get; } = [];

    // What this session's clawbacks took from each booked line, so two of them cannot take more than it holds.
    private readonly Dictionary<(string Period, long LineId), decimal> _recovered = [];

    public object Resolve(IResolutionContext context, Type serviceType) => serviceType == typeof(PayContext)
        ? this
        : throw new InvalidOperationException($"a pay rule can resolve only Payout's pay actions, not {serviceType.Name}");

    /// <summary>Makes the award of the rule firing in <paramref name="context"/>; <paramref name="type"/> null takes the rule's reward type.</summary>
    public Award Award(IContext context, RewardType? type, decimal quantity, decimal? unitCost, string because)
    {
        var rule = rules[context.Rule.Name];
        var declared = rule.Metadata.RewardType;
        var reward = type ?? declared;
        if (reward == RewardType.Cash && type is null || reward != declared)
        {
            throw Fail(rule, type is null
                ? "ctx.Reward needs the rule's reward type: [Pay(\"component\", Reward = RewardType.GiftCard)]; cash is paid with ctx.Pay"
                : $"ctx.Pay pays cash but the rule's [Pay] says {RewardTypes.Name(declared)}: use ctx.Reward");
        }

        var (line, problem) = PayLines.Of(LoadedRule.Workflow, rule.Name, rule.Metadata.Component, reward, quantity, unitCost ?? rule.Metadata.UnitCost, rule.Metadata.Prorate, person, plan);
        if (line is null)
        {
            throw Fail(rule, $"awarded {problem}");
        }

        var award = new Award(rule.Name, LoadedRule.Workflow, rule.Metadata.Component, reward, line.Amount, line.Quantity, because);
        Awards.Add(new Paid(rule, award, line, quantity, because, context.Match.Facts.Select(f => f.Value).ToList()));
        return award;
    }

    /// <summary>Makes the clawback of the rule firing in <paramref name="context"/> (see <see cref="PayActions.Recover"/>).</summary>
    public Award Recover(IContext context, BookedLine booked, decimal share, string because)
    {
        var rule = rules[context.Rule.Name];
        if (share <= 0m || share > 1m)
        {
            throw Fail(rule, $"ctx.Recover needs a share of the booked line above 0 and at most 1, not {share}");
        }

        if (booked.Component != rule.Metadata.Component || booked.RewardType != rule.Metadata.RewardType)
        {
            throw Fail(rule, $"recovers {booked.Period} {booked.Component} ({RewardTypes.Name(booked.RewardType)}), but the rule's [Pay] says {rule.Metadata.Component} ({RewardTypes.Name(rule.Metadata.RewardType)}): a clawback is booked in the component it recovers");
        }

        if (booked.Currency != person.Currency)
        {
            throw Fail(rule, $"recovers {booked.Period} {booked.Component} booked in {booked.Currency}, but the person is paid in {person.Currency}");
        }

        var line = PayLines.Recovery(LoadedRule.Workflow, rule.Name, booked, share, person, plan);
        // Cash is held as its amount, a non-cash reward as its cost.
        var (taken, held) = booked.RewardType == RewardType.Cash ? (-line.Amount, booked.Amount) : (-line.Cost, booked.Cost);
        var key = (booked.Period, booked.LineId);
        var recovered = _recovered.GetValueOrDefault(key) + taken;
        if (recovered > held)
        {
            throw Fail(rule, $"recovers {Describe.Money(recovered)} {booked.Currency} in all from {booked.Period} {booked.Component} (line {booked.LineId}), which holds only {Describe.Money(held)}");
        }

        _recovered[key] = recovered;
        var award = new Award(rule.Name, LoadedRule.Workflow, rule.Metadata.Component, booked.RewardType, line.Amount, line.Quantity, because);
        Awards.Add(new Paid(rule, award, line, line.Quantity, because, context.Match.Facts.Select(f => f.Value).ToList()) { Arithmetic = SentenceWriter.Recovery(booked, share, line) });
        return award;
    }

    private PolicyEvaluationException Fail(LoadedRule rule, string message) => new(person.EmployeeId, rule.Name, rule.File, rule.Line, message);
}
