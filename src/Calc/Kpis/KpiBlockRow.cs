using Payout.Calc.Model;

namespace Payout.Calc.Kpis;

/// <summary>One person's KPIs, read from the block that stores them.</summary>
internal sealed class KpiBlockRow(KpiBlock block, int person) : IndexedList<KpiValue>(block.PerPerson)
{
    /// <summary>The person's ranks, kept in the block beside the values (see <see cref="KpiBlock.SetRanks"/>).</summary>
    public IReadOnlyList<KpiRanks> Ranks => new KpiBlockRanks(block, person);

    /// <summary>Keeps the person's ranks from the ranker's slot-indexed arrays, the person's KPIs starting at <paramref name="start"/>.</summary>
    public void SetRanks(KpiRank[] team, KpiRank[] role, int start)
    {
        for (var k = 0; k < block.PerPerson; k++)
        {
            block.SetRanks(person, k, team[start + k], role[start + k]);
        }
    }

    /// <inheritdoc />
    protected override KpiValue At(int index) => block.ValueAt(person, index);
}
