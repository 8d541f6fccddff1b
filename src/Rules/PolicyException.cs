namespace Payout.Rules;

/// <summary>The policy cannot be used: every problem found in one pass is listed.</summary>
public sealed class PolicyException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public PolicyException(IReadOnlyList<PolicyError> errors)
        : base($"The policy has {errors.Count} error(s):" + Environment.NewLine + string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<PolicyError> Errors { get; }
}
