namespace Payout.Calc.Model;

/// <summary>Options for KPI computation.</summary>
/// <param name="MinSamples">Minimum sample size per KPI name; below it the KPI is missing.</param>
public sealed record KpiOptions(IReadOnlyDictionary<string, int> MinSamples)
{
    /// <summary>No minimums: any sample of one or more counts.</summary>
    public static KpiOptions Default { get; } = new(new Dictionary<string, int>());
}
