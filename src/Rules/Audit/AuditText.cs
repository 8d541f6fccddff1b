namespace Payout.Rules.Audit;

/// <summary>The text of one explanation row, rendered from the values the rule read.</summary>
/// <param name="Inputs">The fact values the rule read, e.g. <c>kpi.csat=92.31 (48 of 52)</c>.</param>
/// <param name="LocalParams">GlobalParam and LocalParam values, e.g. <c>rate=0.08</c>.</param>
/// <param name="Sentence">The decision in plain language.</param>
public sealed record AuditText(string Inputs, string LocalParams, string Sentence);
