namespace Payout.Calc.Reading;

/// <summary>
/// Detects duplicate ids in a stream of rows without keeping the strings.
/// </summary>
/// <remarks>
/// Most systems number records: a fixed prefix and a zero-padded counter (<c>T0000000001</c>).
/// Such an id is kept exactly, as one bit in a page of a bitmap for its prefix and digit count,
/// which takes a fraction of a byte per id and stays in cache while ids arrive in order; a
/// hash set of 20 million ids spent seconds on cache misses alone. Any other id is kept as its
/// 64-bit FNV-1a hash: two different ids share a hash with probability about n² / 2⁶⁵ (1 in
/// 90,000 for 20 million ids), and such a pair would be reported as a duplicate, never missed.
/// Where an id goes depends only on the ids before it, and once decided never changes, so the
/// same id always meets its earlier copy.
/// </remarks>
internal sealed class UniqueIds
{
    private const int MaxCounters = 64;
    private const int MaxDigits = 18; // 10¹⁸ - 1 fits in a long
    private readonly HashSet<ulong> _hashed = [];
    private readonly List<CounterBits> _counters = [];
    private CounterBits? _last;

    /// <summary>Remembers the id; false when it was seen before.</summary>
    public bool Add(string id)
    {
        var digits = TrailingDigits(id);
        if (digits is 0 or > MaxDigits || CounterFor(id, digits) is not { } counter)
        {
            return _hashed.Add(Hash(id));
        }

        var number = long.Parse(id.AsSpan(id.Length - digits), provider: System.Globalization.CultureInfo.InvariantCulture);
        return counter.TryAdd(number) ?? _hashed.Add(Hash(id));
    }

    private CounterBits? CounterFor(string id, int digits)
    {
        var prefix = id.AsSpan(0, id.Length - digits);
        if (_last is { } last && last.Matches(prefix, digits))
        {
            return last;
        }

        foreach (var counter in _counters)
        {
            if (counter.Matches(prefix, digits))
            {
                return _last = counter;
            }
        }

        // Past this many prefixes the ids are not counters (e.g. composite keys): hash them.
        if (_counters.Count == MaxCounters)
        {
            return null;
        }

        var added = new CounterBits(prefix.ToString(), digits);
        _counters.Add(added);
        return _last = added;
    }

    private static int TrailingDigits(string id)
    {
        var i = id.Length;
        while (i > 0 && char.IsAsciiDigit(id[i - 1]))
        {
            i--;
        }

        return id.Length - i;
    }

    private static ulong Hash(string id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
