using Payout.Calc.Model;
using Payout.Rules;
using Payout.Rules.Audit;
using Payout.Rules.Files;

namespace Payout.Excel.Tests.Builders;

/// <summary>Builds a small <see cref="RunReport"/> without running Calc or Rules.</summary>
internal sealed class ReportBuilder
{
    private readonly List<PersonOutcome> _people = [];
    private string _team = "Team A";

    /// <summary>People added after this are in <paramref name="team"/>.</summary>
    public ReportBuilder Team(string team)
    {
        _team = team;
        return this;
    }

    public ReportBuilder Person(string id, string currency, params decimal[] cashLines) => Person(id, currency, $"Name {id}", cashLines);

    public ReportBuilder Person(string id, string currency, string name, params decimal[] cashLines)
    {
        var employee = new Employee(id, name, "agent", _team, currency, 48000m, null, null, null, 1m);
        var kpis = new PersonKpis(employee, 1m, [new KpiValue("csat", 90m, 45, 50, 50, null), KpiValue.NoData("nps")],
            [new KpiRanks("csat", new KpiRank(1, 1), new KpiRank(1, 1)), new KpiRanks("nps", null, null)]);
        var lines = cashLines.Select((amount, i) => new PayoutLine(id, "Bonus", $"Tier{i}", "bonus", RewardType.Cash, amount, currency, amount, 1m, amount)).ToList();
        var audit = lines.Select(l => new AuditRecord(id, "Bonus", l.Rule, "rules/bonus.json", 3, "bonus", Outcome.Fired, "kpi.csat >= 90", "kpi.csat=90 (45 of 50, n=50)", "rate=0.08", l.Amount, l.Amount, $"{l.Rule} fired")).ToList();
        _people.Add(new PersonOutcome(kpis, new PersonResult(lines, audit)));
        return this;
    }

    public RunReport Build() => new(
        Period.Parse("2026-Q3"),
        _people,
        [new InputFile("employees.csv", new string('a', 64), _people.Count, _people.Count, 0, 0)],
        [new PolicyFile("rules/bonus.json", new string('b', 64), ["Bonus"])],
        [new("period", "2026-Q3"), new("tool", "payout test")]);
}
