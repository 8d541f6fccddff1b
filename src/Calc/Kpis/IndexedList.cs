using System.Collections;

namespace Payout.Calc.Kpis;

/// <summary>
/// A read-only list whose items are made on demand from their index: a person's KPIs or ranks read
/// from where they are stored. Subclasses say how (<see cref="At"/>) rather than pass a delegate:
/// a list per person, 100,000 at scale, each with a delegate and its closure, cost 13 MiB more.
/// </summary>
/// <param name="count">How many items the list has.</param>
internal abstract class IndexedList<T>(int count) : IReadOnlyList<T>
{
    /// <inheritdoc />
    public int Count => count;

    /// <inheritdoc />
    public T this[int index] => (uint)index < (uint)count
        ? At(index)
        : throw new ArgumentOutOfRangeException(nameof(index), index, $"the list has {count} items");

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return At(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The item at <paramref name="index"/>, from 0 to <see cref="Count"/> − 1.</summary>
    protected abstract T At(int index);
}
