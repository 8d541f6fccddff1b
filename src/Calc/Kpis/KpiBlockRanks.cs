using Payout.Calc.Model;

namespace Payout.Calc.Kpis;

/// <summary>One person's ranks, read from the block that stores the person's KPIs.</summary>
internal sealed class KpiBlockRanks(KpiBlock block, int person) : IndexedList<KpiRanks>(block.PerPerson)
{
    /// <inheritdoc />
    protected override KpiRanks At(int index) => block.RanksAt(person, index);
}
