using System.Linq.Expressions;

namespace Payout.Rules.Compile;

/// <summary>
/// Makes every arithmetic operation of a parsed expression compute in decimal. The parser types a
/// whole-number literal as <c>int</c>, so <c>3 / 12</c> would be 0 and <c>1000 / 3</c> 333: a silent
/// wrong amount. Whole numbers stay whole only where nothing computes with them (a method's whole
/// number argument such as Math.Round's places, a comparison of two whole numbers).
/// </summary>
internal sealed class DecimalArithmetic : ExpressionVisitor
{
    private string? _error;

    /// <summary>The rewritten tree, or null with <paramref name="error"/> when a whole-number result feeds something that needs a whole number.</summary>
    public static Expression? Rewrite(Expression body, out string? error)
    {
        var visitor = new DecimalArithmetic();
        var rewritten = visitor.Visit(body);
        error = visitor._error;
        return error is null ? rewritten : null;
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        var left = Visit(node.Left)!;
        var right = Visit(node.Right)!;
        var numeric = IsNumber(left.Type) && IsNumber(right.Type);
        if (numeric && IsArithmetic(node.NodeType) && (IsWhole(left.Type) || IsWhole(right.Type)))
        {
            return Expression.MakeBinary(node.NodeType, ToDecimal(left, right.Type), ToDecimal(right, left.Type));
        }

        if (numeric && left.Type != right.Type)
        {
            return Expression.MakeBinary(node.NodeType, ToDecimal(left, right.Type), ToDecimal(right, left.Type));
        }

        return node.Update(left, node.Conversion, right);
    }

    protected override Expression VisitUnary(UnaryExpression node)
    {
        var operand = Visit(node.Operand)!;
        if (operand.Type == node.Operand.Type)
        {
            return node.Update(operand);
        }

        return node.NodeType switch
        {
            // A conversion between whole types of what is now a decimal: keep the decimal rather than cut the fraction.
            ExpressionType.Convert or ExpressionType.ConvertChecked when IsWhole(node.Type) => operand,
            ExpressionType.Convert or ExpressionType.ConvertChecked => Expression.Convert(operand, node.Type),
            ExpressionType.Negate or ExpressionType.NegateChecked => Expression.Negate(operand),
            _ => Fail(node, $"'{node}' needs a whole number"),
        };
    }

    protected override Expression VisitConditional(ConditionalExpression node)
    {
        var test = Visit(node.Test)!;
        var whenTrue = Visit(node.IfTrue)!;
        var whenFalse = Visit(node.IfFalse)!;
        if (whenTrue.Type != whenFalse.Type && IsNumber(whenTrue.Type) && IsNumber(whenFalse.Type))
        {
            return Expression.Condition(test, ToDecimal(whenTrue, whenFalse.Type), ToDecimal(whenFalse, whenTrue.Type));
        }

        return whenTrue.Type == node.IfTrue.Type && whenFalse.Type == node.IfFalse.Type
            ? node.Update(test, whenTrue, whenFalse)
            : Expression.Condition(test, whenTrue, whenFalse);
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var target = node.Object is null ? null : Visit(node.Object);
        var arguments = node.Arguments.Select(a => Visit(a)!).ToList();
        if (arguments.Select(a => a.Type).SequenceEqual(node.Arguments.Select(a => a.Type)) && target?.Type == node.Object?.Type)
        {
            return node.Update(target, arguments);
        }

        // An argument that was whole-number arithmetic is a decimal now: take the method's decimal overload (Math.Min, Math.Max, Math.Abs, Math.Round...).
        var types = arguments.Select(a => IsWhole(a.Type) && arguments.Any(o => o.Type == typeof(decimal)) && !IsPlaces(node, a) ? typeof(decimal) : a.Type).ToArray();
        var method = node.Method.DeclaringType?.GetMethod(node.Method.Name, types);
        if (method is null || target is not null)
        {
            return Fail(node, $"{node.Method.Name} has no decimal form for ({string.Join(", ", types.Select(t => t.Name))})");
        }

        return Expression.Call(method, arguments.Select((a, i) => a.Type == types[i] ? a : Expression.Convert(a, types[i])));
    }

    private static bool IsPlaces(MethodCallExpression call, Expression argument) =>
        call.Method.Name == "Round" && call.Arguments.Count > 1 && ReferenceEquals(call.Arguments[1], argument);

    private Expression Fail(Expression node, string message)
    {
        _error ??= $"{message}: whole-number arithmetic is done in decimal here; write the numbers so the result is a decimal";
        return node;
    }

    private static Expression ToDecimal(Expression e, Type other)
    {
        var nullable = Nullable.GetUnderlyingType(e.Type) is not null || Nullable.GetUnderlyingType(other) is not null;
        var target = nullable ? typeof(decimal?) : typeof(decimal);
        return e.Type == target ? e : Expression.Convert(e, target);
    }

    private static bool IsArithmetic(ExpressionType type) => type is ExpressionType.Add or ExpressionType.AddChecked or ExpressionType.Subtract
        or ExpressionType.SubtractChecked or ExpressionType.Multiply or ExpressionType.MultiplyChecked or ExpressionType.Divide or ExpressionType.Modulo;

    private static bool IsWhole(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(int) || t == typeof(long) || t == typeof(short) || t == typeof(byte) || t == typeof(uint) || t == typeof(ulong);
    }

    private static bool IsNumber(Type type) => IsWhole(type) || (Nullable.GetUnderlyingType(type) ?? type) == typeof(decimal);
}
