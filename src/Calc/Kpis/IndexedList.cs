using System.Collections;

namespace Payout.Calc.Kpis;

/// <summary>A read-only list whose items are made on demand from their index: a person's KPIs or ranks read from where they are stored.</summary>
/// <param name="count">How many items the list has.</param>
/// <param name="at">The item at an index from 0 to <paramref name="count"/> − 1.</param>
internal class IndexedList<T>(int count, Func<int, T> at) : IReadOnlyList<T>
{
    /// <inheritdoc />
    public int Count => count;

    /// <inheritdoc />
    public T this[int index] => (uint)index < (uint)count
        ? at(index)
        : throw new ArgumentOutOfRangeException(nameof(index), index, $"the list has {count} items");

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return at(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
