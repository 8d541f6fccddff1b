namespace Payout.Calc.Reading;

/// <summary>One input record (a CSV record or a worksheet row) with its 1-based line; the header is line 1.</summary>
internal sealed record RawRecord(int Line, IReadOnlyList<string> Fields);
