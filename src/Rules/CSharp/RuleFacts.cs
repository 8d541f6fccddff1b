using System.Globalization;
using Payout.Rules.Facts;

namespace Payout.Rules.CSharp;

/// <summary>
/// What a C# rule may read: the person, their KPIs and ranks, the period, the plan, earlier
/// quarters, what has been awarded so far and facts other rules asserted. Every read is recorded
/// for the explanation and for deciding when a rule may fire again.
/// </summary>
public sealed class RuleFacts
{
    private readonly PersonFacts _person;
    private readonly PeriodFacts _period;
    private readonly IReadOnlyDictionary<string, decimal> _plan;
    private readonly Func<string, decimal> _awarded;
    private Dictionary<string, decimal>? _asserted; // made on the first assert: few people have any
    private readonly List<string> _reads = [];

    internal RuleFacts(PersonFacts person, PeriodFacts period, IReadOnlyDictionary<string, decimal> plan, Func<string, decimal> awarded)
    {
        _person = person;
        _period = period;
        _plan = plan;
        _awarded = awarded;
    }

    /// <summary>The person's id.</summary>
    public string EmployeeId => _person.EmployeeId;

    /// <summary>The person's role (agent, senior_agent, team_lead, csm).</summary>
    public string Role => Read("employee.role", _person.Role);

    /// <summary>The person's team.</summary>
    public string Team => Read("employee.team", _person.Team);

    /// <summary>Annual base salary in the person's currency.</summary>
    public decimal AnnualBaseSalary => Read("employee.annual_base_salary", _person.AnnualBaseSalary);

    /// <summary>Share of the period employed × FTE.</summary>
    public decimal Proration => Read("employee.proration", _person.Proration);

    /// <summary>The period's name, e.g. <c>2026-Q3</c>.</summary>
    public string Period => Read("period.name", _period.Name);

    /// <summary>Months in the period: 1, 3 or 12.</summary>
    public int PeriodMonths => Read("period.months", _period.Months);

    /// <summary>The names of the quarters of the period's year, Q1 first.</summary>
    public IReadOnlyList<string> QuartersOfYear => [.. Enumerable.Range(1, 4).Select(q => $"{_period.Start.Year}-Q{q}")];

    /// <summary>A KPI of the period. A missing KPI stops the rule (it does not pay).</summary>
    public decimal Kpi(string name) => Read($"kpi.{name}", Value(_person.Kpis, name, $"kpi.{name}"));

    /// <summary>The person's rank (1 = best) for a KPI within their team.</summary>
    public int TeamRank(string kpi) => Read($"team_rank.{kpi}", RankOf(kpi, team: true).Rank);

    /// <summary>The person's rank (1 = best) for a KPI within their role.</summary>
    public int RoleRank(string kpi) => Read($"role_rank.{kpi}", RankOf(kpi, team: false).Rank);

    /// <summary>The person's percentile (100 = best) for a KPI within their team.</summary>
    public decimal TeamPercentile(string kpi) => Read($"team_percentile.{kpi}", RankOf(kpi, team: true).Percentile);

    /// <summary>The person's percentile (100 = best) for a KPI within their role.</summary>
    public decimal RolePercentile(string kpi) => Read($"role_percentile.{kpi}", RankOf(kpi, team: false).Percentile);

    /// <summary>A KPI of an earlier period, e.g. <c>History("2026-Q1", "target_completion_nrr")</c>. Missing stops the rule.</summary>
    public decimal History(string period, string kpi)
    {
        var key = $"history[{period}].{kpi}";
        if (!_person.History.TryGetValue(period, out var kpis))
        {
            throw new MissingFactException(key, $"no data for {period}");
        }

        return Read(key, Value(kpis, kpi, key));
    }

    /// <summary>A plan parameter.</summary>
    public decimal Plan(string name) => Read($"plan.{name}", _plan.TryGetValue(name, out var v) ? v : throw new KeyNotFoundException($"unknown plan parameter '{name}'"));

    /// <summary>Cash awarded so far to this person for a component (by JSON rules and C# rules that already fired).</summary>
    public decimal Awarded(string component) => Read($"awarded.{component}", _awarded(component));

    /// <summary>True when some rule asserted the fact.</summary>
    public bool Has(string fact) => Read($"fact.{fact}", _asserted?.ContainsKey(fact) == true ? 1m : 0m) == 1m;

    /// <summary>The value some rule asserted, or null.</summary>
    public decimal? Fact(string fact)
    {
        var value = _asserted is not null && _asserted.TryGetValue(fact, out var v) ? v : (decimal?)null;
        _reads.Add($"fact.{fact}={(value is { } d ? d.ToString(CultureInfo.InvariantCulture) : "none")}");
        return value;
    }

    /// <summary>The values read since <see cref="BeginReads"/>, in order, de-duplicated.</summary>
    internal string Reads
    {
        get
        {
            // A condition reads a handful of facts, usually each once: check before building a set.
            if (_reads.Count <= 1)
            {
                return _reads.Count == 0 ? string.Empty : _reads[0];
            }

            return AllDistinct(_reads) ? string.Join("; ", _reads) : string.Join("; ", _reads.Distinct());
        }
    }

    internal void BeginReads() => _reads.Clear();

    private static bool AllDistinct(List<string> reads)
    {
        for (var i = 1; i < reads.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (reads[i] == reads[j])
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Sets a fact; true when the value changed.</summary>
    internal bool Assert(string fact, decimal value)
    {
        _asserted ??= new(StringComparer.Ordinal);
        var changed = !_asserted.TryGetValue(fact, out var old) || old != value;
        _asserted[fact] = value;
        return changed;
    }

    private T Read<T>(string key, T value)
    {
        _reads.Add($"{key}={(value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value)}");
        return value;
    }

    private static decimal Value(IReadOnlyDictionary<string, KpiFact> kpis, string name, string key)
    {
        if (!kpis.TryGetValue(name, out var kpi))
        {
            throw new MissingFactException(key, "not computed");
        }

        return kpi.Value ?? throw new MissingFactException(key, kpi.MissingReason ?? "no value");
    }

    private RankFact RankOf(string kpi, bool team)
    {
        var fact = _person.Kpis.GetValueOrDefault(kpi);
        var rank = team ? fact?.Team : fact?.Role;
        return rank ?? throw new MissingFactException($"{(team ? "team" : "role")}_rank.{kpi}", $"kpi.{kpi} is missing");
    }
}
