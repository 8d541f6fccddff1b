namespace Payout.Rules;

/// <summary>A rule failed while evaluating a person: the run must stop, never pay a silent zero.</summary>
public sealed class PolicyEvaluationException(string employeeId, string rule, string file, int line, string message, Exception? inner = null)
    : Exception($"Failed to evaluate rule. Person={employeeId} Rule={rule} File={file} Line={line}: {message}", inner)
{
    /// <summary>The person being evaluated.</summary>
    public string EmployeeId => employeeId;

    /// <summary>The rule that failed.</summary>
    public string Rule => rule;
}
