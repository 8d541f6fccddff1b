namespace Payout.Cli.Ledger;

/// <summary>One close of a period: who booked it, with which tool, and the hash of every input and rule file it was computed from.</summary>
/// <param name="Id">The close's id in the ledger.</param>
/// <param name="Period">The period closed.</param>
/// <param name="Sequence">1 for the first close of the period, then 2, 3… for each that books adjustments.</param>
/// <param name="ClosedBy">Who closed it (<c>--by</c>).</param>
/// <param name="ToolVersion">Payout's version.</param>
/// <param name="Files">(kind, name, SHA-256) of every input (<c>input</c>) and rule (<c>rule</c>) file.</param>
internal sealed record LedgerClose(long Id, string Period, int Sequence, string ClosedBy, string ToolVersion, IReadOnlyList<(string Kind, string Name, string Sha256)> Files);
