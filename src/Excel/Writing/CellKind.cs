namespace Payout.Excel.Writing;

/// <summary>How a cell is stored.</summary>
public enum CellKind
{
    /// <summary>No cell is written.</summary>
    Empty,

    /// <summary>An inline string: never interpreted as a formula, whatever it starts with.</summary>
    Text,

    /// <summary>A number with a style for its format.</summary>
    Number,

    /// <summary>A formula with the engine's value as its cached result.</summary>
    Formula,

    /// <summary>A formula whose cached result is text (e.g. a HYPERLINK).</summary>
    TextFormula,
}
