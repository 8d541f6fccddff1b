using NRules;
using Payout.Rules.Audit;
using Payout.Rules.Engine;
using Payout.Rules.Facts;
using Payout.Rules.Files;
using Payout.Rules.Plan;
using Payout.Rules.Sandbox;

namespace Payout.Rules.CSharp;

/// <summary>
/// Runs the NRules rules for one person in a session of their own. Rules that depend on other
/// people read facts computed across people beforehand (ranks within team and role, the team's
/// pooled KPIs and its rank among teams), so no session joins people: NRules does not index joins,
/// and one session of 100,000 people joined on team did not finish in minutes.
/// </summary>
internal static class SessionRunner
{
    /// <summary>How many firings per rule a session may take before it is a cycle.</summary>
    private const int FiringsPerRule = 20;

    /// <param name="rules">The policy's C# rules.</param>
    /// <param name="person">The person.</param>
    /// <param name="period">The period.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="result">Where lines and audit records go; it already holds the JSON workflows' lines.</param>
    /// <param name="awarded">What the JSON workflows awarded, inserted as <see cref="Award"/> facts so C# rules can chain on them.</param>
    public static void Run(CSharpRules rules, PersonFacts person, PeriodFacts period, PayPlan plan, ResultBuilder result, IReadOnlyList<PayoutLine> awarded)
    {
        if (rules.For(person, period.Start) is not { } set)
        {
            return;
        }

        var (session, pay) = Open(set.Factory, rules, person, plan);
        using var listener = result.Explain ? new AuditListener(session.Events) : null;
        var bound = FiringsPerRule * set.Rules.Count;
        RuleBudget.Start(rules.PersonTime); // conditions run as facts are inserted, not only when rules fire
        try
        {
            session.InsertAll(Facts(rules, person, period, awarded));
            if (session.Fire(bound) == bound && !session.Agenda.IsEmpty)
            {
                // A cycle: watch a few more firings to name the rules in it (only now, so a settled session pays nothing for it).
                var firings = new List<string>();
                session.Events.RuleFiringEvent += (_, e) => firings.Add(e.Rule.Name);
                session.Fire(2 * set.Rules.Count);
                var cycle = firings.Distinct().Order(StringComparer.Ordinal).ToList();
                var last = rules.ByName[cycle[^1]];
                throw new PolicyEvaluationException(person.EmployeeId, string.Join(", ", cycle), last.File, last.Line,
                    $"C# rules did not settle after {bound} firings: a cycle among {string.Join(", ", cycle)} (each keeps inserting facts another matches)");
            }
        }
        catch (RuleExecutionException ex)
        {
            throw Unwrap(ex, ex is RuleLhsExpressionEvaluationException ? FailingRule(set.Factory, rules, person, period, plan, awarded) : null, person, rules);
        }
        finally
        {
            RuleBudget.Stop();
        }

        Record(set.Rules, pay.Awards, listener, person, result);
    }

    /// <summary>
    /// For the benchmark's baseline: the same rules on the same facts in a bare NRules session, with
    /// no audit, no cycle bookkeeping and no pay-line records. Returns how many rules fired.
    /// </summary>
    public static int Bare(CSharpRules rules, PersonFacts person, PeriodFacts period, PayPlan plan)
    {
        if (rules.For(person, period.Start) is not { } set)
        {
            return 0;
        }

        var (session, _) = Open(set.Factory, rules, person, plan);
        session.InsertAll(Facts(rules, person, period, []));
        return session.Fire();
    }

    /// <summary>
    /// The rule whose condition threw: NRules names it only in the failure's event, so the person's
    /// session is run again with that event watched. Only on this error path, so a settled session
    /// pays nothing for it.
    /// </summary>
    private static string? FailingRule(ISessionFactory factory, CSharpRules rules, PersonFacts person, PeriodFacts period, PayPlan plan, IReadOnlyList<PayoutLine> awarded)
    {
        string? failing = null;
        var (session, _) = Open(factory, rules, person, plan);
        session.Events.LhsExpressionFailedEvent += (_, e) => failing ??= e.Rules.FirstOrDefault()?.Name;
        RuleBudget.Start(rules.PersonTime);
        try
        {
            session.InsertAll(Facts(rules, person, period, awarded));
            session.Fire();
        }
        catch (RuleExecutionException)
        {
            // the same failure again: its event has named the rule
        }
        finally
        {
            RuleBudget.Stop();
        }

        return failing;
    }

    /// <summary>A session for the person, with the pay context its rules' actions resolve to pay.</summary>
    private static (ISession Session, PayContext Pay) Open(ISessionFactory factory, CSharpRules rules, PersonFacts person, PayPlan plan)
    {
        var session = factory.CreateSession();
        var pay = new PayContext(person, plan, rules.ByName);
        session.DependencyResolver = pay;
        return (session, pay);
    }

    private static void Record(IReadOnlyList<LoadedRule> rules, List<Paid> awards, AuditListener? listener, PersonFacts person, ResultBuilder result)
    {
        if (awards.Count == 0 && listener is null)
        {
            return; // nothing paid, nothing to explain: most people of a what-if run
        }

        var winners = awards.Where(a => a.Rule.Metadata.ExclusiveGroup is not null)
            .GroupBy(a => a.Rule.Metadata.ExclusiveGroup!)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.Rule.Definition.Priority).First().Rule, StringComparer.Ordinal);
        foreach (var paid in awards)
        {
            var rule = paid.Rule;
            var superseded = rule.Metadata.ExclusiveGroup is { } group && winners[group] != rule;
            if (!result.Explain)
            {
                if (!superseded)
                {
                    result.AddLine(paid.Line);
                }

                continue;
            }

            string Inputs() => string.Join("; ", paid.Facts.Select(FactText.Of));
            if (superseded)
            {
                var winner = winners[rule.Metadata.ExclusiveGroup!];
                var reason = $"{winner.Name} (priority {winner.Definition.Priority}) wins exclusive group '{rule.Metadata.ExclusiveGroup}'";
                result.Add(Record(rule, person, Outcome.Superseded, paid.Exact, null, () => new(Inputs(), string.Empty, $"{rule.Name} held but is superseded: {reason}; pays nothing")), null);
                continue;
            }

            result.Add(Record(rule, person, Outcome.Fired, paid.Exact, paid.Line.Amount,
                () => new(Inputs(), string.Empty, $"{rule.Name}: {paid.Because} → {paid.Arithmetic ?? SentenceWriter.Amount(paid.Exact, paid.Line)}")), paid.Line);
        }

        if (listener is null)
        {
            return;
        }

        foreach (var rule in rules)
        {
            if (awards.Any(a => a.Rule == rule))
            {
                continue;
            }

            var failed = listener.FailedFor(rule.Name);
            if (failed is null)
            {
                result.Add(Record(rule, person, Outcome.NotFired, null, null, () => new(string.Empty, string.Empty,
                    $"{rule.Name} did not fire: no set of facts matched all its patterns ({string.Join(", ", rule.Scan.FactTypes.Select(t => t.Name).Order(StringComparer.Ordinal))}); pays nothing")), null);
                continue;
            }

            string Inputs() => string.Join("; ", failed.SelectMany(f => f.Facts).Where(f => f is not null).Distinct().Select(FactText.Of));
            if (MissingIn(failed) is { } missing)
            {
                result.Add(Record(rule, person, Outcome.SkippedMissingInput, null, null, () => new(Inputs(), string.Empty, $"{rule.Name} not evaluated: {missing}; pays nothing")), null);
            }
            else
            {
                result.Add(Record(rule, person, Outcome.NotFired, null, null, () => new(Inputs(), string.Empty,
                    $"{rule.Name} did not fire: {string.Join(" and ", failed.Select(f => $"{f.Condition} is false for {string.Join("; ", f.Facts.Where(x => x is not null).Select(FactText.Of))}"))}; pays nothing")), null);
            }
        }
    }

    /// <summary>The first missing value among the facts failed conditions saw, as a reason.</summary>
    private static string? MissingIn(List<(string Condition, IReadOnlyCollection<object?> Facts)> failed)
    {
        foreach (var (_, facts) in failed)
        {
            foreach (var fact in facts)
            {
                if (FactText.Missing(fact) is { } reason)
                {
                    return reason;
                }
            }
        }

        return null;
    }

    /// <summary>The facts of one person's session: only the KPIs some rule names are inserted.</summary>
    private static IEnumerable<object> Facts(CSharpRules rules, PersonFacts person, PeriodFacts period, IReadOnlyList<PayoutLine> awarded)
    {
        yield return new Person(person.EmployeeId, person.Name, person.Role, person.Team, person.Currency, person.AnnualBaseSalary, person.VariablePayPct, person.Fte, person.Proration)
        {
            HireDate = person.HireDate,
            TerminationDate = person.TerminationDate,
        };
        yield return new PayPeriod(period.Name, period.Start, period.EndExclusive, period.Months);
        yield return rules.PlanFact;
        foreach (var (name, k) in person.Kpis)
        {
            if (rules.KpiNames.Contains(name))
            {
                yield return new Kpi(name, k.Value, k.Numerator, k.Denominator, k.N, k.MissingReason)
                {
                    TeamRank = k.Team?.Rank, TeamOf = k.Team?.Of, TeamPercentile = k.Team?.Percentile,
                    RoleRank = k.Role?.Rank, RoleOf = k.Role?.Of, RolePercentile = k.Role?.Percentile,
                };
            }
        }

        foreach (var team in person.TeamKpis)
        {
            if (rules.TeamKpiNames.Contains(team.Name))
            {
                yield return team;
            }
        }

        foreach (var (quarter, kpis) in person.History)
        {
            foreach (var (name, k) in kpis)
            {
                if (rules.PastKpiNames.Contains(name))
                {
                    yield return new PastKpi(quarter, name, k.Value);
                }
            }
        }

        if (rules.UsesBooked)
        {
            foreach (var booked in person.Booked)
            {
                yield return booked;
            }

            foreach (var churn in person.Churns)
            {
                yield return churn;
            }
        }

        foreach (var line in awarded)
        {
            yield return new Award(line.Rule, line.Workflow, line.Component, line.RewardType, line.Amount, line.Quantity, "JSON workflow " + line.Workflow);
        }
    }

    /// <summary>A record whose text is rendered when read, from the facts captured now (immutable records: rendering evaluates nothing).</summary>
    private static AuditRecord Record(LoadedRule rule, PersonFacts person, Outcome outcome, decimal? output, decimal? amount, Func<AuditText> text) =>
        new(person.EmployeeId, rule.Identity, outcome, output, amount, new DeferredAuditText(text));

    private static Exception Unwrap(RuleExecutionException ex, string? failing, PersonFacts person, CSharpRules rules)
    {
        if (ex.InnerException is PolicyEvaluationException policy)
        {
            return policy;
        }

        var name = ex is RuleRhsExpressionEvaluationException { RuleName: { } n } ? n : failing;
        var rule = name is not null ? rules.ByName.GetValueOrDefault(name) : null;
        var cause = ex.InnerException is RuleBudgetExceededException
            ? $"the C# rules ran past the person's time budget of {rules.PersonTime.TotalSeconds:0.#} s (an endless loop or sequence?); raise it with --limit person_seconds=N"
            : ex.InnerException?.Message ?? ex.Message;
        return rule is null
            ? new PolicyEvaluationException(person.EmployeeId, name ?? "C#", string.Empty, 0, cause, ex)
            : new PolicyEvaluationException(person.EmployeeId, rule.Name, rule.File, rule.Line, $"{cause} (in {ex.GetType().Name.Replace("Rule", string.Empty, StringComparison.Ordinal).Replace("Exception", string.Empty, StringComparison.Ordinal)})", ex);
    }
}
