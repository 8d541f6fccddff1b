using System.Collections.Concurrent;
using Payout.Calc.Model;

namespace Payout.Calc.Kpis;

/// <summary>
/// Running counts and sums for one person. Events are folded in as they stream past, so memory
/// grows with people (and their QA reviews), not with tickets, surveys or calls. Durations are
/// summed as whole ticks and divided once at the end, and review scores are summed in id order,
/// so the result does not depend on the order rows arrive in.
/// </summary>
/// <remarks>
/// Each kind of file folds into fields of its own (tickets: response, resolution, complaint,
/// first-contact and SLA figures; surveys, calls, reviews, feedback, accounts, targets and
/// external KPIs: the rest), so the ticket file can be read on one thread while the others are
/// read on another. A new field must belong to one kind of file.
/// </remarks>
internal sealed class PersonAccumulator
{
    private readonly Dictionary<string, List<(string Criterion, decimal Score, decimal Weight)>> _reviews = new(StringComparer.Ordinal);
    // Reasons repeat across people: each distinct text is made once, not once per person.
    private static readonly ConcurrentDictionary<(string Kpi, string Reason), string> MissingActual = new();
    private static readonly ConcurrentDictionary<(int N, int Min), string> BelowMinimum = new();
    private readonly Dictionary<string, decimal> _targets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, decimal> _external = new(StringComparer.Ordinal);
    private Ratio _csatPositive;
    private Mean _csatScore;
    private int _promoters, _detractors, _npsCount;
    private Mean _cesScore;
    private Ratio _cesLowEffort;
    private Mean _handleSeconds;
    private TickMean _frtMinutes, _artHours, _complaintHours;
    private Ratio _sla, _firstContact, _feedbackResponded;
    private int _accountsAtStart, _accountsAtEnd, _accountsNew, _accountsChurned, _accountsRetained;
    private decimal _arrStart, _arrEnd, _retentionCost;

    public void AddSurvey(string kind, decimal score, decimal scaleMin, decimal scaleMax)
    {
        switch (kind)
        {
            case "csat":
                _csatPositive.Add(score >= scaleMax - 1);
                _csatScore.Add(score);
                break;
            case "nps":
                _npsCount++;
                _promoters += score >= 9 ? 1 : 0;
                _detractors += score <= 6 ? 1 : 0;
                break;
            default:
                _cesScore.Add(score);
                _cesLowEffort.Add(score <= scaleMin + 1);
                break;
        }
    }

    public void AddTicket(DateTimeOffset created, DateTimeOffset? firstResponse, DateTimeOffset? resolved, int? contacts, bool complaint, int? slaFirstResponseMinutes, int? slaResolutionMinutes)
    {
        if (firstResponse is { } fr)
        {
            _frtMinutes.Add((fr - created).Ticks);
        }

        if (resolved is { } res)
        {
            var ticks = (res - created).Ticks;
            _artHours.Add(ticks);
            if (complaint)
            {
                _complaintHours.Add(ticks);
            }

            if (contacts is { } c)
            {
                _firstContact.Add(c == 1);
            }
        }

        if (slaFirstResponseMinutes is null && slaResolutionMinutes is null)
        {
            return;
        }

        // Exactly at the target counts as met; a target with no response/resolution yet is not met.
        var frMet = slaFirstResponseMinutes is not { } frTarget
            || firstResponse is { } f && f - created <= TimeSpan.FromMinutes(frTarget);
        var resMet = slaResolutionMinutes is not { } resTarget
            || resolved is { } r && r - created <= TimeSpan.FromMinutes(resTarget);
        _sla.Add(frMet && resMet);
    }

    public void AddAnsweredCall(int talkSeconds, int holdSeconds, int acwSeconds) => _handleSeconds.Add(talkSeconds + holdSeconds + acwSeconds);

    public void AddFeedback(bool responded) => _feedbackResponded.Add(responded);

    public void AddReviewCriterion(string reviewId, string criterion, decimal normalisedScore, decimal weight)
    {
        if (!_reviews.TryGetValue(reviewId, out var criteria))
        {
            _reviews[reviewId] = criteria = [];
        }

        criteria.Add((criterion, normalisedScore, weight));
    }

    public void AddAccount(string status, decimal arrStart, decimal arrEnd, decimal retentionCost)
    {
        if (status != "new")
        {
            _accountsAtStart++;
            _arrStart += arrStart;
            _arrEnd += arrEnd;
        }

        _accountsAtEnd += status != "churned" ? 1 : 0;
        _accountsNew += status == "new" ? 1 : 0;
        _accountsChurned += status == "churned" ? 1 : 0;
        _accountsRetained += status == "retained" ? 1 : 0;
        _retentionCost += retentionCost;
    }

    /// <summary>Records a target; returns false when the KPI already has one (a duplicate).</summary>
    public bool AddTarget(string kpi, decimal target) => _targets.TryAdd(kpi, target);

    /// <summary>Records an external KPI value; returns false when the KPI already has one.</summary>
    public bool AddExternal(string kpi, decimal value) => _external.TryAdd(kpi, value);

    /// <summary>How many KPIs <see cref="ToKpis"/> writes for every person: the same for all.</summary>
    public static int KpiCount(KpiOptions options, int externalCount) => (KpiCatalog.Base.Count + externalCount + options.Composites.Count) * 2;

    /// <summary>
    /// Every catalog KPI, then the external ones, then the composites, then target completion for
    /// each, with minimum samples applied, written to <paramref name="into"/> (<see cref="KpiCount"/> long).
    /// </summary>
    /// <remarks>Written in place: the caller keeps every person's KPIs in one array, which the collector never copies.</remarks>
    public void ToKpis(KpiOptions options, TeamAccumulator team, IReadOnlyList<string> externalNames, Span<KpiValue> into)
    {
        var reviewScores = _reviews.Count == 0 ? [] : _reviews.OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => r.Value.OrderBy(c => c.Criterion, StringComparer.Ordinal).ToList())
            .Where(c => c.Sum(x => x.Weight) > 0)
            .Select(c => c.Sum(x => x.Score * x.Weight) / c.Sum(x => x.Weight))
            .ToList();
        var reviewSum = reviewScores.Sum();
        var actualCount = into.Length / 2;
        var actuals = into[..actualCount];
        var n = 0;
        actuals[n++] = Rate("csat", _csatPositive);
        actuals[n++] = Average("csat_avg", _csatScore);
        actuals[n++] = Make("nps", KpiMath.Nps(_promoters, _detractors, _npsCount), _promoters - _detractors, _npsCount, _npsCount);
        actuals[n++] = Average("ces", _cesScore);
        actuals[n++] = Rate("ces_low_effort_pct", _cesLowEffort);
        actuals[n++] = Duration("frt_minutes", _frtMinutes, TimeSpan.TicksPerMinute);
        actuals[n++] = Duration("art_hours", _artHours, TimeSpan.TicksPerHour);
        actuals[n++] = Average("aht_seconds", _handleSeconds);
        actuals[n++] = Rate("sla_adherence", _sla);
        actuals[n++] = Rate("resolution_rate", _firstContact);
        actuals[n++] = Duration("complaint_resolution_hours", _complaintHours, TimeSpan.TicksPerHour);
        actuals[n++] = Rate("feedback_response_rate", _feedbackResponded);
        actuals[n++] = Make("iqs", KpiMath.Mean(reviewSum, reviewScores.Count), reviewSum, reviewScores.Count, reviewScores.Count);
        actuals[n++] = Rate("abandonment_rate", team.Abandoned);
        actuals[n++] = Duration("awt_seconds", team.WaitTicks, TimeSpan.TicksPerSecond);
        actuals[n++] = Make("retention_rate", KpiMath.RetentionRate(_accountsAtStart, _accountsAtEnd, _accountsNew), _accountsAtEnd - _accountsNew, _accountsAtStart, _accountsAtStart);
        actuals[n++] = Make("churn_rate", KpiMath.Percent(_accountsChurned, _accountsAtStart), _accountsChurned, _accountsAtStart, _accountsAtStart);
        actuals[n++] = Make("nrr", KpiMath.Percent(_arrEnd, _arrStart), _arrEnd, _arrStart, _accountsAtStart);
        actuals[n++] = Make("retention_cost", KpiMath.Mean(_retentionCost, _accountsRetained), _retentionCost, _accountsRetained, _accountsRetained);
        foreach (var name in externalNames)
        {
            actuals[n++] = _external.TryGetValue(name, out var v) ? new KpiValue(name, v, v, 1, 1, null) : KpiValue.NoData(name);
        }

        for (var i = 0; i < n; i++)
        {
            actuals[i] = ApplyMinimum(actuals[i], options);
        }

        foreach (var composite in options.Composites)
        {
            actuals[n] = Composite(composite, actuals[..n]);
            n++;
        }

        if (n != actualCount)
        {
            throw new InvalidOperationException($"{n} KPIs were made where KpiCount promised {actualCount}: ToKpis and KpiCatalog.Base list different KPIs");
        }

        for (var i = 0; i < actualCount; i++)
        {
            into[actualCount + i] = TargetCompletion(actuals[i]);
        }
    }

    private KpiValue TargetCompletion(KpiValue actual)
    {
        var name = KpiCatalog.TargetCompletionOf(actual.Kpi);
        if (!_targets.TryGetValue(actual.Kpi, out var target))
        {
            return KpiValue.Missing(name, "no target for the period");
        }

        if (actual.Value is not { } value)
        {
            return new KpiValue(name, null, 0, target, actual.N, MissingActual.GetOrAdd((actual.Kpi, actual.MissingReason ?? string.Empty), static k => $"actual {k.Kpi} is missing ({k.Reason})"));
        }

        var lowerIsBetter = KpiCatalog.LowerIsBetter(actual.Kpi);
        var completion = KpiMath.TargetCompletion(value, target, lowerIsBetter);
        return completion is null
            ? new KpiValue(name, null, value, target, actual.N, "division by zero: the actual is 0 and lower is better")
            : lowerIsBetter
                ? new KpiValue(name, completion, target, value, actual.N, null)
                : new KpiValue(name, completion, value, target, actual.N, null);
    }

    private static KpiValue Composite(CompositeKpi composite, ReadOnlySpan<KpiValue> actuals)
    {
        var parts = new List<(decimal Weight, KpiValue? Kpi)>(composite.Weights.Count);
        foreach (var (name, weight) in composite.Weights)
        {
            KpiValue? part = null;
            foreach (var actual in actuals)
            {
                if (actual.Kpi == name)
                {
                    part = actual;
                    break;
                }
            }

            parts.Add((weight, part));
        }

        var missing = parts.Where(p => p.Kpi?.Value is null).Select(p => p.Kpi?.Kpi ?? "?").ToList();
        if (missing.Count > 0 || parts.Count == 0)
        {
            return new KpiValue(composite.Name, null, 0, parts.Sum(p => p.Weight), 0, $"part(s) missing: {string.Join(", ", missing)}");
        }

        var weighted = parts.Sum(p => p.Weight * p.Kpi!.Value.Value!.Value);
        var weights = parts.Sum(p => p.Weight);
        return new KpiValue(composite.Name, weighted / weights, weighted, weights, parts.Min(p => p.Kpi!.Value.N), null);
    }

    private static KpiValue Rate(string kpi, Ratio r) => Make(kpi, KpiMath.Percent(r.Hits, r.Total), r.Hits, r.Total, r.Total);

    private static KpiValue Average(string kpi, Mean m) => Make(kpi, KpiMath.Mean(m.Sum, m.Count), m.Sum, m.Count, m.Count);

    /// <summary>A mean duration from a sum of ticks: one division into the unit, then the mean.</summary>
    private static KpiValue Duration(string kpi, TickMean ticks, long ticksPerUnit)
    {
        var sum = (decimal)ticks.Sum;
        var total = sum / ticksPerUnit;
        return Make(kpi, ticks.Count == 0 ? null : sum / (ticksPerUnit * (decimal)ticks.Count), total, ticks.Count, ticks.Count);
    }

    private static KpiValue Make(string kpi, decimal? value, decimal numerator, decimal denominator, int n) =>
        value is not null ? new KpiValue(kpi, value, numerator, denominator, n, null)
            : numerator == 0 && denominator == 0 && n == 0 ? KpiValue.NoData(kpi)
            : new KpiValue(kpi, null, numerator, denominator, n, "no data in the period");

    private static KpiValue ApplyMinimum(KpiValue kpi, KpiOptions options) =>
        kpi.Value is not null && options.MinSamples.TryGetValue(kpi.Kpi, out var min) && kpi.N < min
            ? kpi with { Value = null, MissingReason = BelowMinimum.GetOrAdd((kpi.N, min), static k => $"n={k.N} is below the plan's minimum of {k.Min}") }
            : kpi;
}
