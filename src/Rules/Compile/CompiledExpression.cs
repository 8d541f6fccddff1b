namespace Payout.Rules.Compile;

/// <summary>An expression compiled at load time, with what it reads.</summary>
/// <param name="Text">The expression as written in the rule file.</param>
/// <param name="ResultType">The CLR type it returns.</param>
/// <param name="Invoke">Evaluates it over the argument array (facts, then scoped params).</param>
/// <param name="References">The <c>root.member</c> pairs it reads.</param>
internal sealed record CompiledExpression(
    string Text,
    Type ResultType,
    Func<object?[], object?> Invoke,
    IReadOnlyList<(string Root, string Member)> References);
