using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Payout.Rules.CSharp;

/// <summary>
/// The comparisons of a person's text fact with a literal in C# rule code (<c>p.Team == "Phoenix"</c>),
/// the C# side of the check that a rule compares with a value some person has.
/// </summary>
internal static class TextLiteralComparisons
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        [nameof(Facts.Person.Role)] = "role",
        [nameof(Facts.Person.Team)] = "team",
    };

    /// <summary>Each <c>==</c> or <c>!=</c> between a Person text property and a string literal under <paramref name="root"/>.</summary>
    public static IEnumerable<(SyntaxNode Node, string Field, string Value)> Find(SyntaxNode root, SemanticModel model)
    {
        foreach (var binary in root.DescendantNodesAndSelf().OfType<BinaryExpressionSyntax>()
            .Where(b => b.IsKind(SyntaxKind.EqualsExpression) || b.IsKind(SyntaxKind.NotEqualsExpression)))
        {
            foreach (var (side, other) in new[] { (binary.Left, binary.Right), (binary.Right, binary.Left) })
            {
                if (other is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
                    && model.GetSymbolInfo(side).Symbol is IPropertySymbol { ContainingType.Name: nameof(Facts.Person) } property
                    && Fields.TryGetValue(property.Name, out var field))
                {
                    yield return (binary, field, literal.Token.ValueText);
                }
            }
        }
    }
}
