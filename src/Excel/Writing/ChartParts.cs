using System.Globalization;
using System.Security;
using System.Text;

namespace Payout.Excel.Writing;

/// <summary>The DrawingML parts behind <see cref="Chart"/>s: one drawing per sheet, one chart part per chart.</summary>
internal static class ChartParts
{
    public const string DrawingType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
    public const string ChartType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";

    public static string Drawing(IReadOnlyList<Chart> charts)
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">""");
        for (var i = 0; i < charts.Count; i++)
        {
            var c = charts[i];
            sb.Append(CultureInfo.InvariantCulture, $"""<xdr:twoCellAnchor><xdr:from><xdr:col>{c.From.Column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{c.From.Row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>{c.To.Column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{c.To.Row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>""");
            sb.Append(CultureInfo.InvariantCulture, $"""<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="{i + 2}" name="Chart {i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>""");
            sb.Append(CultureInfo.InvariantCulture, $"""<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId{i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>""");
        }

        return sb.Append("</xdr:wsDr>").ToString();
    }

    public static string Rels(IEnumerable<(string Type, string Target)> targets)
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        var id = 0;
        foreach (var (type, target) in targets)
        {
            sb.Append(CultureInfo.InvariantCulture, $"""<Relationship Id="rId{++id}" Type="{type}" Target="{target}"/>""");
        }

        return sb.Append("</Relationships>").ToString();
    }

    public static string ChartXml(Chart chart)
    {
        static string E(string s) => SecurityElement.Escape(SafeText.Clean(s));
        var sb = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:roundedCorners val="0"/><c:chart>""");
        sb.Append($"""<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>{E(chart.Title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>""");
        sb.Append("""<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>""");
        sb.Append($"""<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>{E(chart.SeriesName)}</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr val="4472C4"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>""");
        sb.Append(CultureInfo.InvariantCulture, $"""<c:cat><c:strRef><c:f>{E(chart.CategoriesRange)}</c:f><c:strCache><c:ptCount val="{chart.Categories.Count}"/>""");
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"""<c:pt idx="{i}"><c:v>{E(chart.Categories[i])}</c:v></c:pt>""");
        }

        sb.Append(CultureInfo.InvariantCulture, $"""</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>{E(chart.ValuesRange)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="{chart.Values.Count}"/>""");
        for (var i = 0; i < chart.Values.Count; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"""<c:pt idx="{i}"><c:v>{chart.Values[i]}</c:v></c:pt>""");
        }

        sb.Append("""</c:numCache></c:numRef></c:val></c:ser><c:gapWidth val="150"/><c:axId val="5001"/><c:axId val="5002"/></c:barChart>""");
        sb.Append("""<c:catAx><c:axId val="5001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="5002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>""");
        sb.Append("""<c:valAx><c:axId val="5002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="5001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>""");
        return sb.Append("""</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>""").ToString();
    }
}
