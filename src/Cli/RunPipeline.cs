using Payout.Calc;
using Payout.Calc.Kpis;
using Payout.Calc.Model;
using Payout.Excel;
using Payout.Rules;
using Payout.Cli.Output;

namespace Payout.Cli;

/// <summary>Policy, KPIs, evaluation: everything a run does before rendering.</summary>
internal static class RunPipeline
{
    /// <summary>Loads the policy with every catalog KPI name.</summary>
    public static Policy LoadPolicy(string rulesDirectory) =>
        PolicyLoader.Load(rulesDirectory, plan => KpiCatalog.Names(plan.ExternalKpis, plan.Composites.Keys), KpiCatalog.OnPercentScale, CliLimits.Current);

    /// <summary>KPI options from the plan: minimum samples, time zone, declared external KPIs.</summary>
    public static KpiOptions KpiOptionsOf(Policy policy) =>
        new(policy.Plan.MinSamples, policy.Plan.TimeZone, policy.Plan.ExternalKpis)
        {
            Composites = policy.Plan.Composites.Select(c => new CompositeKpi(c.Key, c.Value)).ToList(),
            Limits = CliLimits.Current,
        };

    /// <summary>Resolves the period: as given, or the latest quarter with events in the data.</summary>
    public static Period ResolvePeriod(string? given, string dataDirectory)
    {
        if (given is not null)
        {
            return Period.TryParse(given, out var p)
                ? p
                : throw new UsageException($"invalid --period '{given}': expected 2026-09, 2026-Q3 or 2026, a year from 1900 to 2999");
        }

        if (!Directory.Exists(dataDirectory))
        {
            throw new UsageException($"data folder not found: {dataDirectory}");
        }

        return KpiCalculator.LatestQuarter(dataDirectory, CliLimits.Current)
            ?? throw new UsageException($"no dated events in {dataDirectory}; pass --period");
    }

    /// <summary>
    /// Computes KPIs and evaluates every person. Data errors are returned, not thrown; unless
    /// <paramref name="acceptRejects"/> is set, any error means nobody is evaluated.
    /// </summary>
    /// <remarks>
    /// People are evaluated in parallel on <paramref name="threads"/> threads; evaluation is a pure
    /// function of the person, and results keep employee order, so the output does not depend on it.
    /// Without <paramref name="explain"/> no audit trail is kept: the same awards, for what-if runs.
    /// <paramref name="booked"/> is what the ledger holds per person for earlier closed periods, for clawback rules; null without a ledger.
    /// </remarks>
    public static (KpiRun Kpis, IReadOnlyList<PersonOutcome> People) Execute(Policy policy, string dataDirectory, Period period, bool acceptRejects, int threads = 0, bool explain = true, RunProgress? progress = null,
        IReadOnlyDictionary<string, IReadOnlyList<Rules.Facts.BookedLine>>? booked = null)
    {
        if (!Directory.Exists(dataDirectory))
        {
            throw new UsageException($"data folder not found: {dataDirectory}");
        }

        progress ??= RunProgress.None;
        var kpis = progress.Step("reading data and computing KPIs", 1, _ => KpiCalculator.Compute(dataDirectory, period, KpiOptionsOf(policy) with { Threads = threads }));
        if (kpis.Errors.Count > 0 && !acceptRejects)
        {
            return (kpis, []);
        }

        PhaseCollector.AfterPhase(kpis.People.Count);
        var people = ManualLines.Apply(Evaluate(policy, kpis, dataDirectory, period, threads, explain, progress, booked), kpis.ManualAdjustments);
        PhaseCollector.AfterPhase(kpis.People.Count);
        return (kpis, people);
    }

    /// <summary>Evaluates <paramref name="policy"/> for every person of KPIs already computed (a what-if runs two policies on one computation).</summary>
    public static IReadOnlyList<PersonOutcome> Evaluate(Policy policy, KpiRun kpis, string dataDirectory, Period period, int threads = 0, bool explain = true, RunProgress? progress = null,
        IReadOnlyDictionary<string, IReadOnlyList<Rules.Facts.BookedLine>>? booked = null)
    {
        progress ??= RunProgress.None;
        var periodFacts = FactMapper.ToFacts(period);
        // The year's quarters cost a pass over the data each, so they are read only for runs that close a year.
        var closesYear = period.EndExclusive.Month == 1 && period.EndExclusive.Day == 1;
        var history = policy.UsesYearHistory && closesYear ? YearHistory(policy, dataDirectory, period, kpis, threads) : [];
        var churns = kpis.AccountChurns.ToLookup(c => c.EmployeeId, StringComparer.Ordinal);
        var teams = policy.UsesTeamKpis ? FactMapper.ToFacts(TeamPooling.Pool(kpis.People, policy.TeamKpiNames)) : new Dictionary<(string, string), IReadOnlyList<Rules.Facts.TeamKpi>>();
        try
        {
            var people = progress.Step($"evaluating {kpis.People.Count:N0} people", kpis.People.Count, advance => kpis.People
                .AsParallel()
                .AsOrdered()
                .WithDegreeOfParallelism(threads > 0 ? threads : Environment.ProcessorCount)
                .Select(p =>
                {
                    var id = p.Employee.EmployeeId;
                    var facts = FactMapper.ToFacts(p, history, teams, booked?.GetValueOrDefault(id) ?? [], churns[id]);
                    var outcome = new PersonOutcome(p, policy.Evaluate(facts, periodFacts, explain));
                    advance(1);
                    return outcome;
                })
                .ToList());
            return people;
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is PolicyEvaluationException))
        {
            // Report the same person's failure whatever the thread timing: the first by employee id.
            throw ex.InnerExceptions.Cast<PolicyEvaluationException>().MinBy(e => e.EmployeeId, StringComparer.Ordinal)!;
        }
    }

    /// <summary>
    /// KPIs of each quarter of the period's year that has begun by the period's end, for rules that
    /// look back over the year (the run's own quarter reuses its KPIs). Row errors surface in the run's own pass.
    /// </summary>
    /// <remarks>Each quarter's people are indexed by id once, so mapping a person is a lookup, not a scan.</remarks>
    private static List<(string Period, IReadOnlyDictionary<string, PersonKpis> People)> YearHistory(Policy policy, string dataDirectory, Period period, KpiRun current, int threads)
    {
        var options = KpiOptionsOf(policy) with { Threads = threads };
        return Enumerable.Range(1, 4)
            .Select(q => Period.Parse($"{period.Start.Year}-Q{q}"))
            .Where(q => q.Start < period.EndExclusive)
            .Select(q => q.Name == period.Name ? current : KpiCalculator.Compute(dataDirectory, q, options))
            .Select(run => (run.Period.Name, (IReadOnlyDictionary<string, PersonKpis>)run.People.ToDictionary(p => p.Employee.EmployeeId, StringComparer.Ordinal)))
            .ToList();
    }
}
