using Payout.Calc.Model;
using Payout.Rules.Files;

namespace Payout.Excel.WhatIf;

/// <summary>
/// Two policies run on the same people: per person and component what changes (amount or the rule
/// that pays it, a tier change), and the cost per team and currency before and after. Cash and
/// non-cash cost are compared in their own currency; currencies are never added together.
/// </summary>
/// <param name="Period">The period.</param>
/// <param name="Current">What the current policy is called (its rules folder).</param>
/// <param name="Proposed">What the proposed policy is called (a folder, or the overrides).</param>
/// <param name="Changes">Every person and component whose amount or paying rule differs, by employee id then component.</param>
/// <param name="Teams">Per team and currency: cash and non-cash cost before and after, every team, by team then currency.</param>
public sealed record WhatIfReport(Period Period, string Current, string Proposed, IReadOnlyList<ComponentDelta> Changes, IReadOnlyList<TeamDelta> Teams)
{
    /// <summary>How many people were compared.</summary>
    public int People { get; init; }

    /// <summary>Compares two runs of the same people (same order, same KPIs).</summary>
    public static WhatIfReport Compare(Period period, string current, string proposed, IReadOnlyList<PersonOutcome> before, IReadOnlyList<PersonOutcome> after)
    {
        if (before.Count != after.Count)
        {
            throw new ArgumentException("both runs must cover the same people", nameof(after));
        }

        var changes = new List<ComponentDelta>();
        var teams = new SortedDictionary<(string Team, string Currency), (decimal CashBefore, decimal CashAfter, decimal CostBefore, decimal CostAfter)>();
        for (var i = 0; i < before.Count; i++)
        {
            var e = before[i].Kpis.Employee;
            var old = before[i].Result.Lines;
            var @new = after[i].Result.Lines;
            foreach (var key in old.Concat(@new).Select(l => (l.Component, l.Currency)).Distinct().Order())
            {
                decimal Value(IEnumerable<Rules.Audit.PayoutLine> lines) => lines.Where(l => (l.Component, l.Currency) == key).Sum(l => l.RewardType == RewardType.Cash ? l.Amount : l.Cost);
                string Rules(IEnumerable<Rules.Audit.PayoutLine> lines) => string.Join(", ", lines.Where(l => (l.Component, l.Currency) == key).Select(l => l.Rule).Distinct().Order(StringComparer.Ordinal));
                var delta = new ComponentDelta(e.EmployeeId, e.Name, e.Team, key.Component, key.Currency, Value(old), Value(@new), Rules(old), Rules(@new));
                if (delta.Delta != 0 || delta.RuleChanged)
                {
                    changes.Add(delta);
                }
            }

            foreach (var currency in old.Concat(@new).Select(l => l.Currency).Append(e.Currency).Distinct())
            {
                var t = teams.GetValueOrDefault((e.Team, currency));
                teams[(e.Team, currency)] = (
                    t.CashBefore + Cash(old, currency), t.CashAfter + Cash(@new, currency),
                    t.CostBefore + NonCash(old, currency), t.CostAfter + NonCash(@new, currency));
            }
        }

        return new WhatIfReport(period, current, proposed, changes,
            [.. teams.Select(t => new TeamDelta(t.Key.Team, t.Key.Currency, t.Value.CashBefore, t.Value.CashAfter, t.Value.CostBefore, t.Value.CostAfter))])
        {
            People = before.Count,
        };
    }

    /// <summary>Per currency: cash and non-cash cost before and after, over every team.</summary>
    public IReadOnlyList<TeamDelta> Currencies => [.. Teams.GroupBy(t => t.Currency).OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => new TeamDelta("(all teams)", g.Key, g.Sum(t => t.CashBefore), g.Sum(t => t.CashAfter), g.Sum(t => t.CostBefore), g.Sum(t => t.CostAfter)))];

    private static decimal Cash(IEnumerable<Rules.Audit.PayoutLine> lines, string currency) =>
        lines.Where(l => l.Currency == currency && l.RewardType == RewardType.Cash).Sum(l => l.Amount);

    private static decimal NonCash(IEnumerable<Rules.Audit.PayoutLine> lines, string currency) =>
        lines.Where(l => l.Currency == currency && l.RewardType != RewardType.Cash).Sum(l => l.Cost);
}
