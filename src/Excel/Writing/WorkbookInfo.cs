namespace Payout.Excel.Writing;

/// <summary>The workbook's document properties: what a file browser and File ▸ Info show. No dates, so reruns give the same bytes.</summary>
/// <param name="Title">The title, e.g. <c>Payout 2026-Q3</c>.</param>
/// <param name="Subject">The subject, e.g. the period; also the left of every page's footer.</param>
/// <param name="Company">The company, when known.</param>
public sealed record WorkbookInfo(string Title, string Subject, string Company = "")
{
    /// <summary>The left of every printed page's footer; the subject when not set.</summary>
    public string? Footer { get; init; }

    /// <summary>Properties of a workbook that says nothing about itself.</summary>
    public static WorkbookInfo None { get; } = new(string.Empty, string.Empty);
}
