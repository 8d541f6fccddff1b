using System.Collections;
using Payout.Calc.Model;

namespace Payout.Calc.Kpis;

/// <summary>One person's ranks, read from the slot-indexed team and role ranks the <see cref="Ranker"/> made.</summary>
/// <param name="kpis">The person's KPIs, for the names.</param>
/// <param name="team">Every slot's rank in team; Rank 0 where the value is missing.</param>
/// <param name="role">Every slot's rank in role, likewise.</param>
/// <param name="start">The person's first slot.</param>
internal sealed class RankRow(IReadOnlyList<KpiValue> kpis, KpiRank[] team, KpiRank[] role, int start) : IReadOnlyList<KpiRanks>
{
    /// <inheritdoc />
    public int Count => kpis.Count;

    /// <inheritdoc />
    public KpiRanks this[int index] => (uint)index < (uint)kpis.Count
        ? new KpiRanks(kpis[index].Kpi, Present(team[start + index]), Present(role[start + index]))
        : throw new ArgumentOutOfRangeException(nameof(index), index, $"the person has {kpis.Count} KPIs");

    /// <inheritdoc />
    public IEnumerator<KpiRanks> GetEnumerator()
    {
        for (var k = 0; k < kpis.Count; k++)
        {
            yield return this[k];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static KpiRank? Present(KpiRank rank) => rank.Rank > 0 ? rank : null;
}
