using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Payout.Rules.CSharp;

/// <summary>
/// Rewrites a rule file for emission only: a call to <see cref="Sandbox.RuleBudget.Tick"/> at the
/// top of every loop body and every method, local function and constructor, so a rule that never
/// ends is stopped by the person's time budget. Errors are reported on the file as written, before
/// this rewrite; the lines of the emitted code do not matter.
/// </summary>
internal sealed class BudgetInstrumenter : CSharpSyntaxRewriter
{
    private static readonly StatementSyntax Tick = SyntaxFactory.ParseStatement("global::Payout.Rules.Sandbox.RuleBudget.Tick();");

    /// <summary>The tree with every loop and method ticking.</summary>
    public static SyntaxTree Instrument(SyntaxTree tree) =>
        tree.WithRootAndOptions(new BudgetInstrumenter().Visit(tree.GetRoot()), tree.Options);

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
    {
        var visited = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
        return visited.WithStatement(Ticking(visited.Statement));
    }

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
    {
        var visited = (DoStatementSyntax)base.VisitDoStatement(node)!;
        return visited.WithStatement(Ticking(visited.Statement));
    }

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
    {
        var visited = (ForStatementSyntax)base.VisitForStatement(node)!;
        return visited.WithStatement(Ticking(visited.Statement));
    }

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node)
    {
        var visited = (ForEachStatementSyntax)base.VisitForEachStatement(node)!;
        return visited.WithStatement(Ticking(visited.Statement));
    }

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node)
    {
        var visited = (ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!;
        return visited.WithStatement(Ticking(visited.Statement));
    }

    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        var visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
        return Body(visited.Body, visited.ExpressionBody, IsVoid(visited.ReturnType)) is { } body
            ? visited.WithBody(body).WithExpressionBody(null).WithSemicolonToken(default)
            : visited;
    }

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        var visited = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
        return Body(visited.Body, visited.ExpressionBody, IsVoid(visited.ReturnType)) is { } body
            ? visited.WithBody(body).WithExpressionBody(null).WithSemicolonToken(default)
            : visited;
    }

    public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node)
    {
        var visited = (ConstructorDeclarationSyntax)base.VisitConstructorDeclaration(node)!;
        return Body(visited.Body, visited.ExpressionBody, isVoid: true) is { } body
            ? visited.WithBody(body).WithExpressionBody(null).WithSemicolonToken(default)
            : visited;
    }

    private static bool IsVoid(TypeSyntax type) => type is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword };

    private static BlockSyntax? Body(BlockSyntax? block, ArrowExpressionClauseSyntax? arrow, bool isVoid)
    {
        if (block is not null)
        {
            return block.WithStatements(block.Statements.Insert(0, Tick));
        }

        if (arrow is null || arrow.Expression is RefExpressionSyntax)
        {
            return null;
        }

        StatementSyntax statement = isVoid ? SyntaxFactory.ExpressionStatement(arrow.Expression) : SyntaxFactory.ReturnStatement(arrow.Expression);
        return SyntaxFactory.Block(Tick, statement);
    }

    private static StatementSyntax Ticking(StatementSyntax body) =>
        SyntaxFactory.Block(Tick, body is BlockSyntax ? body : SyntaxFactory.Block(body));
}
