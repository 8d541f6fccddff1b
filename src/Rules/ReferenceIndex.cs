namespace Payout.Rules;

/// <summary>Finding an item in a short list by identity, not by value.</summary>
/// <remarks>
/// Expression parameters, compiled rules and loaded rules are told apart by identity: two records
/// with equal members are still different rules, and the lists are a handful long.
/// </remarks>
internal static class ReferenceIndex
{
    /// <summary>The index of <paramref name="item"/> itself in <paramref name="list"/>, or -1.</summary>
    public static int IndexOfSame<T>(this IReadOnlyList<T> list, T item)
        where T : class
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (ReferenceEquals(list[i], item))
            {
                return i;
            }
        }

        return -1;
    }
}
