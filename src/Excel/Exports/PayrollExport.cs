using System.Globalization;
using System.Text;
using nietras.SeparatedValues;
using Payout.Common;
using Payout.Excel.Sheets;
using Payout.Rules.Files;
using Payout.Rules.Plan;

namespace Payout.Excel.Exports;

/// <summary>
/// What payroll, the general ledger and the HR system import after a run: <c>payroll-PERIOD.csv</c>
/// (cash by pay element, non-cash rewards as benefits with their value and tax treatment) and
/// <c>time-off-PERIOD.csv</c> (paid days off). Each line carries the workbook's line id, so any
/// row traces to Payout Lines and its explanation. Amounts are the run's, already rounded per the
/// plan, so each file's totals per currency are the workbook's.
/// </summary>
public static class PayrollExport
{
    /// <summary>The payroll file's columns, in order.</summary>
    public static readonly string[] PayrollColumns =
        ["line_id", "employee_id", "pay_element", "component", "reward_type", "amount", "currency", "pay_date", "period", "cost_centre", "gl_account", "legal_entity", "taxable_benefit", "benefit_value", "kind"];

    /// <summary>The time-off feed's columns, in order.</summary>
    public static readonly string[] TimeOffColumns = ["line_id", "employee_id", "days", "period", "grant_date", "cost", "currency", "cost_centre", "legal_entity", "component", "kind"];

    /// <summary>The two files' names for a period.</summary>
    public static (string Payroll, string TimeOff) FileNames(string period) => ($"payroll-{period}.csv", $"time-off-{period}.csv");

    /// <summary>Writes both files into <paramref name="directory"/> (created when missing), each atomically.</summary>
    /// <returns>The paths written.</returns>
    public static IReadOnlyList<string> Write(RunReport report, PayrollPlan payroll, string directory, DateOnly? payDate = null)
    {
        Directory.CreateDirectory(directory);
        var date = (payDate ?? payroll.PayDate(report.Period.EndExclusive)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (payrollName, timeOffName) = FileNames(report.Period.Name);
        // A period already closed was paid: what payroll needs now is only what changed since (recalculated less booked).
        var (lines, kind) = report.Adjustments is { } adjustments ? (AdjustmentLines(report, adjustments).ToList(), "adjustment") : (Lines(report).ToList(), "original");
        var payrollPath = Path.Combine(directory, payrollName);
        var timeOffPath = Path.Combine(directory, timeOffName);
        TempFiles.Publish(payrollPath, stream => Csv(stream, PayrollColumns, writer =>
        {
            var written = 0;
            foreach (var (id, line, employee) in lines.Where(l => l.Line.RewardType != RewardType.PtoDays))
            {
                var cash = line.RewardType == RewardType.Cash;
                if (cash && line.Amount == 0 && kind == "original")
                {
                    continue; // nothing to pay: the workbook still lists the line
                }

                var code = cash ? payroll.Components[line.Component] : payroll.Benefits[Names.Reward(line.RewardType)];
                using var row = writer.NewRow();
                row["line_id"].Set(id);
                row["employee_id"].Set(employee.EmployeeId);
                row["pay_element"].Set(code.PayElement);
                row["component"].Set(line.Component);
                row["reward_type"].Set(Names.Reward(line.RewardType));
                row["amount"].Set(Money(cash ? line.Amount : 0m));
                row["currency"].Set(line.Currency);
                row["pay_date"].Set(date);
                row["period"].Set(report.Period.Name);
                row["cost_centre"].Set(employee.CostCentre ?? string.Empty);
                row["gl_account"].Set(code.GlAccount);
                row["legal_entity"].Set(employee.LegalEntity ?? string.Empty);
                row["taxable_benefit"].Set(!cash && code.Taxable ? "true" : "false");
                row["benefit_value"].Set(cash ? string.Empty : Money(line.Cost));
                row["kind"].Set(kind);
                written++;
            }

            return written;
        }));
        TempFiles.Publish(timeOffPath, stream => Csv(stream, TimeOffColumns, writer =>
        {
            var written = 0;
            foreach (var (id, line, employee) in lines.Where(l => l.Line.RewardType == RewardType.PtoDays))
            {
                using var row = writer.NewRow();
                row["line_id"].Set(id);
                row["employee_id"].Set(employee.EmployeeId);
                row["days"].Set(line.Quantity.ToString(CultureInfo.InvariantCulture));
                row["period"].Set(report.Period.Name);
                row["grant_date"].Set(date);
                row["cost"].Set(Money(line.Cost));
                row["currency"].Set(line.Currency);
                row["cost_centre"].Set(employee.CostCentre ?? string.Empty);
                row["legal_entity"].Set(employee.LegalEntity ?? string.Empty);
                row["component"].Set(line.Component);
                row["kind"].Set(kind);
                written++;
            }

            return written;
        }));
        return [payrollPath, timeOffPath];
    }

    /// <summary>Every line with its workbook id (L1, L2… in employee order, as on Payout Lines) and its person.</summary>
    private static IEnumerable<(string Id, Rules.Audit.PayoutLine Line, Calc.Model.Employee Employee)> Lines(RunReport report)
    {
        var index = 0;
        foreach (var person in report.People)
        {
            foreach (var line in person.Result.Lines)
            {
                yield return (PayoutLinesSheet.LineId(index++), line, person.Kpis.Employee);
            }
        }
    }

    /// <summary>The adjustments as lines (A1, A2…): cash and cost are the differences, quantity is not known, so days are the cost's share.</summary>
    private static IEnumerable<(string Id, Rules.Audit.PayoutLine Line, Calc.Model.Employee Employee)> AdjustmentLines(RunReport report, IReadOnlyList<Adjustment> adjustments)
    {
        var people = report.People.ToDictionary(p => p.Kpis.Employee.EmployeeId, p => p.Kpis.Employee, StringComparer.Ordinal);
        var index = 0;
        foreach (var a in adjustments)
        {
            var type = RewardTypes.Parse(a.RewardType) ?? RewardType.Cash;
            var line = new Rules.Audit.PayoutLine(a.EmployeeId, "adjustment", a.Reason, a.Component, type, a.Amount - a.BookedAmount, a.Currency,
                type == RewardType.PtoDays ? 0m : a.Amount - a.BookedAmount, 1m, a.Cost - a.BookedCost);
            yield return ($"A{++index}", line, people.TryGetValue(a.EmployeeId, out var e) ? e : new Calc.Model.Employee(a.EmployeeId, a.EmployeeId, string.Empty, string.Empty, a.Currency, 0m, null, null, null, 1m));
        }
    }

    private static string Money(decimal amount) => amount.ToString("0.00##", CultureInfo.InvariantCulture);

    /// <summary>
    /// Comma-separated UTF-8 without a byte order mark, fields quoted when they must be, LF line ends:
    /// what import tools expect. A file without rows still has its header (Sep writes it with the first row).
    /// </summary>
    private static void Csv(Stream stream, string[] header, Func<SepWriter, int> rows)
    {
        using var text = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        int written;
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text))
        {
            writer.Header.Add(header);
            written = rows(writer);
        }

        if (written == 0)
        {
            text.Write(string.Join(',', header) + "\n");
        }

        text.Flush();
    }
}
