using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Payout.Rules.Sandbox;

namespace Payout.Rules.CSharp;

/// <summary>
/// Checks a C# rule file against the rule sandbox: every symbol it names must be its own or on the
/// <see cref="AllowList"/> (the list JSON expressions are checked against), and it may not keep
/// static mutable state, declare finalizers, catch exceptions, lock, jump with goto, use
/// <c>stackalloc</c>, run asynchronously or compute in floating point. Every refusal names
/// file:line:column. Also checks the KPI and plan names that patterns compare with (<c>k.Name == "csat"</c>).
/// </summary>
internal sealed class SafetyWalker(SemanticModel model, IReadOnlyCollection<string> kpiNames, IReadOnlyCollection<string> planNames, Action<SyntaxNode, string> fail)
    : CSharpSyntaxWalker
{
    private static readonly SpecialType[] Immutable =
        [SpecialType.System_Boolean, SpecialType.System_Char, SpecialType.System_Int32, SpecialType.System_Int64, SpecialType.System_Decimal, SpecialType.System_String];

    public override void VisitIdentifierName(IdentifierNameSyntax node)
    {
        Check(node, model.GetSymbolInfo(node).Symbol);
        base.VisitIdentifierName(node);
    }

    public override void VisitGenericName(GenericNameSyntax node)
    {
        Check(node, model.GetSymbolInfo(node).Symbol);
        base.VisitGenericName(node);
    }

    public override void VisitImplicitObjectCreationExpression(ImplicitObjectCreationExpressionSyntax node)
    {
        Check(node, model.GetSymbolInfo(node).Symbol);
        base.VisitImplicitObjectCreationExpression(node);
    }

    public override void VisitTypeOfExpression(TypeOfExpressionSyntax node)
    {
        fail(node, "'typeof' is not allowed in a pay rule (reflection)");
        base.VisitTypeOfExpression(node);
    }

    public override void VisitDestructorDeclaration(DestructorDeclarationSyntax node)
    {
        fail(node, "a finalizer is not allowed in a pay rule: it runs on the collector's thread, where a failure ends the process");
        base.VisitDestructorDeclaration(node);
    }

    public override void VisitStackAllocArrayCreationExpression(StackAllocArrayCreationExpressionSyntax node)
    {
        fail(node, "'stackalloc' is not allowed in a pay rule (it can overflow the stack)");
        base.VisitStackAllocArrayCreationExpression(node);
    }

    public override void VisitImplicitStackAllocArrayCreationExpression(ImplicitStackAllocArrayCreationExpressionSyntax node)
    {
        fail(node, "'stackalloc' is not allowed in a pay rule (it can overflow the stack)");
        base.VisitImplicitStackAllocArrayCreationExpression(node);
    }

    public override void VisitGotoStatement(GotoStatementSyntax node)
    {
        fail(node, "'goto' is not allowed in a pay rule: write a loop, which the time budget watches");
        base.VisitGotoStatement(node);
    }

    public override void VisitCatchClause(CatchClauseSyntax node)
    {
        fail(node, "'catch' is not allowed in a pay rule: a failure must reach Payout, which names the rule and the person (and a catch could swallow the time budget)");
        base.VisitCatchClause(node);
    }

    public override void VisitLockStatement(LockStatementSyntax node)
    {
        fail(node, "'lock' is not allowed in a pay rule: rules share no state between people");
        base.VisitLockStatement(node);
    }

    public override void VisitAwaitExpression(AwaitExpressionSyntax node)
    {
        fail(node, "'await' is not allowed in a pay rule: rules run synchronously");
        base.VisitAwaitExpression(node);
    }

    public override void VisitFieldDeclaration(FieldDeclarationSyntax node)
    {
        var isConst = node.Modifiers.Any(SyntaxKind.ConstKeyword);
        var isStatic = node.Modifiers.Any(SyntaxKind.StaticKeyword);
        var isReadOnly = node.Modifiers.Any(SyntaxKind.ReadOnlyKeyword);
        var type = model.GetTypeInfo(node.Declaration.Type).Type;
        var immutable = type is not null && (Immutable.Contains(type.SpecialType) || type.TypeKind == TypeKind.Enum);
        if (isStatic && !isConst && !(isReadOnly && immutable))
        {
            fail(node, "a static field is shared by every person and thread of the run, so the result would depend on their order: use const, or static readonly of a number, text or enum");
        }
        else if (!isStatic && !isConst && !isReadOnly && model.GetDeclaredSymbol(node.Parent!) is INamedTypeSymbol owner && IsRule(owner))
        {
            fail(node, "a field of a rule class is shared by every person's session: keep values in the facts, or make the field readonly");
        }

        base.VisitFieldDeclaration(node);
    }

    public override void VisitPropertyDeclaration(PropertyDeclarationSyntax node)
    {
        var settable = node.AccessorList?.Accessors.Any(a => a.Body is null && a.ExpressionBody is null && !a.IsKind(SyntaxKind.GetAccessorDeclaration)) == true;
        if (node.Modifiers.Any(SyntaxKind.StaticKeyword) && settable)
        {
            fail(node, "a static settable property is state shared by every person and thread of the run: make it get-only");
        }

        base.VisitPropertyDeclaration(node);
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

        Check(node, model.GetSymbolInfo(node).Symbol);

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
        CheckModifiers(node, node.Modifiers);
        base.VisitMethodDeclaration(node);
    }

    public override void VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        CheckModifiers(node, node.Modifiers);
        base.VisitLocalFunctionStatement(node);
    }

    public override void VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node)
    {
        CheckModifiers(node, node.Modifiers);
        base.VisitParenthesizedLambdaExpression(node);
    }

    public override void VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node)
    {
        CheckModifiers(node, node.Modifiers);
        base.VisitSimpleLambdaExpression(node);
    }

    private void CheckModifiers(SyntaxNode node, SyntaxTokenList modifiers)
    {
        foreach (var modifier in modifiers.Where(m => m.IsKind(SyntaxKind.UnsafeKeyword) || m.IsKind(SyntaxKind.ExternKeyword) || m.IsKind(SyntaxKind.AsyncKeyword)))
        {
            fail(node, $"'{modifier.Text}' is not allowed in a pay rule");
        }
    }

    private static bool IsRule(INamedTypeSymbol type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.ToDisplayString() == "NRules.Fluent.Dsl.Rule")
            {
                return true;
            }
        }

        return false;
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
        if (Refusal(symbol) is { } refusal)
        {
            fail(node, $"'{refusal.What}' is not allowed in a pay rule ({refusal.Why}); {AllowList.Why}");
        }
    }

    /// <summary>Null when a rule may name <paramref name="symbol"/>, else what and why not.</summary>
    private static (string What, string Why)? Refusal(ISymbol? symbol)
    {
        switch (symbol)
        {
            case null or ILocalSymbol or IParameterSymbol or IRangeVariableSymbol or ILabelSymbol or IDiscardSymbol or ITypeParameterSymbol or INamespaceSymbol:
                return null;
            case IDynamicTypeSymbol:
                return ("dynamic", "it is checked only when it runs");
            case IAliasSymbol alias:
                return Refusal(alias.Target);
            case INamedTypeSymbol { IsAnonymousType: true }:
                return null;
            case INamedTypeSymbol type:
                var name = RoslynNames.Of(type);
                return type.Locations.Any(l => l.IsInSource) || AllowList.AllowsType(name) ? null : (name, "the type is not on the allow-list");
        }

        var own = (symbol is IMethodSymbol { ReducedFrom: { } from } ? from : symbol).Locations.Any(l => l.IsInSource);
        if (RoslynNames.Member(symbol) is not { } member)
        {
            return null;
        }

        if (own)
        {
            // The rule file's own members: what they use is checked where they use it.
            return AllowList.NeverMembers.Contains(member.Name) ? (AllowList.Display(member), "it differs between processes or reaches reflection") : null;
        }

        return AllowList.Refusal(member) is { } why ? (AllowList.Display(member), why) : null;
    }
}
