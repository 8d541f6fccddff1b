using Payout.Rules.Audit;
using Payout.Rules.Engine;
using Payout.Rules.Facts;
using Payout.Rules.Files;
using Payout.Rules.Plan;

namespace Payout.Rules.CSharp;

/// <summary>
/// Forward chaining over the C# rules for one person: repeatedly fire the highest-priority rule
/// whose condition holds and that has not fired on the same values it reads, until none can
/// fire. A policy that keeps firing past the bound is a cycle and stops the run, naming the rules.
/// </summary>
internal static class ChainEngine
{
    /// <summary>The workflow name C# rules appear under in explanations.</summary>
    public const string Workflow = "C#";

    /// <summary>The order rules are tried in: highest priority first, then by name.</summary>
    public static IReadOnlyList<LoadedRule> FiringOrder(IEnumerable<LoadedRule> rules) =>
        rules.OrderByDescending(r => r.Rule.Priority).ThenBy(r => r.Rule.Name, StringComparer.Ordinal).ToList();

    /// <param name="rules">The rules in <see cref="FiringOrder"/>.</param>
    /// <param name="person">The person.</param>
    /// <param name="period">The period.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="result">Where audit records and lines go.</param>
    /// <param name="unfired">Shares explanations of rules that did not fire.</param>
    public static void Run(IReadOnlyList<LoadedRule> rules, PersonFacts person, PeriodFacts period, PayPlan plan, ResultBuilder result, UnfiredAudits unfired)
    {
        var applicable = new List<LoadedRule>(rules.Count);
        foreach (var rule in rules)
        {
            if (rule.Rule.Roles.Count == 0 || rule.Rule.Roles.Contains(person.Role))
            {
                applicable.Add(rule);
            }
        }

        if (applicable.Count == 0)
        {
            return;
        }

        var facts = new RuleFacts(person, period, plan.Parameters, result.CashAwarded);
        // Most people fire no C# rule: the firing bookkeeping is made on the first firing.
        HashSet<(string Rule, string Reads)>? fired = null;
        var lastSeen = new (bool Holds, string Reads, string? Missing)[applicable.Count];
        List<string>? firings = null;
        var bound = 10 * applicable.Count;
        while (true)
        {
            var next = -1;
            for (var i = 0; i < applicable.Count; i++)
            {
                lastSeen[i] = Condition(applicable[i], facts, person);
                if (lastSeen[i].Holds && fired?.Contains((applicable[i].Rule.Name, lastSeen[i].Reads)) != true)
                {
                    next = i;
                    break;
                }
            }

            if (next < 0)
            {
                break;
            }

            if (firings?.Count >= bound)
            {
                var cycle = firings!.TakeLast(2 * applicable.Count).Distinct().Order(StringComparer.Ordinal);
                throw new PolicyEvaluationException(person.EmployeeId, string.Join(", ", cycle), applicable[next].File, applicable[next].Line,
                    $"C# rules did not settle after {bound} firings: a cycle among {string.Join(", ", cycle)} (each keeps changing a fact another reads)");
            }

            var whenReads = lastSeen[next].Reads;
            (fired ??= []).Add((applicable[next].Rule.Name, whenReads));
            (firings ??= []).Add(applicable[next].Rule.Name);
            Fire(applicable[next], facts, person, plan, result, whenReads);
        }

        if (!result.Explain)
        {
            return;
        }

        for (var i = 0; i < applicable.Count; i++)
        {
            var rule = applicable[i];
            if (firings?.Contains(rule.Rule.Name) == true)
            {
                continue;
            }

            var (_, reads, missing) = lastSeen[i];
            var outcome = missing is null ? Outcome.NotFired : Outcome.SkippedMissingInput;
            result.Add(Record(rule, person, outcome, null, null, unfired.For(rule, reads, missing)), null);
        }
    }

    private static (bool Holds, string Reads, string? Missing) Condition(LoadedRule rule, RuleFacts facts, PersonFacts person)
    {
        facts.BeginReads();
        try
        {
            var holds = rule.Rule.When(facts);
            return (holds, facts.Reads, null);
        }
        catch (MissingFactException ex)
        {
            return (false, facts.Reads, ex.Message);
        }
        catch (Exception ex)
        {
            throw new PolicyEvaluationException(person.EmployeeId, rule.Rule.Name, rule.File, rule.Line, $"When failed: {ex.Message} (read: {facts.Reads})", ex);
        }
    }

    private static void Fire(LoadedRule rule, RuleFacts facts, PersonFacts person, PayPlan plan, ResultBuilder result, string reads)
    {
        var actions = new RuleActions();
        try
        {
            rule.Rule.Then(facts, actions);
        }
        catch (Exception ex)
        {
            throw new PolicyEvaluationException(person.EmployeeId, rule.Rule.Name, rule.File, rule.Line, $"Then failed: {ex.Message}", ex);
        }

        foreach (var (fact, value) in actions.Asserts)
        {
            facts.Assert(fact, value);
        }

        if (!result.Explain)
        {
            foreach (var award in actions.Awards)
            {
                result.AddLine(ToLine(rule, award, person, plan));
            }

            return;
        }

        var asserted = string.Join(", ", actions.Asserts.Select(a => $"{a.Fact}={Describe.Number(a.Value)}"));
        if (actions.Awards.Count == 0)
        {
            result.Add(Record(rule, person, Outcome.Fired, reads, null, null, () => $"{rule.Rule.Name}: {rule.Condition} held for {reads} → asserted {asserted}"), null);
        }

        foreach (var award in actions.Awards)
        {
            var line = ToLine(rule, award, person, plan);
            result.Add(Record(rule, person, Outcome.Fired, reads, award.Quantity, line.Amount, () => Sentence(rule, award, line, asserted)), line);
        }
    }

    private static PayoutLine ToLine(LoadedRule rule, RuleActions.Award award, PersonFacts person, PayPlan plan)
    {
        if (award.Quantity < 0)
        {
            throw new PolicyEvaluationException(person.EmployeeId, rule.Rule.Name, rule.File, rule.Line, $"awarded a negative quantity {award.Quantity}");
        }

        if (award.Type == RewardType.Cash)
        {
            var proration = rule.Rule.Prorate ? person.Proration : 1m;
            var quantity = RoundingPolicy.Guard(award.Quantity); // see RoundingPolicy: a repeating ratio's half cent stays a half cent
            var amount = plan.Rounding.Round(quantity * proration);
            return new PayoutLine(person.EmployeeId, Workflow, rule.Rule.Name, rule.Rule.Component, RewardType.Cash, amount, person.Currency, quantity, proration, amount);
        }

        var unitCost = award.UnitCost
            ?? (award.Type == RewardType.PtoDays
                ? person.AnnualBaseSalary * person.Fte / plan.WorkingDaysPerYear
                : throw new PolicyEvaluationException(person.EmployeeId, rule.Rule.Name, rule.File, rule.Line, $"a {award.Type} award needs its unit cost"));
        return new PayoutLine(person.EmployeeId, Workflow, rule.Rule.Name, rule.Rule.Component, award.Type, 0m, person.Currency, award.Quantity, 1m, plan.Rounding.Round(award.Quantity * unitCost), unitCost);
    }

    private static string Sentence(LoadedRule rule, RuleActions.Award award, PayoutLine line, string asserted)
    {
        var what = SentenceWriter.Amount(award.Quantity, line);
        return $"{rule.Rule.Name}: {award.Because} → {what}" + (asserted.Length > 0 ? $"; asserted {asserted}" : string.Empty);
    }

    private static AuditRecord Record(LoadedRule rule, PersonFacts person, Outcome outcome, string reads, decimal? output, decimal? amount, Func<string> sentence) =>
        Record(rule, person, outcome, output, amount, new DeferredAuditText(() => new AuditText(reads, string.Empty, sentence())));

    private static AuditRecord Record(LoadedRule rule, PersonFacts person, Outcome outcome, decimal? output, decimal? amount, AuditSource source) =>
        new(person.EmployeeId, rule.Identity, outcome, output, amount, source);
}
