using Payout.Calc.Kpis;

namespace Payout.Calc.Reading;

/// <summary>An employee id's status, and the person's accumulator when they are active in the period.</summary>
internal readonly record struct Employment(EmploymentStatus Status, PersonAccumulator? Active)
{
    /// <summary>Every known or rejected id with its status; the two sets do not overlap.</summary>
    public static Dictionary<string, Employment> Index(
        IReadOnlyCollection<string> known, IReadOnlyCollection<string> rejected, IReadOnlyDictionary<string, PersonAccumulator> active)
    {
        var index = new Dictionary<string, Employment>(known.Count + rejected.Count, StringComparer.Ordinal);
        foreach (var id in rejected)
        {
            index[id] = new Employment(EmploymentStatus.Rejected, null);
        }

        foreach (var id in known)
        {
            index[id] = new Employment(EmploymentStatus.Known, active.GetValueOrDefault(id));
        }

        return index;
    }
}
