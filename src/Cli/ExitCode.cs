namespace Payout.Cli;

/// <summary>Process exit codes.</summary>
internal static class ExitCode
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>Anything unexpected.</summary>
    public const int Failure = 1;

    /// <summary>Invalid input, rules or arguments: errors on stderr, nothing written.</summary>
    public const int Invalid = 2;
}
