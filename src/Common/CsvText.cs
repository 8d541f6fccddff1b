namespace Payout.Common;

/// <summary>Text fields of the CSV files Payout writes.</summary>
public static class CsvText
{
    /// <summary>
    /// A text field, quoted when it holds a comma, quote or line break, and with a leading
    /// apostrophe when it starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage
    /// return: a spreadsheet opening the CSV would run such a cell as a formula (CSV injection), as
    /// OWASP describes. The workbook has no such risk: its text cells are never formulas.
    /// </summary>
    /// <remarks>Only for text. Numbers Payout formats itself (<c>-12.5</c>) are written as they are, so they stay numbers.</remarks>
    public static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
