using System.Globalization;
using System.Linq.Expressions;

namespace Payout.Rules.Compile;

/// <summary>
/// Finds comparisons that compile and run but cannot mean what was written: a KPI on a 0–100
/// scale compared with a fraction (<c>kpi.csat &gt;= 0.85</c> holds for everyone with any CSAT), and
/// the text fields of <c>employee</c> compared with a literal (checked against the data later).
/// </summary>
internal static class LiteralChecks
{
    /// <summary>Each comparison of a 0–100 KPI with a value between 0 and 1, as a message.</summary>
    public static IEnumerable<string> FractionsOfPercentKpis(Expression body, IReadOnlyList<ParameterExpression> parameters, Func<string, bool> onPercentScale, IReadOnlyDictionary<string, decimal> plan)
    {
        foreach (var (member, other) in Comparisons(body))
        {
            if (member is { Expression: ParameterExpression { Name: "kpi" } } && onPercentScale(member.Member.Name) && Value(other, plan) is { } value && value > 0m && value < 1m)
            {
                yield return $"compares kpi.{member.Member.Name} (on a 0–100 scale: 85 means 85 %) with {value.ToString(CultureInfo.InvariantCulture)}, which reads as {value.ToString(CultureInfo.InvariantCulture)} %, not a fraction; write {(value * 100m).ToString("0.############", CultureInfo.InvariantCulture)}";
            }
        }
    }

    /// <summary>Each <c>employee.&lt;text field&gt; == "literal"</c> (or !=) in the expression.</summary>
    public static IEnumerable<(string Field, string Value)> TextComparisons(Expression body) =>
        Comparisons(body)
            .Where(c => c.Member is { Expression: ParameterExpression { Name: "employee" } } && c.Other is ConstantExpression { Value: string })
            .Select(c => (c.Member.Member.Name, (string)((ConstantExpression)c.Other).Value!));

    private static decimal? Value(Expression e, IReadOnlyDictionary<string, decimal> plan) => Unwrap(e) switch
    {
        ConstantExpression { Value: decimal d } => d,
        ConstantExpression { Value: int i } => i,
        MemberExpression { Expression: ParameterExpression { Name: "plan" } } m when plan.TryGetValue(m.Member.Name, out var p) => p,
        _ => null,
    };

    private static IEnumerable<(MemberExpression Member, Expression Other)> Comparisons(Expression body)
    {
        var found = new List<(MemberExpression, Expression)>();
        new Finder(found).Visit(body);
        return found;
    }

    private static Expression Unwrap(Expression e) => e is UnaryExpression { NodeType: ExpressionType.Convert } u ? Unwrap(u.Operand) : e;

    private sealed class Finder(List<(MemberExpression, Expression)> found) : ExpressionVisitor
    {
        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (node.NodeType is ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual
                or ExpressionType.LessThan or ExpressionType.LessThanOrEqual)
            {
                if (Unwrap(node.Left) is MemberExpression left)
                {
                    found.Add((left, node.Right));
                }

                if (Unwrap(node.Right) is MemberExpression right)
                {
                    found.Add((right, node.Left));
                }
            }

            return base.VisitBinary(node);
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            // "a" == b may be parsed as string.Equals(a, b) or a.Equals(b).
            if (node.Method.Name == "Equals")
            {
                var operands = node.Object is null ? node.Arguments.Take(2).ToList() : [node.Object, node.Arguments[0]];
                if (operands.Count == 2 && Unwrap(operands[0]) is MemberExpression m1)
                {
                    found.Add((m1, operands[1]));
                }
                else if (operands.Count == 2 && Unwrap(operands[1]) is MemberExpression m2)
                {
                    found.Add((m2, operands[0]));
                }
            }

            return base.VisitMethodCall(node);
        }
    }
}
