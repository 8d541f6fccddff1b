using Payout.Calc.Model;

namespace Payout.Calc.Kpis;

/// <summary>One person's ranks, read from the slot-indexed team and role ranks the <see cref="Ranker"/> made (for KPIs not stored in blocks).</summary>
/// <param name="kpis">The person's KPIs, for the names.</param>
/// <param name="team">Every slot's rank in team; Rank 0 where the value is missing.</param>
/// <param name="role">Every slot's rank in role, likewise.</param>
/// <param name="start">The person's first slot.</param>
internal sealed class RankRow(IReadOnlyList<KpiValue> kpis, KpiRank[] team, KpiRank[] role, int start) : IndexedList<KpiRanks>(kpis.Count)
{
    /// <inheritdoc />
    protected override KpiRanks At(int index) => new(kpis[index].Kpi, Ranker.Present(team[start + index]), Ranker.Present(role[start + index]));
}
