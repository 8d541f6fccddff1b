namespace Payout.Rules.Sandbox;

/// <summary>Thrown inside a C# rule whose person's time budget (<c>--limit person_seconds</c>) is spent.</summary>
public sealed class RuleBudgetExceededException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RuleBudgetExceededException()
        : base("the rule ran past the person's time budget (an endless loop or sequence?)")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RuleBudgetExceededException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public RuleBudgetExceededException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
