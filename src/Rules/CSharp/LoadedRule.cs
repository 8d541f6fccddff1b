using Payout.Rules.Audit;

namespace Payout.Rules.CSharp;

/// <summary>A compiled C# rule with where it came from.</summary>
/// <param name="Rule">The rule instance (stateless: one instance serves every person).</param>
/// <param name="File">Source file.</param>
/// <param name="Line">Line of the class declaration.</param>
/// <param name="Condition">The text of its <c>When</c> method, for explanations.</param>
internal sealed record LoadedRule(PayRule Rule, string File, int Line, string Condition)
{
    /// <summary>Shared by every audit record of this rule.</summary>
    public RuleIdentity Identity { get; } = new(ChainEngine.Workflow, Rule.Name, File, Line, Rule.Component, Condition);

    /// <summary>Comparisons of the person's role or team with a literal, checked against the data.</summary>
    public IReadOnlyList<TextComparison> TextComparisons { get; init; } = [];
}
