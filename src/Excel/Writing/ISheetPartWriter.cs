using DocumentFormat.OpenXml;

namespace Payout.Excel.Writing;

/// <summary>Writes one worksheet part as it streams: the frame's elements, then the rows, then the rest of the frame.</summary>
internal interface ISheetPartWriter : IDisposable
{
    /// <summary>Opens the worksheet and writes the elements that precede the rows.</summary>
    void Begin(IEnumerable<OpenXmlElement> before);

    /// <summary>Writes row <paramref name="index"/> (1-based); empty cells are left out.</summary>
    void Row(int index, IReadOnlyList<Cell> cells);

    /// <summary>Closes the rows, writes the elements that follow them and closes the worksheet.</summary>
    void End(IEnumerable<OpenXmlElement> after);
}
