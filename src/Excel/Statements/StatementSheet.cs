using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Payout.Calc.Model;
using Payout.Excel.Sheets;
using Payout.Excel.Writing;
using Payout.Rules.Files;

namespace Payout.Excel.Statements;

/// <summary>
/// One person's statement, ready to send: who, which period and plan, base salary, FTE and how
/// proration was derived, each KPI the policy read with its target and attainment, every award with
/// the sentence that explains it, totals per currency, and the hashes of the rules and inputs the run
/// used, so the statement can be tied to the workbook it came from.
/// </summary>
internal static class StatementSheet
{
    public const string Name = "Statement";

    public static Sheet Build(RunReport report, PersonOutcome person, StatementContext context)
    {
        var e = person.Kpis.Employee;
        var rows = new List<IReadOnlyList<Cell>>
        {
            Row("person", "employee", $"{e.EmployeeId} {e.Name}"),
            Row("person", "team / role", $"{e.Team} / {e.Role}"),
            Row("person", "period", $"{report.Period.Name} ({report.Period.Start:yyyy-MM-dd} to {report.Period.EndExclusive.AddDays(-1):yyyy-MM-dd})"),
            Row("person", "plan", report.PlanName),
        };
        if (report.Company.Length > 0)
        {
            rows.Add(Row("person", "company", report.Company));
        }

        rows.Add([Cell.Of("person"), Cell.Of("annual base salary"), Cell.Money(e.AnnualBaseSalary, e.Currency), Cell.Of(e.VariablePayPct is { } v ? $"variable pay {v:0.##%} of base" : null)]);
        rows.Add([Cell.Of("person"), Cell.Of("FTE"), Cell.Of(e.Fte, Style.Decimal), Cell.Empty]);
        rows.Add([Cell.Of("person"), Cell.Of("proration"), Cell.Of(person.Kpis.Proration, Style.Percent),
            Cell.Of($"{e.DaysEmployedIn(report.Period)} of {report.Period.Days} days employed in the period × FTE {e.Fte.ToString(CultureInfo.InvariantCulture)}")]);
        rows.Add([]);

        foreach (var kpi in KpisRead(person, context))
        {
            var completion = person.Kpis.Kpis.FirstOrDefault(k => k.Kpi == "target_completion_" + kpi.Kpi);
            var target = completion.Kpi is null || completion.Denominator == 0 && completion.Numerator == 0 ? null
                : (decimal?)(Calc.Kpis.KpiCatalog.LowerIsBetter(kpi.Kpi) ? completion.Numerator : completion.Denominator);
            var detail = kpi.Value is null ? $"missing: {kpi.MissingReason}"
                : $"{N(kpi.Numerator)} of {N(kpi.Denominator)}, n={kpi.N}" + (target is { } t
                    ? completion.Value is { } c ? $"; target {N(t)}, attainment {c.ToString("0.##", CultureInfo.InvariantCulture)} %" : $"; target {N(t)}"
                    : string.Empty);
            rows.Add([Cell.Of("kpi"), Cell.Of(kpi.Kpi), Cell.Of(kpi.Value, Style.Decimal), Cell.Of(detail)]);
        }

        rows.Add([]);
        var lines = person.Result.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var sentence = i < person.Result.LineAudit.Count && person.Result.LineAudit[i] < person.Result.Audit.Count
                ? person.Result.Audit[person.Result.LineAudit[i]].Sentence
                : "(run without explanations)";
            var reward = Names.Reward(line.RewardType);
            rows.Add(line.RewardType == RewardType.Cash
                ? [Cell.Of("award"), Cell.Of($"{line.Component} (cash)"), Cell.Money(line.Amount, line.Currency), Cell.Of(sentence)]
                : [Cell.Of("award"), Cell.Of($"{line.Component} ({reward} × {line.Quantity.ToString(CultureInfo.InvariantCulture)}, cost)"), Cell.Money(line.Cost, line.Currency), Cell.Of(sentence)]);
        }

        if (lines.Count == 0)
        {
            rows.Add(Row("award", "none", "no rule paid anything this period"));
        }

        // A period already closed and paid: what changes now, and why.
        foreach (var a in context.Adjustments[e.EmployeeId])
        {
            var (was, now) = a.RewardType == "cash" ? (a.BookedAmount, a.Amount) : (a.BookedCost, a.Cost);
            rows.Add([Cell.Of("adjustment"), Cell.Of($"{a.Component} ({a.RewardType}{(a.RewardType == "cash" ? string.Empty : ", cost")})"), Cell.Money(now - was, a.Currency),
                Cell.Of($"booked {was.ToString("#,##0.00", CultureInfo.InvariantCulture)}, now {now.ToString("#,##0.00", CultureInfo.InvariantCulture)} {a.Currency}; {a.Reason}")]);
        }

        rows.Add([]);
        foreach (var currency in lines.Select(l => l.Currency).Append(e.Currency).Distinct().Order(StringComparer.Ordinal))
        {
            var mine = lines.Where(l => l.Currency == currency).ToList();
            rows.Add([Cell.Of("total"), Cell.Of($"cash, {currency}"), Cell.Money(mine.Where(l => l.RewardType == RewardType.Cash).Sum(l => l.Amount), currency, total: true), Cell.Empty]);
            rows.Add([Cell.Of("total"), Cell.Of($"non-cash cost, {currency}"), Cell.Money(mine.Where(l => l.RewardType != RewardType.Cash).Sum(l => l.Cost), currency, total: true), Cell.Empty]);
            if (report.PaidEarlierInYear is { } paid)
            {
                var earlier = paid.GetValueOrDefault((e.EmployeeId, currency));
                var cash = mine.Where(l => l.RewardType == RewardType.Cash).Sum(l => l.Amount);
                rows.Add([Cell.Of("year"), Cell.Of($"cash paid earlier in {report.Period.Start.Year}, {currency}"), Cell.Money(earlier, currency), Cell.Of("booked in the ledger for the year's closed periods before this one")]);
                rows.Add([Cell.Of("year"), Cell.Of($"cash in {report.Period.Start.Year} to date, {currency}"), Cell.Money(earlier + cash, currency, total: true), Cell.Empty]);
            }
        }

        rows.Add([]);
        rows.Add(Row("audit", "rules (SHA-256 of the files' hashes)", context.RulesHash, $"{report.PolicyFiles.Count} files"));
        rows.Add(Row("audit", "inputs (SHA-256 of the files' hashes)", context.InputsHash, $"{report.Inputs.Count} files"));
        return new Sheet(Name, [new("section", 9), new("item", 34), new("value", 18), new("detail", 90)], rows);
    }

    /// <summary>One hash over many files' hashes, in name order: equal when every file is.</summary>
    public static string HashOf(IEnumerable<(string Name, string Sha)> files) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', files.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => $"{f.Name} {f.Sha}")))));

    /// <summary>The KPIs named by the rules this person was evaluated by, in the person's KPI order.</summary>
    private static IEnumerable<KpiValue> KpisRead(PersonOutcome person, StatementContext context)
    {
        var read = RuleReads.Of(person, context.RuleKpis);
        return person.Kpis.Kpis.Where(k => read.Contains(k.Kpi));
    }

    private static IReadOnlyList<Cell> Row(string section, string item, string value, string? detail = null) =>
        [Cell.Of(section), Cell.Of(item), Cell.Of(value), Cell.Of(detail)];

    private static string N(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
