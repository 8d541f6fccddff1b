using System.IO.Compression;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml;

namespace Payout.Excel.Writing;

/// <summary>
/// The zip package of a workbook: parts are added in a fixed order with a fixed timestamp, and the
/// content types and relationships are written from what was added, so the same parts give the same
/// bytes. The SDK's own package layer (System.IO.Packaging) stamps each entry with the clock and holds
/// a part in memory until the package is saved; a sheet of a million rows is streamed here instead.
/// </summary>
/// <param name="output">The stream the package is written to.</param>
/// <param name="level">How sheets and charts are deflated: optimal for a workbook, fastest for thousands of statements.</param>
internal sealed class XlsxPackage(Stream output, CompressionLevel level = CompressionLevel.Optimal) : IDisposable
{
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly DateTimeOffset FixedTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly ZipArchive _zip = new(output, ZipArchiveMode.Create, leaveOpen: true);
    private readonly List<(string Name, string ContentType)> _overrides = [];

    /// <summary>Adds a part whose XML is an SDK element tree; <paramref name="small"/>: see the other overload.</summary>
    public void Add(string name, string contentType, OpenXmlElement root, bool small = false) => Add(name, contentType, stream => PartXml.Write(stream, root), small);

    /// <summary>Adds a part written by <paramref name="write"/> straight into the compressed entry.</summary>
    /// <param name="name">The part's name in the package.</param>
    /// <param name="contentType">Its content type.</param>
    /// <param name="write">Writes it.</param>
    /// <param name="small">A part of a few kilobytes at most (workbook, styles, properties): stored, not deflated.</param>
    /// <param name="bulk">A part of many rows, deflated at the fastest level (see <see cref="XlsxWriter.BulkRows"/>).</param>
    public void Add(string name, string contentType, Action<Stream> write, bool small = false, bool bulk = false)
    {
        _overrides.Add(("/" + name, contentType));
        Entry(name, write, small ? CompressionLevel.NoCompression : bulk ? CompressionLevel.Fastest : level);
    }

    /// <summary>Adds the relationships part of <paramref name="source"/> (e.g. <c>xl/workbook.xml</c>); ids are rId1, rId2, … in order.</summary>
    public void Relationships(string source, IEnumerable<(string Type, string Target)> targets)
    {
        var slash = source.LastIndexOf('/');
        var name = slash < 0 ? $"_rels/{source}.rels" : $"{source[..slash]}/_rels/{source[(slash + 1)..]}.rels";
        var xml = new StringBuilder($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{RelationshipNamespace}">""");
        var id = 0;
        foreach (var (type, target) in targets)
        {
            xml.Append($"""<Relationship Id="rId{++id}" Type="{type}" Target="{SecurityElement.Escape(target)}"/>""");
        }

        Text(name, xml.Append("</Relationships>").ToString());
    }

    /// <summary>Writes <c>[Content_Types].xml</c> and closes the package.</summary>
    public void Dispose()
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>""");
        foreach (var (name, type) in _overrides)
        {
            xml.Append($"""<Override PartName="{SecurityElement.Escape(name)}" ContentType="{type}"/>""");
        }

        Text("[Content_Types].xml", xml.Append("</Types>").ToString());
        _zip.Dispose();
    }

    // Relationships and content types are a few hundred bytes: starting a deflater costs more than storing them.
    private void Text(string name, string xml) => Entry(name, stream => stream.Write(new UTF8Encoding(false).GetBytes(xml)), CompressionLevel.NoCompression);

    private void Entry(string name, Action<Stream> write, CompressionLevel level)
    {
        var entry = _zip.CreateEntry(name, level);
        entry.LastWriteTime = FixedTimestamp;
        using var stream = entry.Open();
        write(stream);
    }
}
