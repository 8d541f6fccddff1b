namespace Payout.Calc.Reading;

/// <summary>
/// The numbers seen after one id prefix with one digit count, as bits in 2 KB pages made on
/// first use. A page is refused when the ids are too sparse for bits to beat a hash (more than
/// 64 numbers of page per id kept, i.e. over 8 bytes an id); a refused page stays refused.
/// </summary>
internal sealed class CounterBits(string prefix, int digits)
{
    private const int PageShift = 14;
    private const int FreePages = 16;
    private readonly Dictionary<long, ulong[]?> _pages = [];
    private long _lastPage = -1;
    private ulong[]? _last;
    private long _stored;
    private int _made;

    /// <summary>True when an id with this prefix and digit count belongs here.</summary>
    public bool Matches(ReadOnlySpan<char> idPrefix, int idDigits) => idDigits == digits && idPrefix.SequenceEqual(prefix);

    /// <summary>Adds the number: true when new, false when seen before, null when its page was refused.</summary>
    public bool? TryAdd(long number)
    {
        var pageNumber = number >> PageShift;
        var page = pageNumber == _lastPage ? _last : PageFor(pageNumber);
        if (page is null)
        {
            return null;
        }

        var bit = number & ((1L << PageShift) - 1);
        ref var word = ref page[bit >> 6];
        var mask = 1UL << (int)(bit & 63);
        if ((word & mask) != 0)
        {
            return false;
        }

        word |= mask;
        _stored++;
        return true;
    }

    private ulong[]? PageFor(long pageNumber)
    {
        if (!_pages.TryGetValue(pageNumber, out var page))
        {
            var dense = _made < FreePages || ((long)(_made + 1) << PageShift) <= 64 * (_stored + 1);
            page = dense ? new ulong[(1 << PageShift) / 64] : null;
            _made += dense ? 1 : 0;
            _pages.Add(pageNumber, page);
        }

        _lastPage = pageNumber;
        _last = page;
        return page;
    }
}
