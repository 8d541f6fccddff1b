using System.Collections;
using Payout.Calc.Model;

namespace Payout.Calc.Kpis;

/// <summary>One person's KPIs, read from the block that stores them.</summary>
internal sealed class KpiBlockRow(KpiBlock block, int person) : IReadOnlyList<KpiValue>
{
    /// <inheritdoc />
    public int Count => block.PerPerson;

    /// <inheritdoc />
    public KpiValue this[int index] => (uint)index < (uint)block.PerPerson
        ? block.ValueAt(person, index)
        : throw new ArgumentOutOfRangeException(nameof(index), index, $"a person has {block.PerPerson} KPIs");

    /// <inheritdoc />
    public IEnumerator<KpiValue> GetEnumerator()
    {
        for (var k = 0; k < block.PerPerson; k++)
        {
            yield return block.ValueAt(person, k);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

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
}
