using System.Linq.Expressions;

namespace Payout.Rules.Compile;

/// <summary>An expression compiled at load time, with what it reads.</summary>
/// <param name="Text">The expression as written in the rule file.</param>
/// <param name="ResultType">The CLR type it returns.</param>
/// <param name="Invoke">Evaluates it over a person's facts and the scoped values (GlobalParams, then LocalParams, as evaluated).</param>
/// <param name="References">The <c>root.member</c> pairs it reads.</param>
/// <param name="Body">The parsed tree, for explanations with values.</param>
/// <param name="Parameters">The tree's parameters, in argument order.</param>
/// <param name="Conjuncts">The top-level <c>&amp;&amp;</c> parts, each compiled, so an explanation can say which part failed.</param>
internal sealed record CompiledExpression(
    string Text,
    Type ResultType,
    Func<FactRow, object?[], object?> Invoke,
    IReadOnlyList<(string Root, string Member)> References,
    Expression Body,
    IReadOnlyList<ParameterExpression> Parameters,
    IReadOnlyList<(Expression Node, Func<FactRow, object?[], object?> Invoke)> Conjuncts);
