namespace Payout.Excel.Writing;

/// <summary>A sheet column: header text and width in characters.</summary>
public sealed record Column(string Header, int Width);
