using System.Buffers;
using Payout.Rules.Audit;
using Payout.Rules.Files;
using Payout.Rules.Memory;
using Payout.Rules.Plan;

namespace Payout.Rules.Engine;

/// <summary>
/// Collects one person's audit records and payout lines, keeping each line tied to its record so
/// that a component cap or floor shows in the explanation of the line it changed.
/// </summary>
/// <param name="rules">How many records to make room for: one per rule is the most a person gets
/// unless a C# rule fires twice.</param>
/// <param name="explain">Keep audit records; without it only lines are kept (<see cref="AddLine"/>).</param>
/// <remarks>
/// The records are gathered in a pooled buffer and copied once into the result, into a run of a
/// shared block (<see cref="Blocks{T}"/>), so a person's records make no array of their own.
/// </remarks>
internal sealed class ResultBuilder(int rules, bool explain = true)
{
    private AuditRecord[] _audit = explain ? ArrayPool<AuditRecord>.Shared.Rent(rules) : [];
    private int _count;
    private readonly List<(PayoutLine Line, int Audit)> _lines = [];

    /// <summary>True when audit records are kept; callers skip making them otherwise.</summary>
    public bool Explain => explain;

    /// <summary>A line with no audit record (a run without explanations).</summary>
    public void AddLine(PayoutLine line) => _lines.Add((line, -1));

    public void Add(AuditRecord record, PayoutLine? line)
    {
        if (_count == _audit.Length)
        {
            var larger = ArrayPool<AuditRecord>.Shared.Rent(_count * 2);
            _audit.AsSpan(0, _count).CopyTo(larger);
            ArrayPool<AuditRecord>.Shared.Return(_audit, clearArray: true);
            _audit = larger;
        }

        _audit[_count++] = record;
        if (line is not null)
        {
            _lines.Add((line, _count - 1));
        }
    }

    /// <summary>Cuts each capped component's cash to its cap (latest lines first) and raises a positive total under the floor.</summary>
    public void ApplyLimits(IReadOnlyDictionary<string, ComponentLimit> limits, RoundingPolicy rounding)
    {
        foreach (var (component, limit) in limits)
        {
            List<int>? cash = null;
            var total = 0m;
            for (var i = 0; i < _lines.Count; i++)
            {
                if (IsCash(_lines[i].Line, component))
                {
                    (cash ??= []).Add(i);
                    total += _lines[i].Line.Amount;
                }
            }

            if (cash is null)
            {
                continue; // nothing paid in this component: no cap to apply, no floor to raise to
            }

            if (limit.Cap is { } cap && total > cap)
            {
                var excess = total - cap;
                foreach (var i in Enumerable.Reverse(cash))
                {
                    var cut = Math.Min(excess, _lines[i].Line.Amount);
                    Adjust(i, _lines[i].Line.Amount - cut, $"capped: the {component} cap is {Describe.Money(cap)}, {Describe.Money(total)} was earned");
                    excess -= cut;
                    if (excess == 0)
                    {
                        break;
                    }
                }
            }
            else if (limit.Floor is { } floor && total > 0 && total < floor)
            {
                var last = cash[^1];
                Adjust(last, rounding.Round(_lines[last].Line.Amount + floor - total), $"raised to the {component} floor of {Describe.Money(floor)}");
            }
        }
    }

    /// <summary>The lines so far, in the order they were added.</summary>
    public IReadOnlyList<PayoutLine> Lines => _lines.Select(l => l.Line).ToList();

    /// <summary>How many audit records and lines were made; the builder is done after this (its pooled buffer goes back), for measuring a step without keeping its result.</summary>
    public (int Records, int Lines) Discard()
    {
        var counts = (_count, _lines.Count);
        if (explain)
        {
            ArrayPool<AuditRecord>.Shared.Return(_audit, clearArray: true);
        }

        _audit = [];
        _count = 0;
        return counts;
    }

    /// <summary>The person's result, kept until the workbook is written: lines in an array, records in a run of a shared block. The builder is done after this.</summary>
    public PersonResult Build()
    {
        var audit = Blocks<AuditRecord>.Keep(_audit.AsSpan(0, _count));
        if (explain)
        {
            ArrayPool<AuditRecord>.Shared.Return(_audit, clearArray: true); // cleared: records point to explanation sources
        }

        _audit = [];
        _count = 0;
        var lines = new PayoutLine[_lines.Count];
        var lineAudit = explain ? new int[_lines.Count] : []; // without records, lines link to none
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = _lines[i].Line;
            if (explain)
            {
                lineAudit[i] = _lines[i].Audit;
            }
        }

        return new PersonResult(lines, audit) { LineAudit = lineAudit };
    }

    private static bool IsCash(PayoutLine line, string component) => line.Component == component && line.RewardType == RewardType.Cash;

    private void Adjust(int index, decimal amount, string why)
    {
        var (line, auditIndex) = _lines[index];
        _lines[index] = (line with { Amount = amount, Cost = amount }, auditIndex);
        if (auditIndex < 0)
        {
            return; // no record kept to say why
        }

        var record = _audit[auditIndex];
        _audit[auditIndex] = record.WithAmount(amount, $"{why} → {Describe.Money(amount)} {line.Currency}");
    }
}
