using Payout.Calc.Model;

namespace Payout.Calc.Kpis;

/// <summary>
/// Running counts and sums for one person. Events are folded in as they stream past, so memory
/// grows with people (and QA reviews), not with tickets or surveys.
/// </summary>
internal sealed class PersonAccumulator
{
    private readonly Dictionary<string, (decimal WeightedSum, decimal Weight)> _reviews = new(StringComparer.Ordinal);
    private readonly Dictionary<string, decimal> _targets = new(StringComparer.Ordinal);
    private int _csatPositive, _csatCount;
    private int _promoters, _detractors, _npsCount;
    private decimal _frtMinutes;
    private int _frtCount;
    private int _slaCarried, _slaMet;
    private int _accountsAtStart, _accountsAtEnd, _accountsNew, _accountsChurned;
    private decimal _arrStart, _arrEnd;

    public void AddCsat(decimal score, decimal scaleMax)
    {
        _csatCount++;
        if (score >= scaleMax - 1)
        {
            _csatPositive++;
        }
    }

    public void AddNps(decimal score)
    {
        _npsCount++;
        if (score >= 9)
        {
            _promoters++;
        }
        else if (score <= 6)
        {
            _detractors++;
        }
    }

    public void AddTicket(DateTimeOffset created, DateTimeOffset? firstResponse, DateTimeOffset? resolved, int? slaFirstResponseMinutes, int? slaResolutionMinutes)
    {
        if (firstResponse is { } fr)
        {
            _frtMinutes += (decimal)(fr - created).Ticks / TimeSpan.TicksPerMinute;
            _frtCount++;
        }

        if (slaFirstResponseMinutes is null && slaResolutionMinutes is null)
        {
            return;
        }

        _slaCarried++;
        // Exactly at the target counts as met; a target with no response/resolution yet is not met.
        var frMet = slaFirstResponseMinutes is not { } frTarget
            || firstResponse is { } f && f - created <= TimeSpan.FromMinutes(frTarget);
        var resMet = slaResolutionMinutes is not { } resTarget
            || resolved is { } r && r - created <= TimeSpan.FromMinutes(resTarget);
        if (frMet && resMet)
        {
            _slaMet++;
        }
    }

    public void AddReviewCriterion(string reviewId, decimal normalisedScore, decimal weight)
    {
        _reviews.TryGetValue(reviewId, out var acc);
        _reviews[reviewId] = (acc.WeightedSum + normalisedScore * weight, acc.Weight + weight);
    }

    public void AddAccount(string status, decimal arrStart, decimal arrEnd)
    {
        var presentAtStart = status != "new";
        if (presentAtStart)
        {
            _accountsAtStart++;
            _arrStart += arrStart;
            _arrEnd += arrEnd;
        }

        if (status != "churned")
        {
            _accountsAtEnd++;
        }

        if (status == "new")
        {
            _accountsNew++;
        }
        else if (status == "churned")
        {
            _accountsChurned++;
        }
    }

    /// <summary>Records a target; returns false when the KPI already has one (a duplicate).</summary>
    public bool AddTarget(string kpi, decimal target) => _targets.TryAdd(kpi, target);

    /// <summary>Every catalog KPI, in catalog order, with minimum samples applied.</summary>
    public IReadOnlyList<KpiValue> ToKpis(KpiOptions options)
    {
        var reviewScores = _reviews.Values.Where(r => r.Weight > 0).Select(r => r.WeightedSum / r.Weight).ToList();
        var reviewSum = reviewScores.Sum();
        var actuals = new List<KpiValue>
        {
            Make("csat", KpiMath.Percent(_csatPositive, _csatCount), _csatPositive, _csatCount, _csatCount),
            Make("nps", KpiMath.Nps(_promoters, _detractors, _npsCount), _promoters - _detractors, _npsCount, _npsCount),
            Make("frt_minutes", KpiMath.Mean(_frtMinutes, _frtCount), _frtMinutes, _frtCount, _frtCount),
            Make("sla_adherence", KpiMath.Percent(_slaMet, _slaCarried), _slaMet, _slaCarried, _slaCarried),
            Make("iqs", KpiMath.Mean(reviewSum, reviewScores.Count), reviewSum, reviewScores.Count, reviewScores.Count),
            Make("retention_rate", KpiMath.RetentionRate(_accountsAtStart, _accountsAtEnd, _accountsNew), _accountsAtEnd - _accountsNew, _accountsAtStart, _accountsAtStart),
            Make("churn_rate", KpiMath.Percent(_accountsChurned, _accountsAtStart), _accountsChurned, _accountsAtStart, _accountsAtStart),
            Make("nrr", KpiMath.Percent(_arrEnd, _arrStart), _arrEnd, _arrStart, _accountsAtStart),
        };

        actuals = actuals.Select(k => ApplyMinimum(k, options)).ToList();
        return actuals.Concat(actuals.Select(TargetCompletion)).ToList();
    }

    private KpiValue TargetCompletion(KpiValue actual)
    {
        var name = KpiCatalog.TargetCompletionPrefix + actual.Kpi;
        if (!_targets.TryGetValue(actual.Kpi, out var target))
        {
            return new KpiValue(name, null, 0, 0, 0, "no target for the period");
        }

        if (actual.Value is not { } value)
        {
            return new KpiValue(name, null, 0, target, actual.N, $"actual {actual.Kpi} is missing ({actual.MissingReason})");
        }

        var lowerIsBetter = KpiCatalog.FindBase(actual.Kpi)!.LowerIsBetter;
        var completion = KpiMath.TargetCompletion(value, target, lowerIsBetter);
        return completion is null
            ? new KpiValue(name, null, value, target, actual.N, "division by zero")
            : lowerIsBetter
                ? new KpiValue(name, completion, target, value, actual.N, null)
                : new KpiValue(name, completion, value, target, actual.N, null);
    }

    private static KpiValue Make(string kpi, decimal? value, decimal numerator, decimal denominator, int n) =>
        value is null ? new KpiValue(kpi, null, numerator, denominator, n, "no data in the period") : new KpiValue(kpi, value, numerator, denominator, n, null);

    private static KpiValue ApplyMinimum(KpiValue kpi, KpiOptions options) =>
        kpi.Value is not null && options.MinSamples.TryGetValue(kpi.Kpi, out var min) && kpi.N < min
            ? kpi with { Value = null, MissingReason = $"n={kpi.N} is below the plan's minimum of {min}" }
            : kpi;
}
