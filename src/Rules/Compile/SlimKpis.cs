using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Payout.Rules.Facts;

namespace Payout.Rules.Compile;

/// <summary>
/// A person's KPIs that some expression reads, kept for rendering explanations: one array of
/// values against names shared by every person, instead of a dictionary each.
/// </summary>
/// <remarks>Kept for every person until the workbook is written, so its size is paid 100,000 times.</remarks>
internal sealed class SlimKpis(IReadOnlyDictionary<string, int> index, string[] names, KpiFact?[] values) : IReadOnlyDictionary<string, KpiFact>
{
    public int Count => values.Count(v => v is not null);

    public IEnumerable<string> Keys => this.Select(p => p.Key);

    public IEnumerable<KpiFact> Values => this.Select(p => p.Value);

    public KpiFact this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"KPI '{key}' is not read by any rule");

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out KpiFact value)
    {
        value = index.TryGetValue(key, out var i) ? values[i] : null;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, KpiFact>> GetEnumerator()
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (values[i] is { } value)
            {
                yield return new(names[i], value);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
