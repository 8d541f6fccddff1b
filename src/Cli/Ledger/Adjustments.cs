using Payout.Excel;
using Payout.Rules.Files;

namespace Payout.Cli.Ledger;

/// <summary>What a run of a closed period changes against what was booked: recalculated less booked, per person, component, reward type and currency.</summary>
internal static class Adjustments
{
    /// <summary>The original lines of a first close: one per payout line, with its rule.</summary>
    public static IReadOnlyList<LedgerLine> Originals(IReadOnlyList<PersonOutcome> people) =>
        [.. people.SelectMany(p => p.Result.Lines).Select(l => new LedgerLine(l.EmployeeId, l.Component, RewardTypes.Name(l.RewardType), l.Currency, l.Amount, l.Cost, "original",
            l.Recovers is { } r ? $"{l.Workflow} {l.Rule} recovers {r}" : $"{l.Workflow} {l.Rule}")
        {
            Quantity = l.Quantity,
            Rule = l.Rule,
            Recovers = l.Recovers?.LineId,
        })];

    /// <summary>The adjustment lines that bring what was booked to what the run computes now; none when nothing changed.</summary>
    public static IReadOnlyList<LedgerLine> Of(IReadOnlyList<LedgerLine> booked, IReadOnlyList<PersonOutcome> people, string reason)
    {
        // Lines booked before schema version 2 have no quantity: their adjustment's quantity is then the difference from nothing.
        var was = booked.GroupBy(Key).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity ?? 0m));
        var now = Originals(people).GroupBy(Key).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity ?? 0m));
        return [.. Preview(booked, people, reason).Select(a => new LedgerLine(a.EmployeeId, a.Component, a.RewardType, a.Currency, a.Amount - a.BookedAmount, a.Cost - a.BookedCost, "adjustment", reason)
        {
            Quantity = now.GetValueOrDefault((a.EmployeeId, a.Component, a.RewardType, a.Currency)) - was.GetValueOrDefault((a.EmployeeId, a.Component, a.RewardType, a.Currency)),
        })];
    }

    /// <summary>
    /// What the ledger holds per person for each component of the periods closed before <paramref name="period"/>
    /// starts, net of adjustments and clawbacks, linked to the original line: the facts clawback rules recover from.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<Rules.Facts.BookedLine>> Booked(PayoutLedger ledger, Calc.Model.Period period)
    {
        var lines = new List<(string Period, LedgerLine Line)>();
        foreach (var name in ledger.Periods())
        {
            if (Calc.Model.Period.TryParse(name, out var earlier) && earlier.EndExclusive <= period.Start)
            {
                lines.AddRange(ledger.Lines(name).Select(l => (name, l)));
            }
        }

        // A clawback is booked in the period it happened in but counts against the line it recovers.
        var byId = lines.ToDictionary(l => l.Line.Id);
        var booked = new List<(string EmployeeId, Rules.Facts.BookedLine Line)>();
        foreach (var group in lines.GroupBy(l => (Period: l.Line.Recovers is { } r && byId.TryGetValue(r, out var recovered) ? recovered.Period : l.Period, Key: Key(l.Line))))
        {
            var original = group.Select(l => l.Line).FirstOrDefault(l => l.Kind == "original" && l.Recovers is null) ?? group.First().Line;
            var (amount, quantity, cost) = (group.Sum(l => l.Line.Amount), group.Sum(l => l.Line.Quantity ?? 0m), group.Sum(l => l.Line.Cost));
            if (original.Recovers is null && (amount != 0m || cost != 0m))
            {
                // Lines booked before schema version 2 name their rule only in the reason ("workflow rule").
                var (employee, component, reward, currency) = group.Key.Key;
                booked.Add((employee, new Rules.Facts.BookedLine(group.Key.Period, original.Id, original.Rule ?? original.Reason.Split(' ')[^1], component,
                    RewardTypes.Parse(reward) ?? RewardType.Cash, currency, amount, quantity, cost) { PeriodEnd = Calc.Model.Period.Parse(group.Key.Period).EndExclusive.AddDays(-1) }));
            }
        }

        return booked.GroupBy(b => b.EmployeeId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<Rules.Facts.BookedLine>)[.. g.Select(b => b.Line)], StringComparer.Ordinal);
    }

    /// <summary>For the workbook: per person, component, reward type and currency that changed, booked and now.</summary>
    public static IReadOnlyList<Excel.Adjustment> Preview(IReadOnlyList<LedgerLine> booked, IReadOnlyList<PersonOutcome> people, string reason)
    {
        var was = booked.GroupBy(Key).ToDictionary(g => g.Key, g => (Amount: g.Sum(l => l.Amount), Cost: g.Sum(l => l.Cost)));
        var now = Originals(people).GroupBy(Key).ToDictionary(g => g.Key, g => (Amount: g.Sum(l => l.Amount), Cost: g.Sum(l => l.Cost)));
        return [.. was.Keys.Union(now.Keys).Order()
            .Select(k => (Key: k, Was: was.GetValueOrDefault(k), Now: now.GetValueOrDefault(k)))
            .Where(x => x.Now != x.Was)
            .Select(x => new Excel.Adjustment(x.Key.Employee, x.Key.Component, x.Key.Reward, x.Key.Currency, x.Was.Amount, x.Now.Amount, x.Was.Cost, x.Now.Cost, reason))];
    }

    /// <summary>
    /// Cash booked per person and currency for the periods of <paramref name="period"/>'s year that end
    /// on or before it starts (originals and adjustments): what was paid earlier in the year.
    /// </summary>
    public static IReadOnlyDictionary<(string EmployeeId, string Currency), decimal> PaidEarlierInYear(PayoutLedger ledger, Calc.Model.Period period)
    {
        var paid = new Dictionary<(string, string), decimal>();
        foreach (var name in ledger.Periods())
        {
            if (!Calc.Model.Period.TryParse(name, out var earlier) || earlier.Start.Year != period.Start.Year || earlier.EndExclusive > period.Start)
            {
                continue;
            }

            foreach (var line in ledger.Lines(name).Where(l => l.RewardType == "cash"))
            {
                paid[(line.EmployeeId, line.Currency)] = paid.GetValueOrDefault((line.EmployeeId, line.Currency)) + line.Amount;
            }
        }

        return paid;
    }

    /// <summary>(kind, name, SHA-256) of every input and rule file of a run, as a close records them.</summary>
    public static IReadOnlyList<(string Kind, string Name, string Sha256)> FilesOf(Calc.Model.KpiRun kpis, Rules.Policy policy) =>
        [.. kpis.Inputs.Select(i => ("input", i.Name, i.Sha256)), .. policy.Files.Select(f => ("rule", Path.GetFileName(f.Path), f.Sha256))];

    /// <summary>Which input and rule files differ from the ones the last close was computed from.</summary>
    public static string Reason(LedgerClose last, IReadOnlyList<(string Kind, string Name, string Sha256)> now)
    {
        string Changed(string kind)
        {
            var before = last.Files.Where(f => f.Kind == kind).ToDictionary(f => f.Name, f => f.Sha256, StringComparer.Ordinal);
            var after = now.Where(f => f.Kind == kind).ToDictionary(f => f.Name, f => f.Sha256, StringComparer.Ordinal);
            var names = before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
                .Where(n => before.GetValueOrDefault(n) != after.GetValueOrDefault(n))
                .Select(n => !before.ContainsKey(n) ? $"{n} (new)" : !after.ContainsKey(n) ? $"{n} (gone)" : n).ToList();
            return names.Count == 0 ? $"{kind}s unchanged" : $"{kind}s changed: {string.Join(", ", names)}";
        }

        return $"recalculated against close {last.Sequence}: {Changed("input")}; {Changed("rule")}";
    }

    private static (string Employee, string Component, string Reward, string Currency) Key(LedgerLine l) => (l.EmployeeId, l.Component, l.RewardType, l.Currency);
}
