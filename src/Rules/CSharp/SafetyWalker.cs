using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Payout.Rules.CSharp;

/// <summary>
/// Refuses, with file:line:column, what a pay rule must not do: reflection, the clock, randomness,
/// the environment, files, processes, threads, native code, unbounded generators, and floating
/// point (money is decimal). Also checks the KPI and plan names that patterns compare with (<c>k.Name == "csat"</c>).
/// </summary>
internal sealed class SafetyWalker(SemanticModel model, IReadOnlyCollection<string> kpiNames, IReadOnlyCollection<string> planNames, Action<SyntaxNode, string> fail)
    : CSharpSyntaxWalker
{
    private static readonly string[] Namespaces =
        ["System.IO", "System.Reflection", "System.Diagnostics", "System.Net", "System.Threading", "System.Runtime", "System.Security", "System.Resources", "Microsoft.Win32"];

    private static readonly string[] Types =
        ["System.Environment", "System.Random", "System.GC", "System.AppDomain", "System.Activator", "System.Type", "System.Console", "System.AppContext"];

    private static readonly string[] Members =
        ["System.DateTime.Now", "System.DateTime.UtcNow", "System.DateTime.Today", "System.DateTimeOffset.Now", "System.DateTimeOffset.UtcNow",
         "System.Guid.NewGuid", "System.Linq.Enumerable.Range", "System.Linq.Enumerable.Repeat", "System.Object.GetType", "System.TimeProvider.System"];

    public override void VisitIdentifierName(IdentifierNameSyntax node)
    {
        Check(node, model.GetSymbolInfo(node).Symbol);
        base.VisitIdentifierName(node);
    }

    public override void VisitTypeOfExpression(TypeOfExpressionSyntax node)
    {
        fail(node, "'typeof' is not allowed in a pay rule (reflection)");
        base.VisitTypeOfExpression(node);
    }

    public override void VisitLiteralExpression(LiteralExpressionSyntax node)
    {
        if (node.IsKind(SyntaxKind.NumericLiteralExpression) && model.GetTypeInfo(node).Type?.SpecialType is SpecialType.System_Double or SpecialType.System_Single)
        {
            fail(node, $"'{node}' is a floating-point literal; money is decimal: write {node.Token.ValueText.TrimEnd('d', 'D', 'f', 'F')}m");
        }

        base.VisitLiteralExpression(node);
    }

    public override void VisitBinaryExpression(BinaryExpressionSyntax node)
    {
        // k.Name == "cast": a KPI or plan parameter spelt wrong would match nothing and pay nothing, silently.
        if (node.IsKind(SyntaxKind.EqualsExpression))
        {
            foreach (var (side, other) in new[] { (node.Left, node.Right), (node.Right, node.Left) })
            {
                if (model.GetSymbolInfo(side).Symbol is IPropertySymbol { Name: "Name", ContainingType.Name: var type })
                {
                    if (type is nameof(Facts.Kpi) or nameof(Facts.TeamKpi) or nameof(Facts.PastKpi))
                    {
                        CheckName(other, kpiNames, "KPI");
                    }
                }
            }
        }

        // 3 / 12 is 0 and 1000 / 3 is 333 in whole numbers: a silent wrong amount.
        if (node.IsKind(SyntaxKind.DivideExpression))
        {
            if (model.GetTypeInfo(node).Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_UInt32 or SpecialType.System_UInt64
                or SpecialType.System_Int16 or SpecialType.System_Byte)
            {
                fail(node, $"'{node}' divides whole numbers, which drops the fraction; money is decimal: write {node.Left}m {node.OperatorToken.Text} {node.Right}m");
            }
        }

        base.VisitBinaryExpression(node);
    }

    public override void VisitElementAccessExpression(ElementAccessExpressionSyntax node)
    {
        // plan["trip_cots"]: a plan parameter spelt wrong would throw for every person; say so at load.
        if (model.GetTypeInfo(node.Expression).Type?.Name == nameof(Facts.PlanParameters) && node.ArgumentList.Arguments.Count == 1)
        {
            CheckName(node.ArgumentList.Arguments[0].Expression, planNames, "plan parameter");
        }

        base.VisitElementAccessExpression(node);
    }

    public override void VisitPredefinedType(PredefinedTypeSyntax node)
    {
        if (node.Keyword.IsKind(SyntaxKind.DoubleKeyword) || node.Keyword.IsKind(SyntaxKind.FloatKeyword))
        {
            fail(node, $"'{node}' is not allowed in a pay rule; money is decimal");
        }

        base.VisitPredefinedType(node);
    }

    public override void VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        foreach (var modifier in node.Modifiers.Where(m => m.IsKind(SyntaxKind.UnsafeKeyword) || m.IsKind(SyntaxKind.ExternKeyword)))
        {
            fail(node, $"'{modifier.Text}' is not allowed in a pay rule");
        }

        base.VisitMethodDeclaration(node);
    }

    private void CheckName(ExpressionSyntax argument, IReadOnlyCollection<string> known, string noun)
    {
        if (argument is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) && !known.Contains(literal.Token.ValueText))
        {
            fail(argument, $"unknown {noun} '{literal.Token.ValueText}'{Common.Spelling.DidYouMean(literal.Token.ValueText, known)}");
        }
    }

    private void Check(SyntaxNode node, ISymbol? symbol)
    {
        if (symbol is null)
        {
            return;
        }

        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        var ns = (symbol as INamespaceSymbol ?? type?.ContainingNamespace ?? symbol.ContainingNamespace)?.ToDisplayString() ?? string.Empty;
        var typeName = type?.ToDisplayString() ?? string.Empty;
        var memberName = type is null ? string.Empty : $"{typeName}.{symbol.Name}";
        if (Namespaces.Any(n => ns == n || ns.StartsWith(n + ".", StringComparison.Ordinal))
            || Types.Contains(typeName)
            || Members.Contains(memberName))
        {
            fail(node, $"'{node}' ({(Members.Contains(memberName) ? memberName : typeName.Length > 0 ? typeName : ns)}) is not allowed in a pay rule: rules may not use reflection, the clock, randomness, the environment, files, processes, threads or unbounded generators");
        }
    }
}
