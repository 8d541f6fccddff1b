namespace Payout.Excel.Writing;

/// <summary>A sheet column: header text and the most characters its width may grow to from content.</summary>
public sealed record Column(string Header, int Width);
