namespace Payout.Calc.Reading;

/// <summary>
/// Detects duplicate ids in a stream of rows while keeping 8 bytes per id instead of the string:
/// ids are remembered by their 64-bit FNV-1a hash. Two different ids share a hash with
/// probability about n² / 2⁶⁵ (1 in 90,000 for 20 million ids); such a pair would be reported
/// as a duplicate, never missed.
/// </summary>
internal sealed class UniqueIds
{
    private readonly HashSet<ulong> _seen = [];

    /// <summary>Remembers the id; false when it was seen before.</summary>
    public bool Add(string id) => _seen.Add(Hash(id));

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
