using System.Linq.Expressions;
using NRules.RuleModel;

namespace Payout.Rules.CSharp;

/// <summary>
/// What an NRules rule's conditions refer to: the fact types of its patterns and the text literals
/// they compare with. The literals say which KPIs a session needs (only those are inserted) and are
/// checked against the KPI and plan names at load.
/// </summary>
/// <param name="FactTypes">Types of the facts its patterns match.</param>
/// <param name="Literals">Text constants in the conditions of its patterns, by the pattern's fact type.</param>
internal sealed record RuleScan(IReadOnlySet<Type> FactTypes, IReadOnlyDictionary<Type, HashSet<string>> Literals)
{
    /// <summary>A rule that refers to nothing.</summary>
    public static RuleScan Empty { get; } = new(new HashSet<Type>(), new Dictionary<Type, HashSet<string>>());

    /// <summary>
    /// Fact types the rule cannot fire without: the types of the plain patterns its conditions are
    /// a conjunction of (<c>Match</c>), not those under <c>Not</c>, <c>Exists</c>, <c>Or</c> or a query.
    /// </summary>
    public IReadOnlySet<Type> Requires { get; init; } = new HashSet<Type>();

    /// <summary>Scans a rule definition.</summary>
    public static RuleScan Of(IRuleDefinition rule)
    {
        var visitor = new Visitor();
        visitor.Visit(new Context(), rule);
        var requires = rule.LeftHandSide is AndElement and
            ? and.ChildElements.OfType<PatternElement>().Where(p => p.Source is null).Select(p => p.ValueType).ToHashSet()
            : [];
        return new RuleScan(visitor.Literals.Keys.ToHashSet(), visitor.Literals) { Requires = requires };
    }

    /// <summary>The text constants the patterns of <typeparamref name="T"/> compare with, e.g. the KPI names of its <c>Kpi</c> patterns.</summary>
    public IReadOnlySet<string> LiteralsOf<T>() => Literals.TryGetValue(typeof(T), out var set) ? set : EmptySet;

    private static readonly HashSet<string> EmptySet = [];

    private sealed class Visitor : RuleElementVisitor<Context>
    {
        public Dictionary<Type, HashSet<string>> Literals { get; } = [];

        protected override PatternElement VisitPattern(Context context, PatternElement element)
        {
            if (!Literals.TryGetValue(element.ValueType, out var literals))
            {
                Literals[element.ValueType] = literals = new HashSet<string>(StringComparer.Ordinal);
            }

            foreach (var expression in element.Expressions)
            {
                new Constants(literals).Visit(expression.Expression);
            }

            return base.VisitPattern(context, element);
        }
    }

    private sealed class Constants(HashSet<string> into) : ExpressionVisitor
    {
        protected override Expression VisitConstant(ConstantExpression node)
        {
            if (node.Value is string text)
            {
                into.Add(text);
            }

            return base.VisitConstant(node);
        }
    }
}
