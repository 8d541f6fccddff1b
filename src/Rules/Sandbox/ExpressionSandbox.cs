using System.Linq.Expressions;
using System.Reflection;

namespace Payout.Rules.Sandbox;

/// <summary>
/// Checks a JSON rule's compiled expression tree against the <see cref="AllowList"/>: every method,
/// property, field, constructor and type in it, however the source spelt it (the parser resolves
/// names case-insensitively, so the tree, not the text, is what runs).
/// </summary>
internal sealed class ExpressionSandbox : ExpressionVisitor
{
    private readonly IReadOnlySet<Type> _facts;
    private string? _refusal;

    private ExpressionSandbox(IReadOnlySet<Type> facts) => _facts = facts;

    /// <summary>Null when the tree uses only allowed members, else the first refusal.</summary>
    /// <param name="body">The parsed expression.</param>
    /// <param name="facts">The fact types the expression's roots have; their properties are allowed.</param>
    public static string? Check(Expression body, IReadOnlySet<Type> facts)
    {
        var sandbox = new ExpressionSandbox(facts);
        sandbox.Visit(body);
        return sandbox._refusal;
    }

    public override Expression? Visit(Expression? node)
    {
        if (_refusal is not null || node is null)
        {
            return node;
        }

        var visited = base.Visit(node);
        CheckType(node.Type); // after the children, so the refusal names the innermost culprit: DateTime.Now, not the comparison of its Month
        return visited;
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var visited = base.VisitMethodCall(node);
        CheckMember(node.Method);
        return visited;
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        var visited = base.VisitMember(node);
        CheckMember(node.Member);
        return visited;
    }

    protected override Expression VisitNew(NewExpression node)
    {
        var visited = base.VisitNew(node);
        if (node.Constructor is { } constructor)
        {
            CheckMember(constructor);
        }

        return visited;
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        var visited = base.VisitBinary(node);
        if (node.Method is { } method)
        {
            CheckMember(method);
        }

        return visited;
    }

    protected override Expression VisitUnary(UnaryExpression node)
    {
        var visited = base.VisitUnary(node);
        if (node.Method is { } method)
        {
            CheckMember(method);
        }

        return visited;
    }

    protected override Expression VisitTypeBinary(TypeBinaryExpression node)
    {
        var visited = base.VisitTypeBinary(node);
        CheckType(node.TypeOperand);
        return visited;
    }

    protected override Expression VisitInvocation(InvocationExpression node)
    {
        Refuse("invoking a delegate");
        return node;
    }

    protected override Expression VisitLoop(LoopExpression node)
    {
        Refuse("a loop");
        return node;
    }

    protected override Expression VisitTry(TryExpression node)
    {
        Refuse("try/catch");
        return node;
    }

    private void CheckMember(MemberInfo member)
    {
        if (_refusal is not null)
        {
            return;
        }

        if (member.DeclaringType is { } declaring && _facts.Contains(declaring) && member is PropertyInfo)
        {
            return; // employee.team, kpi.csat: a fact's own fields
        }

        var described = ClrNames.Member(member);
        if (AllowList.Refusal(described) is { } why)
        {
            Refuse(AllowList.Display(described), why);
        }
    }

    private void CheckType(Type type)
    {
        if (_refusal is not null || _facts.Contains(type) || type.IsGenericParameter)
        {
            return;
        }

        if (ClrNames.Within(type).FirstOrDefault(t => !AllowsType(t)) is { } refused)
        {
            Refuse(refused, AllowList.IsFloating(refused) ? $"it computes with {refused}: money is decimal" : "the type is not on the allow-list");
        }
    }

    private bool AllowsType(string name) => AllowList.AllowsType(name) || _facts.Any(f => ClrNames.Of(f) == name);

    private void Refuse(string what, string? why = null) =>
        _refusal ??= $"'{what}' is not allowed in a pay rule{(why is null ? string.Empty : $" ({why})")}; {AllowList.Why}";
}
