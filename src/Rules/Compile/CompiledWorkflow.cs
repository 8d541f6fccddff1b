namespace Payout.Rules.Compile;

/// <summary>A workflow ready to evaluate, with the roles it applies to.</summary>
internal sealed record CompiledWorkflow(
    string Name,
    string File,
    IReadOnlyList<string> Roles,
    IReadOnlyList<ScopedValue> GlobalParams,
    IReadOnlyList<CompiledRule> Rules)
{
    /// <summary>For each rule, in order, every distinct fact it or the GlobalParams read: all must be present to evaluate it.</summary>
    public IReadOnlyList<(string Root, string Member)[]> Needs { get; } =
        Rules.Select(r => r.InputReferences.Concat(GlobalParams.SelectMany(g => g.Expression.References)).Distinct().ToArray()).ToList();

    /// <summary>The facts <paramref name="rule"/> needs (see <see cref="Needs"/>).</summary>
    public (string Root, string Member)[] NeedsOf(CompiledRule rule) =>
        Rules.IndexOfSame(rule) is var i and >= 0 ? Needs[i] : throw new ArgumentException($"rule {rule.Name} is not in workflow {Name}", nameof(rule));

    /// <summary>
    /// The GlobalParams then the rule's LocalParams, evaluated in order over a person's facts; each
    /// sees the values before it. <paramref name="evaluating"/> is set to each param before it runs,
    /// so a caller can name the one that threw.
    /// </summary>
    public object?[] Scope(CompiledRule rule, FactRow row, ref ScopedValue? evaluating)
    {
        var count = GlobalParams.Count + rule.LocalParams.Count;
        var values = count == 0 ? [] : new object?[count];
        var next = 0;
        foreach (var param in GlobalParams)
        {
            evaluating = param;
            values[next++] = param.Expression.Invoke(row, values);
        }

        foreach (var param in rule.LocalParams)
        {
            evaluating = param;
            values[next++] = param.Expression.Invoke(row, values);
        }

        return values;
    }
}
