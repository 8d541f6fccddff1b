namespace Payout.Calc.Kpis;

/// <summary>Numbers KPI names in order of first sight, and remembers whether lower is better for each.</summary>
internal sealed class KpiIds
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<bool> _lowerIsBetter = [];

    /// <summary>How many names have a number.</summary>
    public int Count => _ids.Count;

    /// <summary>The name's number, given on first sight.</summary>
    public int Of(string kpi)
    {
        if (!_ids.TryGetValue(kpi, out var id))
        {
            id = _ids.Count;
            _ids.Add(kpi, id);
            _lowerIsBetter.Add(KpiCatalog.LowerIsBetter(kpi));
        }

        return id;
    }

    /// <summary>True when a smaller value of KPI <paramref name="id"/> ranks higher.</summary>
    public bool LowerIsBetter(int id) => _lowerIsBetter[id];
}
