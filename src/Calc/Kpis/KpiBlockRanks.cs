using System.Collections;
using Payout.Calc.Model;

namespace Payout.Calc.Kpis;

/// <summary>One person's ranks, read from the block that stores the person's KPIs.</summary>
internal sealed class KpiBlockRanks(KpiBlock block, int person) : IReadOnlyList<KpiRanks>
{
    /// <inheritdoc />
    public int Count => block.PerPerson;

    /// <inheritdoc />
    public KpiRanks this[int index] => (uint)index < (uint)block.PerPerson
        ? block.RanksAt(person, index)
        : throw new ArgumentOutOfRangeException(nameof(index), index, $"a person has {block.PerPerson} KPIs");

    /// <inheritdoc />
    public IEnumerator<KpiRanks> GetEnumerator()
    {
        for (var k = 0; k < block.PerPerson; k++)
        {
            yield return block.RanksAt(person, k);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
