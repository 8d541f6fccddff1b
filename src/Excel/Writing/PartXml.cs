using System.Text;
using DocumentFormat.OpenXml;

namespace Payout.Excel.Writing;

/// <summary>Serialises SDK element trees: a whole part, or an element inside a part written by hand.</summary>
internal static class PartXml
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Writes <paramref name="root"/> as a standalone part with the SDK's <see cref="OpenXmlWriter"/> (UTF-8, no byte order mark).</summary>
    public static void Write(Stream stream, OpenXmlElement root)
    {
        using var writer = OpenXmlWriter.Create(stream, Utf8);
        writer.WriteStartDocument(true);
        writer.WriteElement(root);
        writer.Close();
    }

    /// <summary>The UTF-8 XML of an element, without a declaration.</summary>
    public static byte[] Bytes(OpenXmlElement element) => Utf8.GetBytes(element.OuterXml);
}
