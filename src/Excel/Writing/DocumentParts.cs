using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using SdkSheet = DocumentFormat.OpenXml.Spreadsheet.Sheet;
using SdkSheets = DocumentFormat.OpenXml.Spreadsheet.Sheets;
using Ap = DocumentFormat.OpenXml.ExtendedProperties;

namespace Payout.Excel.Writing;

/// <summary>The workbook part and the document properties parts.</summary>
internal static class DocumentParts
{
    public const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    public const string WorksheetContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    public const string StylesContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    public const string CoreContentType = "application/vnd.openxmlformats-package.core-properties+xml";
    public const string AppContentType = "application/vnd.openxmlformats-officedocument.extended-properties+xml";
    public const string OfficeDocumentType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    public const string WorksheetType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
    public const string StylesType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
    public const string CoreType = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    public const string AppType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";

    /// <summary>
    /// The sheets in order (sheet i is relationship rId i), the first one open, each printing its
    /// header row on every page; Excel recalculates on open.
    /// </summary>
    public static Workbook Workbook(IReadOnlyList<string> names)
    {
        var sheets = new SdkSheets(names.Select((name, i) => new SdkSheet { Name = name, SheetId = (uint)(i + 1), Id = $"rId{i + 1}" }));
        var printTitles = new DefinedNames(names.Select((name, i) =>
            new DefinedName($"{CellReference.SheetName(name)}!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i }));
        var workbook = new Workbook(
            new BookViews(new WorkbookView { ActiveTab = 0 }),
            sheets,
            printTitles,
            new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true }); // the cached values are the engine's own
        workbook.AddNamespaceDeclaration("r", SheetFrame.RelationshipsNamespace);
        return workbook;
    }

    /// <summary>The application's properties (docProps/app.xml), with the company when there is one.</summary>
    public static Ap.Properties App(WorkbookInfo info)
    {
        var properties = new Ap.Properties(new Ap.Application("Payout"), new Ap.DocumentSecurity("0"), new Ap.ScaleCrop("false"));
        if (info.Company.Length > 0)
        {
            properties.Append(new Ap.Company(SafeText.Clean(info.Company)));
        }

        properties.Append(new Ap.SharedDocument("false"));
        return properties;
    }

    /// <summary>
    /// The core properties (docProps/core.xml): title and subject, and no created or modified date.
    /// The SDK keeps these in System.IO.Packaging's package properties, not in a typed part class,
    /// so they are written here with an <see cref="XmlWriter"/>.
    /// </summary>
    public static void Core(Stream stream, WorkbookInfo info)
    {
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument(true);
        xml.WriteStartElement("cp", "coreProperties", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
        xml.WriteAttributeString("xmlns", "dc", null, "http://purl.org/dc/elements/1.1/");
        xml.WriteElementString("dc", "title", "http://purl.org/dc/elements/1.1/", SafeText.Clean(info.Title));
        xml.WriteElementString("dc", "subject", "http://purl.org/dc/elements/1.1/", SafeText.Clean(info.Subject));
        xml.WriteElementString("dc", "creator", "http://purl.org/dc/elements/1.1/", "Payout");
        xml.WriteEndElement();
    }
}
