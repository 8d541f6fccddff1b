using Payout.Rules.Audit;
using Payout.Rules.Compile;
using Payout.Rules.Facts;
using Payout.Rules.Files;
using Payout.Rules.Plan;

namespace Payout.Rules.Engine;

/// <summary>
/// The plain-language line of an explanation, with the values the rule read:
/// <c>CsatTier3: kpi.csat 92 (46 of 50) ≥ 90 and kpi.iqs 85 (42.5 of 50) ≥ plan.iqs_gate 80 → 48000 × 3 ÷ 12 × 0.08 = 960.00 USD</c>.
/// </summary>
internal static class SentenceWriter
{
    public static string Write(RuleVerdict v, FactShape shape, PersonFacts person, PayoutLine? line)
    {
        var rule = v.Rule;
        return v.Outcome switch
        {
            Outcome.Fired => $"{rule.Name}: {Condition(rule.Condition, v, shape, person, onlyFalse: false)} → {Award(rule, v, shape, line!)}",
            Outcome.NotFired => $"{rule.Name} did not fire: {Condition(rule.Condition, v, shape, person, onlyFalse: true)} is false; pays nothing",
            Outcome.Superseded => $"{rule.Name} held but is superseded: {v.Reason}; pays nothing",
            _ => $"{rule.Name} not evaluated: {v.Reason}; pays nothing",
        };
    }

    private static string Condition(CompiledExpression condition, RuleVerdict v, FactShape shape, PersonFacts person, bool onlyFalse)
    {
        var (row, scoped) = (v.Row!, v.Scoped!);
        Func<string, string, object?> fact = (root, member) => shape.Value(row, root, member);
        Func<string, string, string?> lineage = (root, member) => Lineage(root, member, person);
        var parts = condition.Conjuncts
            .Where(c => !onlyFalse || c.Invoke(row, scoped) is not true)
            .Select(c => ExpressionTemplate.For(condition.Parameters, c.Node, valuesOnly: false).Render(fact, scoped, lineage))
            .ToList();
        return parts.Count > 0 ? string.Join(" and ", parts) : condition.Text;
    }

    private static string Award(CompiledRule rule, RuleVerdict v, FactShape shape, PayoutLine line)
    {
        var row = v.Row!;
        var formula = rule.Output is { } output
            ? ExpressionTemplate.For(output.Parameters, output.Body, valuesOnly: true).Render((root, member) => shape.Value(row, root, member), v.Scoped!, static (_, _) => null) + " = "
            : string.Empty;
        return $"{formula}{Amount(v.Output, line)}";
    }

    /// <summary>
    /// The arithmetic from the rule's output to the line: the exact value, the guard when it changed
    /// it (see <see cref="RoundingPolicy"/>), proration and rounding, each step redoable by hand.
    /// </summary>
    public static string Amount(decimal? exact, PayoutLine line)
    {
        var quantity = Step(exact ?? line.Quantity);
        if (line.RewardType != RewardType.Cash)
        {
            return $"{quantity} {Reward(line.RewardType)} (cost {Describe.Money(line.Cost)} {line.Currency})";
        }

        if (line.Proration != 1m)
        {
            // Each step is an equation of its own ("a = b; b × proration p = c"), so each can be checked alone.
            return $"{quantity}; {Describe.Number(line.Quantity)} × proration {Describe.Number(line.Proration)} = {Step(line.Quantity * line.Proration)}, rounded {Describe.Money(line.Amount)} {line.Currency}";
        }

        return (exact ?? line.Quantity) == line.Amount
            ? $"{Describe.Money(line.Amount)} {line.Currency}"
            : $"{quantity}, rounded {Describe.Money(line.Amount)} {line.Currency}";
    }

    /// <summary>
    /// The arithmetic of a clawback, redoable as any award's: <c>−1875 × 0.3 = -562.5, rounded -562.50 USD</c>
    /// for cash, <c>−1 × 1 = -1 trip (cost -2,500.00 USD)</c> otherwise.
    /// </summary>
    public static string Recovery(BookedLine booked, decimal share, PayoutLine line) => line.RewardType == RewardType.Cash
        ? $"−{Describe.Number(booked.Amount)} × {Describe.Number(share)} = {Step(-booked.Amount * share)}, rounded {Describe.Money(line.Amount)} {line.Currency}"
        : $"−{Describe.Number(booked.Quantity)} × {Describe.Number(share)} = {Describe.Number(line.Quantity)} {Reward(line.RewardType)} (cost {Describe.Money(line.Cost)} {line.Currency})";

    /// <summary>A value as computed and, when the guard changes it, as it is rounded from.</summary>
    private static string Step(decimal exact) =>
        RoundingPolicy.Guard(exact) is var guarded && guarded != exact
            ? $"{Describe.Number(exact)} ≈ {Describe.Number(guarded)} ({RoundingPolicy.GuardDigits} significant digits)"
            : Describe.Number(exact);

    private static string? Lineage(string root, string member, PersonFacts person) =>
        root == "kpi" && person.Kpis.TryGetValue(member, out var kpi) && kpi.Value is not null
            ? $"{Describe.Number(kpi.Numerator)} of {Describe.Number(kpi.Denominator)}"
            : null;

    private static string Reward(RewardType type) => type switch
    {
        RewardType.PtoDays => "day(s) of paid time off",
        RewardType.GiftCard => "gift card(s)",
        RewardType.Trip => "trip(s)",
        RewardType.Award => "award(s)",
        _ => "cash",
    };
}
