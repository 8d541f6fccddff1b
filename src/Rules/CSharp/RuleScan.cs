using System.Linq.Expressions;
using NRules.RuleModel;

namespace Payout.Rules.CSharp;

/// <summary>
/// What an NRules rule's conditions refer to: the fact types of its patterns and the text literals
/// they compare with. The literals say which KPIs a session needs (only those are inserted) and are
/// checked against the KPI and plan names at load.
/// </summary>
/// <param name="FactTypes">Types of the facts its patterns match.</param>
/// <param name="Literals">Text constants in its conditions.</param>
internal sealed record RuleScan(IReadOnlySet<Type> FactTypes, IReadOnlySet<string> Literals)
{
    /// <summary>A rule that refers to nothing.</summary>
    public static RuleScan Empty { get; } = new(new HashSet<Type>(), new HashSet<string>());

    /// <summary>Scans a rule definition.</summary>
    public static RuleScan Of(IRuleDefinition rule)
    {
        var visitor = new Visitor();
        visitor.Visit(new Context(), rule);
        return new RuleScan(visitor.Types, visitor.Literals);
    }

    private sealed class Visitor : RuleElementVisitor<Context>
    {
        public HashSet<Type> Types { get; } = [];

        public HashSet<string> Literals { get; } = new(StringComparer.Ordinal);

        protected override PatternElement VisitPattern(Context context, PatternElement element)
        {
            Types.Add(element.ValueType);
            return base.VisitPattern(context, element);
        }

        protected override NamedExpressionElement VisitNamedExpression(Context context, NamedExpressionElement element)
        {
            new Constants(Literals).Visit(element.Expression);
            return base.VisitNamedExpression(context, element);
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
