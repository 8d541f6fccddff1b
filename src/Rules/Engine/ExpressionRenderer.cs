using System.Linq.Expressions;
using System.Reflection;
using Payout.Rules.Compile;

namespace Payout.Rules.Engine;

/// <summary>
/// Writes a parsed expression back as text with the values it read, for explanations:
/// <c>kpi.csat 92 (46 of 50) ≥ 90</c>, or with values only: <c>48000 × 3 ÷ 12 × 0.08</c>.
/// Parentheses are written wherever the expression's own grouping differs from what the usual
/// precedence of the written operators would give, so the sentence redone by hand gives the amount.
/// </summary>
/// <param name="parameters">The tree's parameters: the roots, then the scoped values.</param>
/// <param name="fact">The value of <c>root.member</c>.</param>
/// <param name="scoped">The scoped values, in parameter order after the roots.</param>
/// <param name="lineage">What a value was computed from, e.g. <c>46 of 50</c>, or null.</param>
/// <param name="valuesOnly">Write values without names.</param>
internal sealed class ExpressionRenderer(IReadOnlyList<ParameterExpression> parameters, Func<string, string, object?> fact, object?[] scoped, Func<string, string, string?> lineage, bool valuesOnly)
{
    private const int Atom = 100;

    public string Render(Expression node) => Unwrap(node) switch
    {
        UnaryExpression { NodeType: ExpressionType.Not } not => $"not {Operand(not.Operand, Atom)}",
        UnaryExpression { NodeType: ExpressionType.Negate or ExpressionType.NegateChecked } negate => $"−{Operand(negate.Operand, Atom)}",
        MemberExpression { Expression: ParameterExpression root } member => Member(root, member.Member),
        ParameterExpression local => valuesOnly ? Value(local) : $"{local.Name} {Value(local)}",
        ConstantExpression constant => Describe.Value(constant.Value),
        BinaryExpression binary when Operator(binary.NodeType) is { } op => Binary(binary, op),
        ConditionalExpression conditional => $"(if {Render(conditional.Test)} then {Render(conditional.IfTrue)} else {Render(conditional.IfFalse)})",
        MethodCallExpression call => $"{call.Method.Name.ToLowerInvariant()}({string.Join(", ", call.Arguments.Select(Render))})",
        var other => other.ToString(),
    };

    private string Binary(BinaryExpression binary, string op)
    {
        var precedence = Precedence(binary);
        // The right operand of − and ÷ (and of any operator when it binds as loosely) needs its brackets to keep its meaning.
        return $"{Operand(binary.Left, precedence)} {op} {Operand(binary.Right, precedence + 1)}";
    }

    /// <summary>The operand, in parentheses when it binds more loosely than <paramref name="least"/>.</summary>
    private string Operand(Expression operand, int least)
    {
        var text = Render(operand);
        return Precedence(Unwrap(operand)) < least ? $"({text})" : text;
    }

    private static Expression Unwrap(Expression node) =>
        node is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert ? Unwrap(convert.Operand) : node;

    private static int Precedence(Expression node) => node.NodeType switch
    {
        ExpressionType.OrElse => 1,
        ExpressionType.AndAlso => 2,
        ExpressionType.Equal or ExpressionType.NotEqual => 3,
        ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual or ExpressionType.LessThan or ExpressionType.LessThanOrEqual => 4,
        ExpressionType.Add or ExpressionType.AddChecked or ExpressionType.Subtract or ExpressionType.SubtractChecked => 5,
        ExpressionType.Multiply or ExpressionType.MultiplyChecked or ExpressionType.Divide or ExpressionType.Modulo => 6,
        ExpressionType.Not or ExpressionType.Negate or ExpressionType.NegateChecked => 7,
        _ when node is ConstantExpression { Value: decimal d } && d < 0 => 7, // written with its sign, like a negation
        _ => Atom,
    };

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
        ExpressionType.Add or ExpressionType.AddChecked => "+",
        ExpressionType.Subtract or ExpressionType.SubtractChecked => "−",
        ExpressionType.Multiply or ExpressionType.MultiplyChecked => "×",
        ExpressionType.Divide => "÷",
        ExpressionType.Modulo => "mod",
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
