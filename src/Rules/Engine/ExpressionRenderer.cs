using System.Linq.Expressions;
using System.Reflection;
using Payout.Rules.Compile;

namespace Payout.Rules.Engine;

/// <summary>
/// Writes a parsed expression back as text with the values it read, for explanations:
/// <c>kpi.csat 92 (46 of 50) ≥ 90</c>, or with values only: <c>48000 × 3 ÷ 12 × 0.08</c>.
/// </summary>
/// <param name="parameters">The tree's parameters: the roots, then the scoped values.</param>
/// <param name="fact">The value of <c>root.member</c>.</param>
/// <param name="scoped">The scoped values, in parameter order after the roots.</param>
/// <param name="lineage">What a value was computed from, e.g. <c>46 of 50</c>, or null.</param>
/// <param name="valuesOnly">Write values without names.</param>
internal sealed class ExpressionRenderer(IReadOnlyList<ParameterExpression> parameters, Func<string, string, object?> fact, object?[] scoped, Func<string, string, string?> lineage, bool valuesOnly)
{
    public string Render(Expression node) => node switch
    {
        UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert => Render(convert.Operand),
        UnaryExpression { NodeType: ExpressionType.Not } not => $"not ({Render(not.Operand)})",
        UnaryExpression { NodeType: ExpressionType.Negate } negate => $"−{Render(negate.Operand)}",
        MemberExpression { Expression: ParameterExpression root } member => Member(root, member.Member),
        ParameterExpression local => valuesOnly ? Value(local) : $"{local.Name} {Value(local)}",
        ConstantExpression constant => Describe.Value(constant.Value),
        BinaryExpression binary when Operator(binary.NodeType) is { } op => Binary(binary, op),
        MethodCallExpression call => $"{call.Method.Name.ToLowerInvariant()}({string.Join(", ", call.Arguments.Select(Render))})",
        _ => node.ToString(),
    };

    private string Binary(BinaryExpression binary, string op)
    {
        var text = $"{Render(binary.Left)} {op} {Render(binary.Right)}";
        return binary.NodeType == ExpressionType.OrElse ? $"({text})" : text;
    }

    private string Member(ParameterExpression root, MemberInfo member)
    {
        var value = IndexOf(root) is >= 0 and var i && i < ExpressionText.Roots.Length ? fact(root.Name!, member.Name) : null;
        if (valuesOnly)
        {
            return Describe.Value(value);
        }

        var name = $"{root.Name}.{member.Name}";
        var extra = lineage(root.Name!, member.Name);
        return extra is null ? $"{name} {Describe.Value(value)}" : $"{name} {Describe.Value(value)} ({extra})";
    }

    private string Value(ParameterExpression parameter) =>
        IndexOf(parameter) - ExpressionText.Roots.Length is var i and >= 0 && i < scoped.Length ? Describe.Value(scoped[i]) : parameter.Name!;

    private int IndexOf(ParameterExpression p) => parameters.IndexOfSame(p);

    private static string? Operator(ExpressionType type) => type switch
    {
        ExpressionType.Add => "+",
        ExpressionType.Subtract => "−",
        ExpressionType.Multiply => "×",
        ExpressionType.Divide => "÷",
        ExpressionType.GreaterThan => ">",
        ExpressionType.GreaterThanOrEqual => "≥",
        ExpressionType.LessThan => "<",
        ExpressionType.LessThanOrEqual => "≤",
        ExpressionType.Equal => "=",
        ExpressionType.NotEqual => "≠",
        ExpressionType.AndAlso => "and",
        ExpressionType.OrElse => "or",
        _ => null,
    };
}
