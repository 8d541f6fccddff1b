using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Payout.Rules.CSharp;

/// <summary>
/// Finds methods, local functions and properties of a rule file that call themselves, directly or
/// through others. Recursion is refused: a runaway recursion overflows the stack, which .NET cannot
/// catch, and the process would end with no message.
/// </summary>
internal sealed class RecursionFinder : CSharpSyntaxWalker
{
    private readonly Func<SyntaxTree, SemanticModel> _models;
    private readonly Dictionary<ISymbol, HashSet<ISymbol>> _calls = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, SyntaxNode> _declared = new(SymbolEqualityComparer.Default);
    private readonly Stack<ISymbol> _current = new();
    private SemanticModel? _model;

    private RecursionFinder(Func<SyntaxTree, SemanticModel> models) => _models = models;

    /// <summary>Each member in a cycle of calls, once per cycle, with the members of the cycle.</summary>
    public static IEnumerable<(SyntaxNode At, string Cycle)> Find(IEnumerable<SyntaxTree> trees, Func<SyntaxTree, SemanticModel> models)
    {
        var finder = new RecursionFinder(models);
        foreach (var tree in trees)
        {
            finder._model = models(tree);
            finder.Visit(tree.GetRoot());
        }

        return finder.Cycles();
    }

    public override void VisitMethodDeclaration(MethodDeclarationSyntax node) => Within(node, base.VisitMethodDeclaration);

    public override void VisitLocalFunctionStatement(LocalFunctionStatementSyntax node) => Within(node, base.VisitLocalFunctionStatement);

    public override void VisitConstructorDeclaration(ConstructorDeclarationSyntax node) => Within(node, base.VisitConstructorDeclaration);

    public override void VisitPropertyDeclaration(PropertyDeclarationSyntax node) => Within(node, base.VisitPropertyDeclaration);

    public override void VisitIndexerDeclaration(IndexerDeclarationSyntax node) => Within(node, base.VisitIndexerDeclaration);

    public override void VisitOperatorDeclaration(OperatorDeclarationSyntax node) => Within(node, base.VisitOperatorDeclaration);

    public override void VisitIdentifierName(IdentifierNameSyntax node)
    {
        Calls(_model!.GetSymbolInfo(node).Symbol);
        base.VisitIdentifierName(node);
    }

    public override void VisitGenericName(GenericNameSyntax node)
    {
        Calls(_model!.GetSymbolInfo(node).Symbol);
        base.VisitGenericName(node);
    }

    public override void VisitElementAccessExpression(ElementAccessExpressionSyntax node)
    {
        Calls(_model!.GetSymbolInfo(node).Symbol);
        base.VisitElementAccessExpression(node);
    }

    public override void VisitObjectCreationExpression(ObjectCreationExpressionSyntax node)
    {
        Calls(_model!.GetSymbolInfo(node).Symbol);
        base.VisitObjectCreationExpression(node);
    }

    public override void VisitImplicitObjectCreationExpression(ImplicitObjectCreationExpressionSyntax node)
    {
        Calls(_model!.GetSymbolInfo(node).Symbol);
        base.VisitImplicitObjectCreationExpression(node);
    }

    public override void VisitBinaryExpression(BinaryExpressionSyntax node)
    {
        Calls(_model!.GetSymbolInfo(node).Symbol); // a user-defined operator
        base.VisitBinaryExpression(node);
    }

    private void Within<T>(T node, Action<T> visit)
        where T : SyntaxNode
    {
        if (Declared(node) is not { } symbol)
        {
            visit(node);
            return;
        }

        symbol = symbol.OriginalDefinition;
        _declared.TryAdd(symbol, node);
        _current.Push(symbol);
        visit(node);
        _current.Pop();
    }

    private ISymbol? Declared(SyntaxNode node) => node switch
    {
        MemberDeclarationSyntax member => _model!.GetDeclaredSymbol(member),
        LocalFunctionStatementSyntax local => _model!.GetDeclaredSymbol(local),
        _ => null,
    };

    private void Calls(ISymbol? symbol)
    {
        if (symbol is IMethodSymbol { ReducedFrom: { } from })
        {
            symbol = from;
        }

        if (symbol is null || _current.Count == 0 || symbol is not (IMethodSymbol or IPropertySymbol) || !symbol.Locations.Any(l => l.IsInSource))
        {
            return;
        }

        if (!_calls.TryGetValue(_current.Peek(), out var callees))
        {
            _calls[_current.Peek()] = callees = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        }

        callees.Add(symbol.OriginalDefinition);
    }

    private IEnumerable<(SyntaxNode At, string Cycle)> Cycles()
    {
        var reported = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var start in _declared.Keys.OrderBy(k => _declared[k].SpanStart).ThenBy(k => _declared[k].SyntaxTree.FilePath, StringComparer.Ordinal))
        {
            if (reported.Contains(start) || PathBack(start) is not { } path)
            {
                continue;
            }

            reported.UnionWith(path);
            yield return (_declared[start], string.Join(" → ", path.Append(start).Select(s => s.Name)));
        }
    }

    /// <summary>A path of calls from <paramref name="start"/> back to itself, or null.</summary>
    private List<ISymbol>? PathBack(ISymbol start)
    {
        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var path = new List<ISymbol>();
        bool Walk(ISymbol at)
        {
            path.Add(at);
            foreach (var next in _calls.GetValueOrDefault(at) ?? [])
            {
                if (SymbolEqualityComparer.Default.Equals(next, start) || seen.Add(next) && Walk(next))
                {
                    return true;
                }
            }

            path.RemoveAt(path.Count - 1);
            return false;
        }

        return Walk(start) ? path : null;
    }
}
