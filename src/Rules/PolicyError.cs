namespace Payout.Rules;

/// <summary>One problem in the policy: which file, line and rule, and what is wrong.</summary>
/// <param name="File">Rule file path as given.</param>
/// <param name="Line">1-based line, or 0 when unknown.</param>
/// <param name="Rule">Rule name, or empty for a file-level problem.</param>
/// <param name="Message">What is wrong and, where possible, how to fix it.</param>
public sealed record PolicyError(string File, int Line, string Rule, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        (Rule.Length > 0 ? $"Rule={Rule} " : string.Empty) + $"File={File} Line={Line}: {Message}";
}
