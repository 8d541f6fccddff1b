namespace Payout.Rules.Audit;

/// <summary>One rule evaluation for one person, fired or not: the auditor's line.</summary>
/// <remarks>
/// The text (<see cref="Inputs"/>, <see cref="LocalParams"/>, <see cref="Sentence"/>) is rendered
/// when asked for, from the values the rule read, not when the rule is evaluated: formatting it
/// cost more than evaluating the policy, and most runs read it once, when the workbook is written.
/// Rendering is a pure function of those values, so every call gives the same text.
/// A value, not an object: every person keeps several until the workbook is written, and the
/// collector's cost grows with the number of kept objects more than with their size.
/// </remarks>
public readonly struct AuditRecord
{
    private const byte HasOutput = 1;
    private const byte HasAmount = 2;
    private readonly RuleIdentity _identity;
    private readonly AuditSource _source;
    private readonly string? _adjustment;
    private readonly decimal _output; // with _has: a decimal? is 24 bytes, two of them a quarter of the record
    private readonly decimal _amount;
    private readonly byte _has;

    /// <summary>A record whose text is already known.</summary>
    /// <param name="employeeId">The person.</param>
    /// <param name="workflow">Workflow name.</param>
    /// <param name="rule">Rule name.</param>
    /// <param name="file">Rule file.</param>
    /// <param name="line">Line of the rule in its file.</param>
    /// <param name="component">Pay component.</param>
    /// <param name="outcome">What happened.</param>
    /// <param name="expression">The condition as written.</param>
    /// <param name="inputs">The fact values the rule read.</param>
    /// <param name="localParams">GlobalParam and LocalParam values.</param>
    /// <param name="output">The OutputExpression's value before proration and rounding.</param>
    /// <param name="amount">What was paid after proration and rounding; null when nothing was.</param>
    /// <param name="sentence">The decision in plain language.</param>
    public AuditRecord(string employeeId, string workflow, string rule, string file, int line, string component, Outcome outcome,
        string expression, string inputs, string localParams, decimal? output, decimal? amount, string sentence)
        : this(employeeId, new RuleIdentity(workflow, rule, file, line, component, expression), outcome, output, amount, new FixedAuditText(new AuditText(inputs, localParams, sentence)))
    {
    }

    internal AuditRecord(string employeeId, RuleIdentity identity, Outcome outcome, decimal? output, decimal? amount, AuditSource source,
        string? reason = null, PayoutLine? paid = null, string? adjustment = null)
    {
        EmployeeId = employeeId;
        _identity = identity;
        Outcome = outcome;
        _output = output.GetValueOrDefault();
        _amount = amount.GetValueOrDefault();
        _has = (byte)((output.HasValue ? HasOutput : 0) | (amount.HasValue ? HasAmount : 0));
        _source = source;
        Reason = reason;
        Paid = paid;
        _adjustment = adjustment;
    }

    /// <summary>The person.</summary>
    public string EmployeeId { get; }

    /// <summary>Workflow name.</summary>
    public string Workflow => _identity.Workflow;

    /// <summary>Rule name.</summary>
    public string Rule => _identity.Rule;

    /// <summary>Rule file.</summary>
    public string File => _identity.File;

    /// <summary>Line of the rule in its file.</summary>
    public int Line => _identity.Line;

    /// <summary>Pay component.</summary>
    public string Component => _identity.Component;

    /// <summary>What happened.</summary>
    public Outcome Outcome { get; }

    /// <summary>The condition as written.</summary>
    public string Expression => _identity.Expression;

    /// <summary>The OutputExpression's value before proration and rounding.</summary>
    public decimal? Output => (_has & HasOutput) != 0 ? _output : null;

    /// <summary>What was paid after proration and rounding; null when nothing was.</summary>
    public decimal? Amount => (_has & HasAmount) != 0 ? _amount : null;

    /// <summary>What the source needs to render this record, e.g. the compiled rule.</summary>
    internal object? Detail => _identity.Detail;

    /// <summary>Why the rule was skipped or superseded.</summary>
    internal string? Reason { get; }

    /// <summary>The payout line the rule produced, before any cap or floor.</summary>
    internal PayoutLine? Paid { get; }

    /// <summary>The fact values the rule read, e.g. <c>kpi.csat=92.31 (48 of 52)</c>.</summary>
    public string Inputs => Render().Inputs;

    /// <summary>GlobalParam and LocalParam values, e.g. <c>rate=0.08</c>.</summary>
    public string LocalParams => Render().LocalParams;

    /// <summary>The decision in plain language.</summary>
    public string Sentence => Render().Sentence;

    /// <summary>Renders the record's text; not cached, so hold the result when more than one part is needed.</summary>
    public AuditText Render()
    {
        var text = _source.Render(in this);
        return _adjustment is null ? text : text with { Sentence = $"{text.Sentence}; {_adjustment}" };
    }

    /// <summary>The same record paying <paramref name="amount"/>, its sentence ending with why the amount changed.</summary>
    internal AuditRecord WithAmount(decimal amount, string why) =>
        new(EmployeeId, _identity, Outcome, Output, amount, _source, Reason, Paid, _adjustment is null ? why : $"{_adjustment}; {why}");
}
