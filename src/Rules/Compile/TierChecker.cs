using System.Linq.Expressions;

namespace Payout.Rules.Compile;

/// <summary>
/// Checks the tiers of each exclusive group over the KPI they compare: a tier that a
/// higher-priority tier always beats can never pay; banded tiers must not overlap; and no value
/// between the lowest and highest tier may fall through a gap (boundaries included).
/// Only tiers whose other conditions (gates) are the same are compared, and only when every
/// tier compares the same KPI with a number or plan parameter.
/// </summary>
internal static class TierChecker
{
    public static IEnumerable<PolicyError> Check(IReadOnlyList<CompiledRule> rules, IReadOnlyDictionary<string, decimal> plan)
    {
        // Check the ladder as it stands on every day a rule version starts or ends.
        var days = rules.SelectMany(r => new[] { r.Metadata.EffectiveFrom ?? DateOnly.MinValue, r.Metadata.EffectiveTo is { } to && to < DateOnly.MaxValue ? to.AddDays(1) : DateOnly.MinValue })
            .Distinct()
            .Order();
        var groups = days
            .SelectMany(day => rules.Where(r => r.Metadata.ExclusiveGroup is not null && r.Metadata.InForce(day)).GroupBy(r => r.Metadata.ExclusiveGroup))
            .DistinctBy(g => string.Join('|', g.Select(r => $"{r.Name}:{r.Line}")));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var tiers = group.Select(r => Describe(r, plan)).ToList();
            var kpi = tiers.Select(t => t.Kpi).Distinct().ToList();
            if (tiers.Count < 2 || kpi.Count != 1 || kpi[0] is null)
            {
                continue; // not a threshold ladder on one KPI: nothing to check
            }

            foreach (var gated in tiers.GroupBy(t => t.Gates))
            {
                foreach (var error in CheckLadder(gated.OrderByDescending(t => t.Rule.Metadata.Priority).ToList(), kpi[0]!, group.Key!))
                {
                    if (seen.Add(error.ToString()))
                    {
                        yield return error;
                    }
                }
            }
        }
    }

    private static IEnumerable<PolicyError> CheckLadder(List<Tier> tiers, string kpi, string group)
    {
        for (var i = 1; i < tiers.Count; i++)
        {
            var tier = tiers[i];
            var higher = tiers.Take(i).ToList();
            if (Uncovered(tier.Range, higher.Select(h => h.Range)).Count == 0)
            {
                var winner = higher.First(h => !h.Range.Intersect(tier.Range).IsEmpty);
                yield return Error(tier, $"can never pay in exclusive group '{group}': for every kpi.{kpi} it accepts ({tier.Range}), {winner.Rule.Name} (priority {winner.Rule.Metadata.Priority}) holds too and wins");
                continue;
            }

            foreach (var h in higher.Where(h => tier.Range.Hi is not null))
            {
                // A banded tier (with an upper bound) that overlaps a higher one is a slip; an "at least" tier overlapping is the ladder working.
                var overlap = tier.Range.Intersect(h.Range);
                if (!overlap.IsEmpty)
                {
                    yield return Error(tier, $"overlaps {h.Rule.Name} in exclusive group '{group}' where kpi.{kpi} is {overlap}; {h.Rule.Name} wins there by priority");
                }
            }
        }

        var all = tiers.Select(t => t.Range).ToList();
        var span = new Interval(all.Min(r => r.Lo), true, all.Any(r => r.Hi is null) ? null : all.Max(r => r.Hi), true);
        if (span.Lo is not null)
        {
            span = span with { LoIncluded = all.Any(r => r.Lo == span.Lo && r.LoIncluded) };
        }

        if (span.Hi is not null)
        {
            span = span with { HiIncluded = all.Any(r => r.Hi == span.Hi && r.HiIncluded) };
        }

        foreach (var gap in Uncovered(span, all))
        {
            yield return Error(tiers[^1], $"exclusive group '{group}' leaves a gap: no tier pays when kpi.{kpi} is {gap}");
        }
    }

    /// <summary>The parts of <paramref name="range"/> not covered by any of <paramref name="cover"/>.</summary>
    private static List<Interval> Uncovered(Interval range, IEnumerable<Interval> cover)
    {
        var pieces = new List<Interval> { range };
        foreach (var c in cover)
        {
            pieces = pieces.SelectMany(p => Subtract(p, c)).Where(p => !p.IsEmpty).ToList();
        }

        return pieces;
    }

    private static IEnumerable<Interval> Subtract(Interval p, Interval c)
    {
        if (p.Intersect(c).IsEmpty)
        {
            yield return p;
            yield break;
        }

        if (c.Lo is { } lo)
        {
            yield return p.Intersect(new Interval(null, false, lo, !c.LoIncluded));
        }

        if (c.Hi is { } hi)
        {
            yield return p.Intersect(new Interval(hi, !c.HiIncluded, null, false));
        }
    }

    private static PolicyError Error(Tier tier, string message) => new(tier.Rule.File, tier.Rule.Line, tier.Rule.Name, message);

    private static Tier Describe(CompiledRule rule, IReadOnlyDictionary<string, decimal> plan)
    {
        string? kpi = null;
        var range = Interval.All;
        var gates = new List<string>();
        foreach (var (node, _) in rule.Condition.Conjuncts)
        {
            if (Threshold(node, plan) is { } t && (kpi is null || kpi == t.Kpi))
            {
                kpi = t.Kpi;
                range = range.With(t.Op, t.Bound);
            }
            else
            {
                gates.Add(node.ToString());
            }
        }

        return new Tier(rule, kpi, range, string.Join(" && ", gates.Order(StringComparer.Ordinal)));
    }

    /// <summary>Reads <c>kpi.x OP number</c> (either way round; the number may be a plan parameter).</summary>
    private static (string Kpi, string Op, decimal Bound)? Threshold(Expression node, IReadOnlyDictionary<string, decimal> plan)
    {
        if (node is not BinaryExpression binary || Op(binary.NodeType) is not { } op)
        {
            return null;
        }

        if (KpiName(binary.Left) is { } left && Number(binary.Right, plan) is { } right)
        {
            return (left, op, right);
        }

        return KpiName(binary.Right) is { } r && Number(binary.Left, plan) is { } l ? (r, Flip(op), l) : null;
    }

    private static string? KpiName(Expression e) => Strip(e) is MemberExpression { Expression: ParameterExpression { Name: "kpi" } } m ? m.Member.Name : null;

    private static decimal? Number(Expression e, IReadOnlyDictionary<string, decimal> plan) => Strip(e) switch
    {
        ConstantExpression { Value: decimal d } => d,
        ConstantExpression { Value: int i } => i,
        MemberExpression { Expression: ParameterExpression { Name: "plan" } } m => plan.GetValueOrDefault(m.Member.Name),
        _ => null,
    };

    private static Expression Strip(Expression e) => e is UnaryExpression { NodeType: ExpressionType.Convert } u ? Strip(u.Operand) : e;

    private static string? Op(ExpressionType type) => type switch
    {
        ExpressionType.GreaterThanOrEqual => ">=",
        ExpressionType.GreaterThan => ">",
        ExpressionType.LessThanOrEqual => "<=",
        ExpressionType.LessThan => "<",
        ExpressionType.Equal => "==",
        _ => null,
    };

    private static string Flip(string op) => op switch { ">=" => "<=", ">" => "<", "<=" => ">=", "<" => ">", _ => op };

    private sealed record Tier(CompiledRule Rule, string? Kpi, Interval Range, string Gates);
}
