namespace Payout.Rules;

/// <summary>A policy file as read: for the Policies sheet and the audit trail.</summary>
/// <param name="Path">Path as given (relative to the working directory when it was given so).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the bytes read.</param>
/// <param name="Workflows">Workflow names defined in the file (empty for the plan).</param>
public sealed record PolicyFile(string Path, string Sha256, IReadOnlyList<string> Workflows);
