namespace Payout.Calc.Csv;

/// <summary>One CSV record with the line it starts on (1-based; the header is line 1).</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
