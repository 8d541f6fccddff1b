using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Text.RegularExpressions;
using NRules.Diagnostics;
using Payout.Rules.Facts;

namespace Payout.Rules.CSharp;

/// <summary>
/// Records, from NRules' own session events, what each rule saw: the matches that fired and every
/// condition that evaluated false with the facts it was given. Only conditions that decide are kept:
/// a KPI pattern's <c>k.Name == "csat"</c> is false for every other KPI, which says nothing.
/// </summary>
internal sealed partial class AuditListener : IDisposable
{
    private static readonly HashSet<Type> ManyOfAKind = [typeof(Kpi), typeof(TeamKpi), typeof(PastKpi), typeof(Award)];
    private static readonly HashSet<string> IdentityMembers = new(StringComparer.Ordinal) { "Name", "Period", "Component", "Rule", "Workflow" };
    private readonly IEventProvider _events;

    public AuditListener(IEventProvider events)
    {
        _events = events;
        _events.LhsExpressionEvaluatedEvent += OnCondition;
    }

    /// <summary>Each condition that was false, in order: the rule, the condition's text and the facts it was given (a join's unbound side is null).</summary>
    public List<(string Rule, string Condition, IReadOnlyCollection<object?> Facts)> Failed { get; } = [];

    /// <summary>What the conditions of <paramref name="rule"/> that were false saw, each condition once.</summary>
    public List<(string Condition, IReadOnlyCollection<object?> Facts)>? FailedFor(string rule)
    {
        List<(string Condition, IReadOnlyCollection<object?> Facts)>? found = null;
        foreach (var (name, condition, facts) in Failed)
        {
            if (name == rule && (found is null || found.TrueForAll(f => !ReferenceEquals(f.Condition, condition))))
            {
                (found ??= []).Add((condition, facts));
            }
        }

        return found;
    }

    public void Dispose() => _events.LhsExpressionEvaluatedEvent -= OnCondition;

    /// <summary>A condition as an analyst wrote it: <c>k.Value &gt;= 95</c>, without the compiler's conversions.</summary>
    private static string Text(LambdaExpression expression)
    {
        var text = expression.Body.ToString();
        while (Conversion().IsMatch(text))
        {
            text = Conversion().Replace(text, "$1");
        }

        return text.Length > 2 && text[0] == '(' && text[^1] == ')' ? text[1..^1] : text;
    }

    private void OnCondition(object? sender, LhsExpressionEventArgs e)
    {
        if (e.Exception is not null || e.Result is not false || e.Expression is not LambdaExpression lambda)
        {
            return;
        }

        // A compiled condition is one expression object for every session: what it is, is worked out once.
        var (selector, text) = Conditions.GetOrAdd(lambda, static l => (IsSelector(l), Text(l)));
        if (selector)
        {
            return;
        }

        var facts = e.Arguments;
        foreach (var rule in e.Rules)
        {
            Failed.Add((rule.Name, text, facts));
        }
    }

    private static readonly ConcurrentDictionary<LambdaExpression, (bool Selector, string Text)> Conditions = new(ReferenceEqualityComparer.Instance);

    /// <summary>True for <c>k.Name == "csat"</c>: a condition that picks one fact of a kind many of which are in the session.</summary>
    private static bool IsSelector(LambdaExpression lambda) =>
        Unwrap(lambda.Body) is BinaryExpression { NodeType: ExpressionType.Equal } equal
        && (IsIdentity(equal.Left) || IsIdentity(equal.Right));

    private static bool IsIdentity(Expression side) =>
        Unwrap(side) is MemberExpression { Expression: ParameterExpression parameter } member
        && ManyOfAKind.Contains(parameter.Type) && IdentityMembers.Contains(member.Member.Name);

    private static Expression Unwrap(Expression e) => e is UnaryExpression { NodeType: ExpressionType.Convert } u ? Unwrap(u.Operand) : e;

    [GeneratedRegex(@"Convert\(([^,()]+(?:\([^()]*\))?), [^()]+\)")]
    private static partial Regex Conversion();
}
