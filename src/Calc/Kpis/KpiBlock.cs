using Payout.Calc.Model;

namespace Payout.Calc.Kpis;

/// <summary>
/// The KPIs of a block of people, kept as columns: a value, its lineage and its reason are stored
/// only for KPIs that have any of them, and a KPI that is missing with no lineage (most of them,
/// e.g. "no target for the period") costs one number naming its reason.
/// </summary>
/// <remarks>
/// At 100,000 people and 44 KPIs, one <see cref="KpiValue"/> per slot was 4.4 million structs of
/// 80 bytes, the largest thing a run kept; about two thirds of them said only that a value was missing.
/// Values come back exactly as they were written, scale included (0.00 stays 0.00).
/// </remarks>
internal sealed class KpiBlock
{
    private readonly string[] _names;
    private readonly int[] _entryOf; // per slot: the entry's index, or Missing(reason) when the slot has none
    private readonly bool[] _hasValue;
    private readonly decimal[] _value;
    private readonly decimal[] _numerator;
    private readonly decimal[] _denominator;
    private readonly int[] _n;
    private readonly int[] _reasonOf; // per entry: index in _reasons, or -1 for none
    private readonly string[] _reasons;
    private readonly KpiRank[] _team; // per entry; Rank 0 where there is none
    private readonly KpiRank[] _role;

    /// <summary>Stores <paramref name="values"/>: <paramref name="people"/> people of <paramref name="perPerson"/> KPIs each, the same names in the same order for all.</summary>
    public KpiBlock(ReadOnlySpan<KpiValue> values, int people, int perPerson)
    {
        _names = new string[perPerson];
        for (var k = 0; k < perPerson && people > 0; k++)
        {
            _names[k] = values[k].Kpi;
        }

        var entries = 0;
        var slots = people * perPerson;
        for (var s = 0; s < slots; s++)
        {
            if (!string.Equals(values[s].Kpi, _names[s % perPerson], StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"KPI {s % perPerson} of person {s / perPerson} in a block is {values[s].Kpi}, not {_names[s % perPerson]}: every person must list the same KPIs in the same order");
            }

            entries += NeedsEntry(values[s]) ? 1 : 0;
        }

        _entryOf = new int[slots];
        _hasValue = new bool[entries];
        _value = new decimal[entries];
        _numerator = new decimal[entries];
        _denominator = new decimal[entries];
        _n = new int[entries];
        _reasonOf = new int[entries];
        _team = new KpiRank[entries];
        _role = new KpiRank[entries];
        var reasons = new Dictionary<string, int>(StringComparer.Ordinal);
        int ReasonIndex(string? reason)
        {
            if (reason is null)
            {
                return -1;
            }

            if (!reasons.TryGetValue(reason, out var index))
            {
                index = reasons.Count;
                reasons.Add(reason, index);
            }

            return index;
        }

        var e = 0;
        for (var s = 0; s < slots; s++)
        {
            var v = values[s];
            if (!NeedsEntry(v))
            {
                _entryOf[s] = Missing(ReasonIndex(v.MissingReason));
                continue;
            }

            _hasValue[e] = v.Value.HasValue;
            _value[e] = v.Value.GetValueOrDefault();
            _numerator[e] = v.Numerator;
            _denominator[e] = v.Denominator;
            _n[e] = v.N;
            _reasonOf[e] = ReasonIndex(v.MissingReason);
            _entryOf[s] = e++;
        }

        _reasons = new string[reasons.Count];
        foreach (var (reason, index) in reasons)
        {
            _reasons[index] = reason;
        }
    }

    /// <summary>How many KPIs each person has.</summary>
    public int PerPerson => _names.Length;

    /// <summary>KPI <paramref name="k"/> of the block's person <paramref name="person"/>.</summary>
    public KpiValue ValueAt(int person, int k)
    {
        var slot = person * _names.Length + k;
        var e = _entryOf[slot];
        if (e < 0)
        {
            var reason = ReasonOfMissing(e);
            return new KpiValue(_names[k], null, 0, 0, 0, reason < 0 ? null : _reasons[reason]);
        }

        var r = _reasonOf[e];
        return new KpiValue(_names[k], _hasValue[e] ? _value[e] : null, _numerator[e], _denominator[e], _n[e], r < 0 ? null : _reasons[r]);
    }

    /// <summary>Keeps the ranks of KPI <paramref name="k"/> of the block's person <paramref name="person"/> (Rank 0: none).</summary>
    /// <remarks>Only a value has ranks, and a value always has an entry, so ranks cost nothing for the missing KPIs.</remarks>
    public void SetRanks(int person, int k, KpiRank team, KpiRank role)
    {
        var e = _entryOf[person * _names.Length + k];
        if (e >= 0)
        {
            (_team[e], _role[e]) = (team, role);
        }
        else if (team.Rank > 0 || role.Rank > 0)
        {
            throw new InvalidOperationException($"KPI {_names[k]} of person {person} in a block has no value to rank");
        }
    }

    /// <summary>The ranks of KPI <paramref name="k"/> of the block's person <paramref name="person"/>.</summary>
    public KpiRanks RanksAt(int person, int k)
    {
        var e = _entryOf[person * _names.Length + k];
        return e < 0 ? new KpiRanks(_names[k], null, null) : new KpiRanks(_names[k], Ranker.Present(_team[e]), Ranker.Present(_role[e]));
    }

    // A slot with no value and no lineage: a value whose zeros read back exactly as written (no scale, no sign).
    private static bool NeedsEntry(KpiValue v) => v.Value.HasValue || v.N != 0 || !IsPlainZero(v.Numerator) || !IsPlainZero(v.Denominator);

    private static bool IsPlainZero(decimal d) => d == 0 && d.Scale == 0 && !decimal.IsNegative(d);

    // Entries are 0 and up; a missing slot's reason r (−1 for none) is stored as −r − 2, always below 0.
    private static int Missing(int reason) => -reason - 2;

    private static int ReasonOfMissing(int stored) => -stored - 2;
}
