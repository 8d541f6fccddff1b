using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Text;

namespace Payout.Rules.Engine;

/// <summary>
/// An expression written as text once, with holes for the values it reads; each explanation fills
/// the holes. Walking the tree for every sentence was most of the time taken to write the
/// Explanations sheet at 100,000 people (see the README's Performance).
/// </summary>
internal sealed class ExpressionTemplate
{
    private static readonly ConditionalWeakTable<Expression, ExpressionTemplate> Named = new();
    private static readonly ConditionalWeakTable<Expression, ExpressionTemplate> ValuesOnly = new();

    [ThreadStatic]
    private static StringBuilder? _text;

    private readonly TemplatePart[] _parts;

    private ExpressionTemplate(TemplatePart[] parts) => _parts = parts;

    /// <summary>The template of <paramref name="node"/>, made on first use; see <see cref="ExpressionRenderer"/>.</summary>
    /// <param name="parameters">The tree's parameters: the roots, then the scoped values.</param>
    /// <param name="node">The expression.</param>
    /// <param name="valuesOnly">Values without names (an award's arithmetic) rather than names, values and lineage (a condition).</param>
    public static ExpressionTemplate For(IReadOnlyList<ParameterExpression> parameters, Expression node, bool valuesOnly)
    {
        var table = valuesOnly ? ValuesOnly : Named;
        return table.TryGetValue(node, out var template)
            ? template
            : table.GetValue(node, n => new ExpressionTemplate(new ExpressionRenderer(parameters, valuesOnly).Parts(n)));
    }

    /// <summary>The text with the holes filled.</summary>
    /// <param name="fact">The value of <c>root.member</c>.</param>
    /// <param name="scoped">The scoped values, in parameter order after the roots.</param>
    /// <param name="lineage">What a value was computed from, e.g. <c>46 of 50</c>, or null.</param>
    public string Render(Func<string, string, object?> fact, object?[] scoped, Func<string, string, string?> lineage)
    {
        var text = _text ??= new StringBuilder(256);
        text.Clear();
        foreach (var part in _parts)
        {
            switch (part.Kind)
            {
                case TemplatePartKind.Text:
                    text.Append(part.Text);
                    break;
                case TemplatePartKind.Member:
                    text.Append(Describe.Value(part.IsFact ? fact(part.Root, part.Member) : null));
                    if (part.Named && lineage(part.Root, part.Member) is { } extra)
                    {
                        text.Append(" (").Append(extra).Append(')');
                    }

                    break;
                default:
                    text.Append(part.Index >= 0 && part.Index < scoped.Length ? Describe.Value(scoped[part.Index]) : part.Text);
                    break;
            }
        }

        return text.ToString();
    }
}
