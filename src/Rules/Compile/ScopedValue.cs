namespace Payout.Rules.Compile;

/// <summary>A compiled GlobalParam or LocalParam.</summary>
/// <param name="Name">The name later expressions use.</param>
/// <param name="Expression">Its compiled expression.</param>
internal sealed record ScopedValue(string Name, CompiledExpression Expression);
