using System.Linq.Expressions;

namespace Payout.Rules.Compile;

/// <summary>
/// Rewrites a parsed expression to read a <see cref="FactRow"/> and the scoped values array
/// instead of the parse-time fact objects: <c>kpi.csat</c> becomes <c>row.Numbers[3]</c>,
/// <c>plan.iqs_gate</c> the constant 80, and LocalParam <c>rate</c> <c>(decimal)scoped[0]</c>.
/// </summary>
internal sealed class SlotRewriter(FactShape shape, IReadOnlyList<ParameterExpression> parameters, ParameterExpression row, ParameterExpression scoped) : ExpressionVisitor
{
    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Expression is ParameterExpression root && IndexOf(root) is var i and >= 0 && i < ExpressionText.Roots.Length)
        {
            return shape.Read(row, ExpressionText.Roots[i], node.Member.Name, node.Type);
        }

        return base.VisitMember(node);
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        var i = IndexOf(node);
        if (i < ExpressionText.Roots.Length)
        {
            // Only root.member is meaningful; the parser does not produce a bare root for rules that load.
            throw new InvalidOperationException($"'{node.Name}' is used without a field");
        }

        return Expression.Convert(Expression.ArrayIndex(scoped, Expression.Constant(i - ExpressionText.Roots.Length)), node.Type);
    }

    private int IndexOf(ParameterExpression p) => parameters.IndexOfSame(p);
}
