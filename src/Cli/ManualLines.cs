using System.Globalization;
using Payout.Calc.Model;
using Payout.Excel;
using Payout.Rules.Audit;
using Payout.Rules.Files;

namespace Payout.Cli;

/// <summary>
/// Adds the period's manual adjustments to the people they pay: each is a cash line of its own, under
/// the workflow <c>manual</c> with its reason code as the rule, explained by a sentence naming the
/// approver, file and line. Plan caps and floors do not apply to it: it is an explicit amount.
/// </summary>
internal static class ManualLines
{
    /// <summary>The workflow manual adjustments appear under on every sheet, statement and export.</summary>
    public const string Workflow = "manual";

    public static IReadOnlyList<PersonOutcome> Apply(IReadOnlyList<PersonOutcome> people, IReadOnlyList<ManualAdjustment> adjustments)
    {
        if (adjustments.Count == 0)
        {
            return people;
        }

        var byPerson = adjustments.GroupBy(a => a.EmployeeId).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return [.. people.Select(p => byPerson.TryGetValue(p.Kpis.Employee.EmployeeId, out var mine) ? With(p, mine) : p)];
    }

    /// <summary>Adjustments that cannot be paid as given: in another currency than the person's.</summary>
    public static IEnumerable<string> Problems(IReadOnlyList<PersonOutcome> people, IReadOnlyList<ManualAdjustment> adjustments, Rules.Plan.PayrollPlan? payroll)
    {
        var currencies = people.ToDictionary(p => p.Kpis.Employee.EmployeeId, p => p.Kpis.Employee.Currency, StringComparer.Ordinal);
        foreach (var a in adjustments)
        {
            if (currencies.TryGetValue(a.EmployeeId, out var currency) && currency != a.Currency)
            {
                yield return $"{a.File}:{a.Line}: column 'currency' value '{a.Currency}': {a.EmployeeId} is paid in {currency}";
            }

            if (payroll is not null && !payroll.Components.ContainsKey(a.Component))
            {
                yield return $"{a.File}:{a.Line}: column 'component' value '{a.Component}': plan.json Payroll.Components has no pay element for it";
            }
        }
    }

    private static PersonOutcome With(PersonOutcome person, List<ManualAdjustment> mine)
    {
        var lines = person.Result.Lines.ToList();
        var audit = person.Result.Audit.ToList();
        var lineAudit = person.Result.LineAudit.ToList();
        foreach (var a in mine)
        {
            var amount = a.Amount.ToString("+#,##0.00;-#,##0.00", CultureInfo.InvariantCulture);
            lines.Add(new PayoutLine(a.EmployeeId, Workflow, a.ReasonCode, a.Component, RewardType.Cash, a.Amount, a.Currency, a.Amount, 1m, a.Amount));
            if (lineAudit.Count == lines.Count - 1)
            {
                lineAudit.Add(audit.Count);
                audit.Add(new AuditRecord(a.EmployeeId, Workflow, a.ReasonCode, a.File, a.Line, a.Component, Outcome.Fired, "manual adjustment", $"approver={a.Approver}", string.Empty, a.Amount, a.Amount,
                    $"Manual adjustment {a.ReasonCode} approved by {a.Approver} ({a.File}:{a.Line}): {amount} {a.Currency}"));
            }
        }

        return person with { Result = new PersonResult(lines, audit) { LineAudit = lineAudit } };
    }
}
