namespace Payout.Excel.Writing;

/// <summary>A sheet to write: rows are streamed, never held in memory by the writer.</summary>
/// <param name="Name">Sheet name (at most 31 characters).</param>
/// <param name="Columns">Header row and maximum widths.</param>
/// <param name="Rows">Data rows, enumerated once.</param>
public sealed record Sheet(string Name, IReadOnlyList<Column> Columns, IEnumerable<IReadOnlyList<Cell>> Rows)
{
    /// <summary>Native charts placed on the sheet (first part only).</summary>
    public IReadOnlyList<Chart> Charts { get; init; } = [];
}
