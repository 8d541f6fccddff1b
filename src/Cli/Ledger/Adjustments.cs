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
    public static IReadOnlyList<LedgerLine> Of(IReadOnlyList<LedgerLine> booked, IReadOnlyList<PersonOutcome> people, string reason) =>
        [.. Compare(booked, people).Select(x => new LedgerLine(x.Key.Employee, x.Key.Component, x.Key.Reward, x.Key.Currency, x.Now.Amount - x.Was.Amount, x.Now.Cost - x.Was.Cost, "adjustment", reason)
        {
            // Lines booked before schema version 2 have no quantity: their adjustment's quantity is then the difference from nothing.
            Quantity = x.Now.Quantity - x.Was.Quantity,
        })];

    /// <summary>
    /// What the ledger holds per person for each component of the periods closed before <paramref name="period"/>
    /// starts, net of adjustments and clawbacks, linked to the original line: the facts clawback rules recover from.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<Rules.Facts.BookedLine>> Booked(PayoutLedger ledger, Calc.Model.Period period)
    {
        var lines = Earlier(ledger, period).SelectMany(p => ledger.Lines(p.Name).Select(l => (Period: p.Name, Line: l))).ToList();

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
    public static IReadOnlyList<Excel.Adjustment> Preview(IReadOnlyList<LedgerLine> booked, IReadOnlyList<PersonOutcome> people, string reason) =>
        [.. Compare(booked, people).Select(x => new Excel.Adjustment(x.Key.Employee, x.Key.Component, x.Key.Reward, x.Key.Currency, x.Was.Amount, x.Now.Amount, x.Was.Cost, x.Now.Cost, reason))];

    /// <summary>Per person, component, reward type and currency whose amount or cost differs: what was booked and what the run computes now, in key order.</summary>
    private static IEnumerable<((string Employee, string Component, string Reward, string Currency) Key, Totals Was, Totals Now)> Compare(IReadOnlyList<LedgerLine> booked, IReadOnlyList<PersonOutcome> people)
    {
        static Dictionary<(string, string, string, string), Totals> Sum(IEnumerable<LedgerLine> lines) =>
            lines.GroupBy(Key).ToDictionary(g => g.Key, g => new Totals(g.Sum(l => l.Amount), g.Sum(l => l.Cost), g.Sum(l => l.Quantity ?? 0m)));
        var was = Sum(booked);
        var now = Sum(Originals(people));
        return was.Keys.Union(now.Keys).Order()
            .Select(k => (Key: k, Was: was.GetValueOrDefault(k) ?? Totals.None, Now: now.GetValueOrDefault(k) ?? Totals.None))
            .Where(x => x.Now.Amount != x.Was.Amount || x.Now.Cost != x.Was.Cost);
    }

    /// <summary>
    /// Cash booked per person and currency for the periods of <paramref name="period"/>'s year that end
    /// on or before it starts (originals and adjustments): what was paid earlier in the year.
    /// </summary>
    public static IReadOnlyDictionary<(string EmployeeId, string Currency), decimal> PaidEarlierInYear(PayoutLedger ledger, Calc.Model.Period period)
    {
        var paid = new Dictionary<(string, string), decimal>();
        foreach (var (name, _) in Earlier(ledger, period).Where(p => p.Period.Start.Year == period.Start.Year))
        {
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

    /// <summary>The periods closed in the ledger that end on or before <paramref name="period"/> starts.</summary>
    private static IEnumerable<(string Name, Calc.Model.Period Period)> Earlier(PayoutLedger ledger, Calc.Model.Period period) =>
        ledger.Periods().Select(name => (Name: name, Ok: Calc.Model.Period.TryParse(name, out var p), Period: p))
            .Where(x => x.Ok && x.Period.EndExclusive <= period.Start).Select(x => (x.Name, x.Period));

    private static (string Employee, string Component, string Reward, string Currency) Key(LedgerLine l) => (l.EmployeeId, l.Component, l.RewardType, l.Currency);

    /// <summary>Amount, cost and quantity summed over lines of one key.</summary>
    private sealed record Totals(decimal Amount, decimal Cost, decimal Quantity)
    {
        public static Totals None { get; } = new(0m, 0m, 0m);
    }
}
