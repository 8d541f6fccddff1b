namespace Payout.Calc.Model;

/// <summary>One rejected input: where it is and why.</summary>
/// <param name="File">File name inside the data folder.</param>
/// <param name="Line">1-based line of the record's start (0 for a whole-file problem).</param>
/// <param name="Column">The column at fault, or empty.</param>
/// <param name="Value">The offending value as read, or empty.</param>
/// <param name="Reason">What is wrong, in plain words.</param>
public sealed record DataError(string File, int Line, string Column, string Value, string Reason)
{
    /// <summary>True for a problem with the file as a whole (missing, empty, unreadable, a header without a required column).</summary>
    public bool FileLevel => Line <= 1;

    /// <summary>The failed file this error only follows from (a row naming an employee of an employees file that could not be read), or null.</summary>
    public string? FollowsFrom { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{File}:{Line}: column '{Column}'" + (Value.Length > 0 ? $" value '{Value}'" : string.Empty) + $": {Reason}";
}
