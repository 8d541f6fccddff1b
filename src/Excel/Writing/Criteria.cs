namespace Payout.Excel.Writing;

/// <summary>
/// Criteria of <c>SUMIFS</c> and <c>COUNTIFS</c> that match text exactly. A bare criterion is a
/// pattern: <c>*</c> and <c>?</c> are wildcards and a leading <c>&lt;</c>, <c>&gt;</c> or <c>=</c> an
/// operator, so an employee id <c>E00*</c> summed every id starting with <c>E00</c>. The criterion is
/// written as <c>=</c> and the text with <c>~</c>, <c>*</c> and <c>?</c> escaped by <c>~</c>, as Excel
/// and LibreOffice both read it.
/// </summary>
internal static class Criteria
{
    /// <summary>The criterion matching the text of cell <paramref name="reference"/> exactly, as a formula expression.</summary>
    public static string ExactCell(string reference) =>
        $"\"=\"&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE({reference},\"~\",\"~~\"),\"*\",\"~*\"),\"?\",\"~?\")";

    /// <summary>
    /// The criterion matching <paramref name="text"/> exactly, as a quoted formula literal: the
    /// text itself when nothing in it is a pattern, so ordinary names read as they always did.
    /// </summary>
    public static string Exact(string text) =>
        text.AsSpan().IndexOfAny("*?~") < 0 && !text.StartsWith('<') && !text.StartsWith('>') && !text.StartsWith('=') && text.Length > 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : "\"=" + text.Replace("~", "~~", StringComparison.Ordinal).Replace("*", "~*", StringComparison.Ordinal).Replace("?", "~?", StringComparison.Ordinal)
            .Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
