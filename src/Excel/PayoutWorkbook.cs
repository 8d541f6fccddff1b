using Payout.Excel.Sheets;
using Payout.Excel.Writing;

namespace Payout.Excel;

/// <summary>Renders a run into the payout workbook.</summary>
public static class PayoutWorkbook
{
    /// <summary>The sheets in workbook order; links into Explanations follow its split at <paramref name="maxRowsPerSheet"/>.</summary>
    public static IEnumerable<Sheet> Sheets(RunReport report, int maxRowsPerSheet = XlsxWriter.ExcelMaxRows) =>
    [
        SummarySheet.Build(report, maxRowsPerSheet),
        DashboardSheet.Build(report, maxRowsPerSheet),
        PayoutLinesSheet.Build(report, maxRowsPerSheet),
        .. report.Adjustments is { } adjustments ? [AdjustmentsSheet.Build(adjustments)] : Array.Empty<Sheet>(),
        KpisSheet.Build(report),
        SmallSheets.KpiDefinitions(report),
        SmallSheets.People(report),
        SmallSheets.Lineage(report),
        ExplanationsSheet.Build(report),
        SmallSheets.Policies(report),
        SmallSheets.Inputs(report),
        SmallSheets.Rejected(report),
        SmallSheets.Run(report),
    ];

    /// <summary>Writes the workbook atomically to <paramref name="path"/>.</summary>
    public static void Write(RunReport report, string path, XlsxWriter? writer = null)
    {
        writer ??= new XlsxWriter();
        writer.Write(path, Sheets(report, writer.MaxRowsPerSheet), new WorkbookInfo($"Payout {report.Period.Name}", report.Period.Name, report.Company));
    }
}
