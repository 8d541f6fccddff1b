using Payout.Rules.Audit;
using Payout.Rules.Facts;

namespace Payout.Rules.CSharp;

/// <summary>One award a C# rule made for the person: the fact inserted, its line and the facts the rule matched.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Award">The fact other rules can match.</param>
/// <param name="Line">The payout line from the shared calculator.</param>
/// <param name="Exact">The amount or quantity as the rule gave it, before the guard.</param>
/// <param name="Because">The rule's reason.</param>
/// <param name="Facts">The facts of the match that fired, captured for the explanation.</param>
internal sealed record Paid(LoadedRule Rule, Award Award, PayoutLine Line, decimal Exact, string Because, IReadOnlyList<object?> Facts)
{
    /// <summary>The award's arithmetic when it is not the usual one (a clawback's); null for <see cref="Engine.SentenceWriter.Amount"/>.</summary>
    public string? Arithmetic { get; init; }
}
