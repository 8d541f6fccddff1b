namespace Payout.Excel.Writing;

/// <summary>One cell to write.</summary>
public readonly record struct Cell(CellKind Kind, string? Text, decimal Number, string? Formula, Style Style)
{
    /// <summary>No cell.</summary>
    public static Cell Empty => default;

    /// <summary>A text cell (written as an inline string, so input text can never become a formula).</summary>
    public static Cell Of(string? text, Style style = Style.Default) =>
        text is null ? Empty : new(CellKind.Text, text, 0, null, style);

    /// <summary>A number cell.</summary>
    public static Cell Of(decimal number, Style style) => new(CellKind.Number, null, number, null, style);

    /// <summary>A number cell, or empty when null (a missing KPI stays empty, never 0).</summary>
    public static Cell Of(decimal? number, Style style) => number is { } n ? Of(n, style) : Empty;

    /// <summary>A formula cell carrying the engine's value as its cached result.</summary>
    public static Cell Calc(string formula, decimal cached, Style style) => new(CellKind.Formula, null, cached, formula, style);

    /// <summary>A formula whose cached result is text.</summary>
    public static Cell CalcText(string formula, string cached, Style style = Style.Default) => new(CellKind.TextFormula, cached, 0, formula, style);
}
