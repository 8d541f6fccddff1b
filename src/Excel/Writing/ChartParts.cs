using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace Payout.Excel.Writing;

/// <summary>The DrawingML parts behind <see cref="Chart"/>s, built with the SDK's typed classes: one drawing per sheet, one chart part per chart.</summary>
internal static class ChartParts
{
    public const string DrawingType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
    public const string ChartType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
    public const string DrawingContentType = "application/vnd.openxmlformats-officedocument.drawing+xml";
    public const string ChartContentType = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const uint CategoryAxis = 5001;
    private const uint ValueAxis = 5002;

    /// <summary>The drawing that anchors <paramref name="charts"/> on their sheet; chart i is relationship rId(i+1).</summary>
    public static Xdr.WorksheetDrawing Drawing(IReadOnlyList<Chart> charts)
    {
        var drawing = new Xdr.WorksheetDrawing();
        drawing.AddNamespaceDeclaration("xdr", "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing");
        drawing.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        drawing.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        drawing.AddNamespaceDeclaration("r", RelationshipsNamespace);
        for (var i = 0; i < charts.Count; i++)
        {
            var c = charts[i];
            drawing.Append(new Xdr.TwoCellAnchor(
                Marker(new Xdr.FromMarker(), c.From),
                Marker(new Xdr.ToMarker(), c.To),
                new Xdr.GraphicFrame(
                    new Xdr.NonVisualGraphicFrameProperties(
                        new Xdr.NonVisualDrawingProperties { Id = (uint)(i + 2), Name = $"Chart {i + 1}" },
                        new Xdr.NonVisualGraphicFrameDrawingProperties()),
                    new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
                    new A.Graphic(new A.GraphicData(new C.ChartReference { Id = $"rId{i + 1}" }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
                { Macro = string.Empty },
                new Xdr.ClientData()));
        }

        return drawing;
    }

    /// <summary>A clustered column chart of one series, with its cached labels and values.</summary>
    public static C.ChartSpace ChartSpace(Chart chart)
    {
        var categories = new C.StringCache(new C.PointCount { Val = (uint)chart.Categories.Count });
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            categories.Append(new C.StringPoint(new C.NumericValue(SafeText.Clean(chart.Categories[i]))) { Index = (uint)i });
        }

        var values = new C.NumberingCache(new C.FormatCode("General"), new C.PointCount { Val = (uint)chart.Values.Count });
        for (var i = 0; i < chart.Values.Count; i++)
        {
            values.Append(new C.NumericPoint(new C.NumericValue(chart.Values[i].ToString(System.Globalization.CultureInfo.InvariantCulture))) { Index = (uint)i });
        }

        var series = new C.BarChartSeries(
            new C.Index { Val = 0 },
            new C.Order { Val = 0 },
            new C.SeriesText(new C.NumericValue(SafeText.Clean(chart.SeriesName))),
            new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = "4472C4" })),
            new C.InvertIfNegative { Val = false },
            new C.DataLabels(
                new C.NumberingFormat { FormatCode = chart.ValueFormat, SourceLinked = false },
                new C.ShowLegendKey { Val = false },
                new C.ShowValue { Val = true },
                new C.ShowCategoryName { Val = false },
                new C.ShowSeriesName { Val = false },
                new C.ShowPercent { Val = false },
                new C.ShowBubbleSize { Val = false }),
            new C.CategoryAxisData(new C.StringReference(new C.Formula(chart.CategoriesRange), categories)),
            new C.Values(new C.NumberReference(new C.Formula(chart.ValuesRange), values)));
        var plot = new C.PlotArea(
            new C.Layout(),
            new C.BarChart(
                new C.BarDirection { Val = C.BarDirectionValues.Column },
                new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
                new C.VaryColors { Val = false },
                series,
                new C.GapWidth { Val = 150 },
                new C.AxisId { Val = CategoryAxis },
                new C.AxisId { Val = ValueAxis }),
            new C.CategoryAxis([
                new C.AxisId { Val = CategoryAxis },
                new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
                new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
                .. AxisTitle(chart.CategoryAxisTitle),
                new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                new C.CrossingAxis { Val = ValueAxis },
                new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.AutoLabeled { Val = true },
                new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
                new C.LabelOffset { Val = 100 },
                new C.NoMultiLevelLabels { Val = false }]),
            new C.ValueAxis([
                new C.AxisId { Val = ValueAxis },
                new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
                new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Left },
                new C.MajorGridlines(),
                .. AxisTitle(chart.ValueAxisTitle),
                new C.NumberingFormat { FormatCode = chart.ValueFormat, SourceLinked = false },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                new C.CrossingAxis { Val = CategoryAxis },
                new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.CrossBetween { Val = C.CrossBetweenValues.Between }]));
        var space = new C.ChartSpace(
            new C.RoundedCorners { Val = false },
            new C.Chart(
                Title(chart.Title),
                new C.AutoTitleDeleted { Val = false },
                plot,
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }));
        space.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        space.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        space.AddNamespaceDeclaration("r", RelationshipsNamespace);
        return space;
    }

    private static C.Title Title(string text) => new(
        new C.ChartText(new C.RichText(new A.BodyProperties(), new A.Paragraph(new A.Run(new A.Text(SafeText.Clean(text)))))),
        new C.Overlay { Val = false });

    private static OpenXmlElement[] AxisTitle(string text) => text.Length == 0 ? [] : [Title(text)];

    private static T Marker<T>(T marker, (int Column, int Row) at)
        where T : OpenXmlCompositeElement
    {
        marker.Append(
            new Xdr.ColumnId(at.Column.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Xdr.ColumnOffset("0"),
            new Xdr.RowId(at.Row.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Xdr.RowOffset("0"));
        return marker;
    }
}
