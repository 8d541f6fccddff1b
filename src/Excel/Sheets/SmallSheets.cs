using Payout.Excel.Writing;

namespace Payout.Excel.Sheets;

/// <summary>The short reference sheets: Policies, Inputs, Rejected Rows and Run.</summary>
internal static class SmallSheets
{
    public static Sheet Policies(RunReport report) => new(
        Names.Policies,
        [new("file", 36), new("sha256", 66), new("workflows", 40)],
        report.PolicyFiles.Select(f => (IReadOnlyList<Cell>)[Cell.Of(f.Path), Cell.Of(f.Sha256), Cell.Of(string.Join(", ", f.Workflows))]));

    public static Sheet Inputs(RunReport report) => new(
        Names.Inputs,
        [new("file", 28), new("sha256", 66), new("rows_read", 10), new("rows_used", 10), new("rows_rejected", 13), new("rows_outside_period", 19)],
        report.Inputs.Select(i => (IReadOnlyList<Cell>)
        [
            Cell.Of(i.Name), Cell.Of(i.Sha256), Cell.Of(i.RowsRead, Style.Integer), Cell.Of(i.RowsUsed, Style.Integer),
            Cell.Of(i.RowsRejected, Style.Integer), Cell.Of(i.RowsOutsidePeriod, Style.Integer),
        ]));

    public static Sheet Rejected(RunReport report) => new(
        Names.Rejected,
        [new("file", 28), new("line", 8), new("column", 24), new("value", 30), new("reason", 80)],
        report.Rejected.Select(e => (IReadOnlyList<Cell>)
        [
            Cell.Of(e.File), Cell.Of(e.Line, Style.Integer), Cell.Of(e.Column), Cell.Of(e.Value), Cell.Of(e.Reason),
        ]));

    public static Sheet Run(RunReport report) => new(
        Names.Run,
        [new("key", 24), new("value", 80)],
        report.Run.Select(kv => (IReadOnlyList<Cell>)[Cell.Of(kv.Key), Cell.Of(kv.Value)]));
}
