namespace Payout.Rules.Audit;

/// <summary>One rule evaluation for one person, fired or not: the auditor's line.</summary>
/// <param name="EmployeeId">The person.</param>
/// <param name="Workflow">Workflow name.</param>
/// <param name="Rule">Rule name.</param>
/// <param name="File">Rule file.</param>
/// <param name="Line">Line of the rule in its file.</param>
/// <param name="Component">Pay component.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Expression">The condition as written.</param>
/// <param name="Inputs">The fact values the rule read, e.g. <c>kpi.csat=92.31 (48 of 52)</c>.</param>
/// <param name="LocalParams">GlobalParam and LocalParam values, e.g. <c>rate=0.08</c>.</param>
/// <param name="Output">The OutputExpression's value before proration and rounding.</param>
/// <param name="Amount">What was paid after proration and rounding; null when nothing was.</param>
/// <param name="Sentence">The decision in plain language.</param>
public sealed record AuditRecord(
    string EmployeeId,
    string Workflow,
    string Rule,
    string File,
    int Line,
    string Component,
    Outcome Outcome,
    string Expression,
    string Inputs,
    string LocalParams,
    decimal? Output,
    decimal? Amount,
    string Sentence);
