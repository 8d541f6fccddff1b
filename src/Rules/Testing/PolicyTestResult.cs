namespace Payout.Rules.Testing;

/// <summary>The outcome of one policy test case.</summary>
/// <param name="File">The test file.</param>
/// <param name="Case">The case's name.</param>
/// <param name="Passed">True when the awards matched exactly.</param>
/// <param name="Expected">The expected awards, one per line.</param>
/// <param name="Actual">The awards made, one per line.</param>
/// <param name="Explanation">Every rule evaluation's sentence, one per line.</param>
public sealed record PolicyTestResult(string File, string Case, bool Passed, string Expected, string Actual, string Explanation);
