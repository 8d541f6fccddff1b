using System.Text;

namespace Payout.Excel.Writing;

/// <summary>Makes any input text safe for a cell: valid XML characters, within Excel's length limit.</summary>
public static class SafeText
{
    /// <summary>Excel's limit on characters in a cell.</summary>
    public const int MaxCellLength = 32_767;

    /// <summary>Appended to text cut at <see cref="MaxCellLength"/>.</summary>
    public const string TruncationMarker = "…[truncated]";

    /// <summary>Drops characters XML cannot carry and cuts over-long text with a marker.</summary>
    public static string Clean(string text)
    {
        var needsStrip = false;
        foreach (var c in text)
        {
            if (!XmlChar(c))
            {
                needsStrip = true;
                break;
            }
        }

        if (needsStrip)
        {
            var sb = new StringBuilder(text.Length);
            foreach (var c in text.Where(XmlChar))
            {
                sb.Append(c);
            }

            text = sb.ToString();
        }

        return text.Length <= MaxCellLength ? text : string.Concat(text.AsSpan(0, MaxCellLength - TruncationMarker.Length), TruncationMarker);
    }

    private static bool XmlChar(char c) => c is '\t' or '\n' or '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
}
