using System.Linq.Expressions;
using System.Reflection;
using Payout.Rules.Compile;

namespace Payout.Rules.Engine;

/// <summary>
/// Writes a parsed expression back as text with holes for the values it reads (an
/// <see cref="ExpressionTemplate"/>), for explanations: <c>kpi.csat 92 (46 of 50) ≥ 90</c>, or with
/// values only: <c>48000 × 3 ÷ 12 × 0.08</c>. Parentheses are written wherever the expression's own
/// grouping differs from what the usual precedence of the written operators would give, so the
/// sentence redone by hand gives the amount. They depend on the tree alone, never on the values.
/// </summary>
/// <param name="parameters">The tree's parameters: the roots, then the scoped values.</param>
/// <param name="valuesOnly">Write values without names.</param>
internal sealed class ExpressionRenderer(IReadOnlyList<ParameterExpression> parameters, bool valuesOnly)
{
    private const int Atom = 100;
    private readonly List<TemplatePart> _parts = [];

    /// <summary>The parts of <paramref name="node"/>'s text, neighbouring fixed text joined.</summary>
    public TemplatePart[] Parts(Expression node)
    {
        _parts.Clear();
        Render(node);
        return [.. _parts];
    }

    private void Render(Expression node)
    {
        switch (Unwrap(node))
        {
            case UnaryExpression { NodeType: ExpressionType.Not } not:
                Text("not ");
                Operand(not.Operand, Atom);
                break;
            case UnaryExpression { NodeType: ExpressionType.Negate or ExpressionType.NegateChecked } negate:
                Text("−");
                Operand(negate.Operand, Atom);
                break;
            case MemberExpression { Expression: ParameterExpression root } member:
                Member(root, member.Member);
                break;
            case ParameterExpression local:
                if (!valuesOnly)
                {
                    Text($"{local.Name} ");
                }

                _parts.Add(new TemplatePart(TemplatePartKind.Scoped, local.Name!, Index: IndexOf(local) - ExpressionText.Roots.Length));
                break;
            case ConstantExpression constant:
                Text(Describe.Value(constant.Value));
                break;
            case BinaryExpression binary when Operator(binary.NodeType) is { } op:
                var precedence = Precedence(binary);
                // The right operand of − and ÷ (and of any operator when it binds as loosely) needs its brackets to keep its meaning.
                Operand(binary.Left, precedence);
                Text($" {op} ");
                Operand(binary.Right, precedence + 1);
                break;
            case ConditionalExpression conditional:
                Text("(if ");
                Render(conditional.Test);
                Text(" then ");
                Render(conditional.IfTrue);
                Text(" else ");
                Render(conditional.IfFalse);
                Text(")");
                break;
            case MethodCallExpression call:
                Text($"{call.Method.Name.ToLowerInvariant()}(");
                for (var i = 0; i < call.Arguments.Count; i++)
                {
                    Text(i > 0 ? ", " : string.Empty);
                    Render(call.Arguments[i]);
                }

                Text(")");
                break;
            case var other:
                Text(other.ToString());
                break;
        }
    }

    /// <summary>The operand, in parentheses when it binds more loosely than <paramref name="least"/>.</summary>
    private void Operand(Expression operand, int least)
    {
        var bracketed = Precedence(Unwrap(operand)) < least;
        Text(bracketed ? "(" : string.Empty);
        Render(operand);
        Text(bracketed ? ")" : string.Empty);
    }

    private void Member(ParameterExpression root, MemberInfo member)
    {
        if (!valuesOnly)
        {
            Text($"{root.Name}.{member.Name} ");
        }

        var isFact = IndexOf(root) is >= 0 and var i && i < ExpressionText.Roots.Length;
        _parts.Add(new TemplatePart(TemplatePartKind.Member, string.Empty, root.Name!, member.Name, isFact, Named: !valuesOnly));
    }

    /// <summary>Adds fixed text, joined to the fixed text before it.</summary>
    private void Text(string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (_parts.Count > 0 && _parts[^1].Kind == TemplatePartKind.Text)
        {
            _parts[^1] = _parts[^1] with { Text = _parts[^1].Text + text };
            return;
        }

        _parts.Add(new TemplatePart(TemplatePartKind.Text, text));
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
