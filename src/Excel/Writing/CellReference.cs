namespace Payout.Excel.Writing;

/// <summary>A1-style references.</summary>
public static class CellReference
{
    /// <summary>Column letters for a 1-based column index: 1 → A, 27 → AA.</summary>
    public static string Column(int index)
    {
        var letters = string.Empty;
        while (index > 0)
        {
            var rem = (index - 1) % 26;
            letters = (char)('A' + rem) + letters;
            index = (index - 1) / 26;
        }

        return letters;
    }

    /// <summary>A cell reference: (2, 3) → C2.</summary>
    public static string Of(int row, int column) => Column(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A sheet name quoted for use in a formula: <c>'Payout Lines'</c>.</summary>
    public static string SheetName(string name) => "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";
}
