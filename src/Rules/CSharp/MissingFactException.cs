namespace Payout.Rules.CSharp;

/// <summary>Thrown by <see cref="RuleFacts"/> when a rule reads a missing KPI: the rule is skipped, never paid as zero.</summary>
public sealed class MissingFactException(string fact, string reason) : Exception($"{fact} is missing ({reason})")
{
    /// <summary>The fact read, e.g. <c>kpi.csat</c>.</summary>
    public string Fact => fact;
}
