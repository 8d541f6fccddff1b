namespace Payout.Rules.Audit;

/// <summary>
/// What every audit record of one rule shares: where the rule is and what it says. Made once per
/// rule and pointed to by each record, because records are kept for every person until the
/// workbook is written.
/// </summary>
/// <param name="Workflow">Workflow name.</param>
/// <param name="Rule">Rule name.</param>
/// <param name="File">Rule file.</param>
/// <param name="Line">Line of the rule in its file.</param>
/// <param name="Component">Pay component.</param>
/// <param name="Expression">The condition as written.</param>
/// <param name="Detail">What the record's <see cref="AuditSource"/> needs to render it (the compiled rule), if anything.</param>
internal sealed record RuleIdentity(string Workflow, string Rule, string File, int Line, string Component, string Expression, object? Detail = null);
