using System.Collections.Concurrent;
using NRules;
using NRules.RuleModel;

namespace Payout.Rules.CSharp;

/// <summary>
/// The NRules rules of a policy and their compiled session factories: one per set of rules that
/// applies together (a role in a period: roles and effective dates decide), compiled on first use
/// and shared by every session of that set.
/// </summary>
internal sealed class CSharpRules
{
    private readonly ConcurrentDictionary<string, Lazy<ISessionFactory>> _factories = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Role, DateOnly Start, bool Booked, bool Churns), (IReadOnlyList<LoadedRule> Rules, ISessionFactory Factory)?> _sets = new();

    /// <summary>Time the rules may take for one person (<c>--limit person_seconds</c>).</summary>
    public TimeSpan PersonTime { get; init; } = Common.RunLimits.Default.PersonTime;

    /// <param name="rules">The rules, in name order.</param>
    /// <param name="planParameters">The plan's parameters, the one <see cref="Facts.PlanParameters"/> fact every session shares.</param>
    /// <param name="all">The factory of every rule, compiled at load to check them: the one a role that runs them all uses.</param>
    public CSharpRules(IReadOnlyList<LoadedRule> rules, IReadOnlyDictionary<string, decimal> planParameters, ISessionFactory? all)
    {
        Rules = rules;
        ByName = rules.ToDictionary(r => r.Name, StringComparer.Ordinal);
        PlanFact = new Facts.PlanParameters(planParameters);
        if (all is not null)
        {
            _factories[Key(rules)] = new Lazy<ISessionFactory>(all);
        }
        KpiNames = rules.SelectMany(r => r.Scan.LiteralsOf<Facts.Kpi>()).ToHashSet(StringComparer.Ordinal);
        TeamKpiNames = rules.SelectMany(r => r.Scan.LiteralsOf<Facts.TeamKpi>()).ToHashSet(StringComparer.Ordinal);
        PastKpiNames = rules.SelectMany(r => r.Scan.LiteralsOf<Facts.PastKpi>()).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>No C# rules.</summary>
    public static CSharpRules None { get; } = new([], new Dictionary<string, decimal>(), null);

    /// <summary>Every rule, in name order.</summary>
    public IReadOnlyList<LoadedRule> Rules { get; }

    /// <summary>Rules by name, for actions that know only the firing rule's definition.</summary>
    public IReadOnlyDictionary<string, LoadedRule> ByName { get; }

    /// <summary>The KPIs some rule's <c>Kpi</c> pattern names: the only ones a session is given.</summary>
    public IReadOnlySet<string> KpiNames { get; }

    /// <summary>The KPIs some rule's <c>TeamKpi</c> pattern names: the only ones worth pooling.</summary>
    public IReadOnlySet<string> TeamKpiNames { get; }

    /// <summary>The KPIs some rule's <c>PastKpi</c> pattern names.</summary>
    public IReadOnlySet<string> PastKpiNames { get; }

    /// <summary>The plan's parameters as the one fact every session shares (facts are immutable).</summary>
    public Facts.PlanParameters PlanFact { get; }

    /// <summary>True when some rule matches KPIs of earlier quarters.</summary>
    public bool UsesYearHistory => Rules.Any(r => r.Scan.FactTypes.Contains(typeof(Facts.PastKpi)));

    /// <summary>True when some rule matches what the ledger booked or accounts that churned: clawbacks.</summary>
    public bool UsesBooked => Rules.Any(r => r.Scan.FactTypes.Contains(typeof(Facts.BookedLine)) || r.Scan.FactTypes.Contains(typeof(Facts.ChurnedAccount)));

    /// <summary>
    /// The rules that run for the person's role in a period, and the session factory for them; null when none
    /// does. A rule that cannot fire without booked lines (or churned accounts) is left out of a
    /// session that has none, as a rule for another role is: a clawback is not evaluated, nor
    /// explained, for the 100,000 people a run without a ledger has.
    /// </summary>
    public (IReadOnlyList<LoadedRule> Rules, ISessionFactory Factory)? For(Facts.PersonFacts person, DateOnly periodStart) =>
        Rules.Count == 0 ? null : _sets.GetOrAdd((person.Role, periodStart, person.Booked.Count > 0, person.Churns.Count > 0), key => Compile(key.Role, key.Start, key.Booked, key.Churns));

    private (IReadOnlyList<LoadedRule> Rules, ISessionFactory Factory)? Compile(string role, DateOnly periodStart, bool booked, bool churns)
    {
        var applicable = Rules.Where(r => r.Applies(role, periodStart)
            && (booked || !r.Scan.Requires.Contains(typeof(Facts.BookedLine)))
            && (churns || !r.Scan.Requires.Contains(typeof(Facts.ChurnedAccount)))).ToList();
        if (applicable.Count == 0)
        {
            return null;
        }

        var factory = _factories.GetOrAdd(Key(applicable), _ => new Lazy<ISessionFactory>(() => new RuleCompiler().Compile(applicable.Select(r => r.Definition)))).Value;
        return (applicable, factory);
    }

    private static string Key(IEnumerable<LoadedRule> rules) => string.Join('\n', rules.Select(r => r.Name));
}
