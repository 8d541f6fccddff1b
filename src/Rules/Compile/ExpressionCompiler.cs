using Payout.Common;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;
using Payout.Rules.Sandbox;

namespace Payout.Rules.Compile;

/// <summary>
/// Compiles expressions with RulesEngine's own parser (System.Linq.Dynamic.Core underneath) against
/// typed facts, at load time, so every mistake surfaces before any person is paid.
/// </summary>
internal sealed class ExpressionCompiler(FactShape shape, IReadOnlyDictionary<string, decimal> plan, Func<string, bool> onPercentScale, RunLimits limits)
{
    private readonly HashSet<Type> _facts = [.. shape.Types];

    private readonly RuleExpressionParser _parser = new(new ReSettings());

    /// <summary>
    /// Compiles one expression. <paramref name="scope"/> holds the GlobalParams and LocalParams
    /// visible to it, in order. Returns null and reports through <paramref name="fail"/> on error.
    /// </summary>
    public CompiledExpression? Compile(string? text, IReadOnlyList<ScopedValue> scope, Type? expected, string what, Action<string> fail)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            fail($"{what} is empty");
            return null;
        }

        // Before the parser, which recurses once per bracket: 2,000 nested brackets overflowed its stack.
        if (ExpressionText.BeyondLimits(text, limits) is { } tooBig)
        {
            fail($"{what} {tooBig}");
            return null;
        }

        var rewritten = ExpressionText.WithDecimalLiterals(text, out var literalError);
        if (rewritten is null)
        {
            fail($"{what} `{text}`: {literalError}");
            return null;
        }

        var references = ExpressionText.References(text);
        var ok = true;
        foreach (var (root, member) in references)
        {
            var members = shape.MembersOf(root);
            if (!members.Contains(member))
            {
                var noun = ExpressionText.ReadsKpi(root) ? "KPI" : root == "plan" ? "plan parameter" : $"{root} field";
                fail($"{what} `{text}`: unknown {noun} '{member}'{Spelling.DidYouMean(member, members)}");
                ok = false;
            }
        }

        if (!ok)
        {
            return null;
        }

        var parameters = ExpressionText.Roots.Select((name, i) => Expression.Parameter(shape.Types[i], name))
            .Concat(scope.Select(s => Expression.Parameter(s.Expression.ResultType, s.Name)))
            .ToArray();
        Expression body;
        try
        {
            body = _parser.Parse(rewritten, parameters, null);
        }
        catch (Exception ex) when (ex is ParseException or InvalidOperationException or ArgumentException)
        {
            var at = ex is ParseException pe ? $" (at character {pe.Position + 1})" : string.Empty;
            fail($"{what} `{text}` does not compile: {ex.Message}{at}");
            return null;
        }

        if (ExpressionSandbox.Check(body, _facts) is { } refusal)
        {
            fail($"{what} `{text}`: {refusal}");
            return null;
        }

        if (DecimalArithmetic.Rewrite(body, out var wholeError) is { } inDecimal)
        {
            body = inDecimal;
        }
        else
        {
            fail($"{what} `{text}`: {wholeError}");
            return null;
        }

        if (FloatingPointFinder.Find(body) is { } floating)
        {
            fail($"{what} `{text}` computes with {floating.Name} (from `{floating.Node}`); money is decimal: use decimal fields and literals");
            return null;
        }

        var mistakes = LiteralChecks.FractionsOfPercentKpis(body, parameters, onPercentScale, plan).ToList();
        foreach (var mistake in mistakes)
        {
            fail($"{what} `{text}` {mistake}");
        }

        if (mistakes.Count > 0)
        {
            return null;
        }

        if (expected is not null && body.Type != expected)
        {
            if (expected == typeof(decimal) && IsWholeNumber(body.Type))
            {
                body = Expression.Convert(body, typeof(decimal));
            }
            else
            {
                fail($"{what} `{text}` returns {body.Type.Name}; it must return {expected.Name}");
                return null;
            }
        }

        try
        {
            var conjuncts = body.Type == typeof(bool)
                ? Conjuncts(body).Select(c => (c, Wrap(c, parameters))).ToList()
                : [];
            return new CompiledExpression(text, body.Type, Wrap(body, parameters), references, body, parameters, conjuncts);
        }
        catch (InvalidOperationException ex)
        {
            fail($"{what} `{text}` does not compile: {ex.Message}");
            return null;
        }
    }

    private static IEnumerable<Expression> Conjuncts(Expression node) =>
        node is BinaryExpression { NodeType: ExpressionType.AndAlso } and
            ? Conjuncts(and.Left).Concat(Conjuncts(and.Right))
            : [node];

    private static bool IsWholeNumber(Type type) => type == typeof(int) || type == typeof(long);

    /// <summary>
    /// Turns the typed tree into <c>(row, scoped) → object?</c> once, reading fact slots (see
    /// <see cref="SlotRewriter"/>), so evaluation is a delegate call with no reflection.
    /// </summary>
    private Func<FactRow, object?[], object?> Wrap(Expression body, ParameterExpression[] parameters)
    {
        var row = Expression.Parameter(typeof(FactRow), "row");
        var scoped = Expression.Parameter(typeof(object?[]), "scoped");
        var rewritten = new SlotRewriter(shape, parameters, row, scoped).Visit(body);
        return Expression.Lambda<Func<FactRow, object?[], object?>>(Expression.Convert(rewritten, typeof(object)), row, scoped).Compile();
    }
}
