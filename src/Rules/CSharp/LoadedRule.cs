using NRules.RuleModel;
using Payout.Rules.Audit;
using Payout.Rules.Compile;

namespace Payout.Rules.CSharp;

/// <summary>An NRules rule of <c>rules/*.cs</c>, with Payout's metadata and where it came from.</summary>
/// <param name="Definition">NRules' definition of the rule.</param>
/// <param name="Metadata">Payout's metadata, as JSON rules carry it: component, reward type, exclusive group, priority, proration, unit cost, dates.</param>
/// <param name="Roles">Roles it runs for; empty: every role.</param>
/// <param name="File">Source file.</param>
/// <param name="Line">Line of the class declaration.</param>
/// <param name="Condition">The text of its <c>Define</c> method's <c>When</c> part, for explanations.</param>
internal sealed record LoadedRule(IRuleDefinition Definition, RuleMetadata Metadata, IReadOnlyList<string> Roles, string File, int Line, string Condition)
{
    /// <summary>The workflow name C# rules appear under in explanations.</summary>
    public const string Workflow = "C#";

    /// <summary>Rule name (NRules' <c>[Name]</c>, or the class name).</summary>
    public string Name => Definition.Name;

    /// <summary>Shared by every audit record of this rule.</summary>
    public RuleIdentity Identity { get; } = new(Workflow, Definition.Name, File, Line, Metadata.Component, Condition);

    /// <summary>Comparisons of the person's role or team with a literal, checked against the data.</summary>
    public IReadOnlyList<TextComparison> TextComparisons { get; init; } = [];

    /// <summary>The fact types its conditions match and the text literals they compare with (KPI and plan names).</summary>
    public RuleScan Scan { get; init; } = RuleScan.Empty;

    /// <summary>True when the rule runs for a person of <paramref name="role"/> in a period starting <paramref name="start"/>.</summary>
    public bool Applies(string role, DateOnly start) => (Roles.Count == 0 || Roles.Contains(role)) && Metadata.InForce(start);
}
