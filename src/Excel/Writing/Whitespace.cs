namespace Payout.Excel.Writing;

/// <summary>When a cell's text needs <c>xml:space="preserve"</c>.</summary>
internal static class Whitespace
{
    /// <summary>
    /// True when the text starts or ends with whitespace, which a reader would otherwise trim; other
    /// text is written without the attribute (21 bytes a cell, in sheets of millions of cells).
    /// </summary>
    public static bool NeedsPreserve(string text) => text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));
}
