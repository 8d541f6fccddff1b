namespace Payout.Excel.Writing;

/// <summary>A native column chart placed on a sheet, over ranges of that workbook, with cached values.</summary>
/// <param name="Title">Chart title.</param>
/// <param name="SeriesName">Name of the single series.</param>
/// <param name="CategoriesRange">Absolute reference of the category labels, e.g. <c>'Dashboard'!$A$2:$A$5</c>.</param>
/// <param name="ValuesRange">Absolute reference of the values.</param>
/// <param name="Categories">Cached labels.</param>
/// <param name="Values">Cached values.</param>
/// <param name="From">Top-left anchor (0-based column, row).</param>
/// <param name="To">Bottom-right anchor (0-based column, row).</param>
public sealed record Chart(
    string Title,
    string SeriesName,
    string CategoriesRange,
    string ValuesRange,
    IReadOnlyList<string> Categories,
    IReadOnlyList<decimal> Values,
    (int Column, int Row) From,
    (int Column, int Row) To)
{
    /// <summary>Title of the category (horizontal) axis; none when empty.</summary>
    public string CategoryAxisTitle { get; init; } = string.Empty;

    /// <summary>Title of the value (vertical) axis, e.g. the currency; none when empty.</summary>
    public string ValueAxisTitle { get; init; } = string.Empty;

    /// <summary>Number format of the value axis and the data labels.</summary>
    public string ValueFormat { get; init; } = "#,##0";
}
