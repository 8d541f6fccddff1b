namespace Payout.Excel.Writing;

/// <summary>One cell to write.</summary>
/// <param name="Kind">How the cell is stored.</param>
/// <param name="Text">Text, or a text formula's cached result.</param>
/// <param name="Number">A number, or a formula's cached result.</param>
/// <param name="Formula">The formula, without '='.</param>
/// <param name="Style">The style.</param>
/// <param name="Currency">ISO 4217 code for money styles, so each amount carries its currency's format.</param>
public readonly record struct Cell(CellKind Kind, string? Text, decimal Number, string? Formula, Style Style, string? Currency = null)
{
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    /// <summary>No cell.</summary>
    public static Cell Empty => default;

    /// <summary>A text cell (written as an inline string, so input text can never become a formula).</summary>
    public static Cell Of(string? text, Style style = Style.Default) =>
        text is null ? Empty : new(CellKind.Text, text, 0, null, style);

    /// <summary>A number cell.</summary>
    public static Cell Of(decimal number, Style style) => new(CellKind.Number, null, number, null, style);

    /// <summary>A number cell, or empty when null (a missing KPI stays empty, never 0).</summary>
    public static Cell Of(decimal? number, Style style) => number is { } n ? Of(n, style) : Empty;

    /// <summary>A real date (an Excel serial number formatted yyyy-mm-dd), or empty.</summary>
    public static Cell Of(DateOnly? date) => date is { } d ? Of(d.DayNumber - ExcelEpoch.DayNumber, Style.Date) : Empty;

    /// <summary>An amount in a currency.</summary>
    public static Cell Money(decimal amount, string currency, bool total = false) =>
        new(CellKind.Number, null, amount, null, total ? Style.MoneyTotal : Style.Money, currency);

    /// <summary>A formula cell carrying the engine's value as its cached result.</summary>
    public static Cell Calc(string formula, decimal cached, Style style) => new(CellKind.Formula, null, cached, formula, style);

    /// <summary>A formula for an amount in a currency.</summary>
    public static Cell CalcMoney(string formula, decimal cached, string currency, bool total = false) =>
        new(CellKind.Formula, null, cached, formula, total ? Style.MoneyTotal : Style.Money, currency);

    /// <summary>A formula whose cached result is text.</summary>
    public static Cell CalcText(string formula, string cached, Style style = Style.Default) => new(CellKind.TextFormula, cached, 0, formula, style);
}
