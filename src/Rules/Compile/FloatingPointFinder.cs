using System.Linq.Expressions;

namespace Payout.Rules.Compile;

/// <summary>Finds the first node of a parsed expression that computes in double or float.</summary>
internal sealed class FloatingPointFinder : ExpressionVisitor
{
    private (string Name, string Node)? _found;

    public static (string Name, string Node)? Find(Expression expression)
    {
        var finder = new FloatingPointFinder();
        finder.Visit(expression);
        return finder._found;
    }

    public override Expression? Visit(Expression? node)
    {
        if (_found is null && node is not null)
        {
            var type = Nullable.GetUnderlyingType(node.Type) ?? node.Type;
            if (type == typeof(double) || type == typeof(float))
            {
                _found = (type.Name, node.ToString());
                return node;
            }
        }

        return _found is null ? base.Visit(node) : node;
    }
}
