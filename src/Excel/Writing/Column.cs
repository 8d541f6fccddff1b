namespace Payout.Excel.Writing;

/// <summary>A sheet column: header text and the most characters its width may grow to from content.</summary>
public sealed record Column(string Header, int Width)
{
    /// <summary>
    /// Whether the column's text goes to the shared strings table: for columns that repeat a few
    /// values over many rows (a rule's name, its condition, a team), which are then written once.
    /// </summary>
    public bool Shared { get; init; }

    /// <summary>This column with its text shared (see <see cref="Shared"/>).</summary>
    public Column AsShared() => this with { Shared = true };
}
