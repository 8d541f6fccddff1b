namespace Payout.Rules;

/// <summary>A rule comparing a text field of the person with a literal: <c>employee.team == "Phoenix"</c>.</summary>
/// <param name="File">Rule file.</param>
/// <param name="Line">Line of the rule.</param>
/// <param name="Rule">Rule name.</param>
/// <param name="Field">The employee field, e.g. <c>team</c>.</param>
/// <param name="Value">The literal it is compared with.</param>
public sealed record TextComparison(string File, int Line, string Rule, string Field, string Value)
{
    /// <inheritdoc />
    public override string ToString() => $"Rule={Rule} File={File} Line={Line}";
}
