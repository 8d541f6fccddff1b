using Payout.Rules.Engine;
using Payout.Rules.Facts;
using Payout.Rules.Files;

namespace Payout.Rules.CSharp;

/// <summary>How a fact a C# rule matched reads in an explanation, with every value: <c>kpi.csat=92 (46 of 50, n=50)</c>.</summary>
internal static class FactText
{
    public static string Of(object? fact) => fact switch
    {
        Kpi k => k.Value is { } v
            ? $"kpi.{k.Name}={Describe.Number(v)} ({Describe.Number(k.Numerator)} of {Describe.Number(k.Denominator)}, n={k.N}{Ranks(k)})"
            : $"kpi.{k.Name}=missing ({k.MissingReason})",
        TeamKpi t => t.Value is { } v
            ? $"team {t.Team} ({t.Role}) {t.Name}={Describe.Number(v)} ({Describe.Number(t.Numerator)} of {Describe.Number(t.Denominator)}, rank {t.Rank} of {t.Of} teams)"
            : $"team {t.Team} ({t.Role}) {t.Name}=missing",
        Person p => $"person {p.EmployeeId} ({p.Role}, team {p.Team}, base {Describe.Number(p.AnnualBaseSalary)} {p.Currency}, proration {Describe.Number(p.Proration)})",
        PayPeriod p => $"period {p.Name} ({p.Months} months)",
        PlanParameters p => "plan: " + string.Join(", ", p.Parameters.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={Describe.Number(kv.Value)}")),
        PastKpi h => $"{h.Period} kpi.{h.Name}={(h.Value is { } v ? Describe.Number(v) : "missing")}",
        Award a => $"award {a.Rule} ({a.Component}, {RewardTypes.Name(a.RewardType)} {(a.RewardType == RewardType.Cash ? Describe.Money(a.Amount) : Describe.Number(a.Quantity))})",
        BookedLine b => $"booked {b.Period} {b.Component} line {b.LineId} ({(b.RewardType == RewardType.Cash ? Describe.Money(b.Amount) : $"{Describe.Number(b.Quantity)} {RewardTypes.Name(b.RewardType)}, cost {Describe.Money(b.Cost)}")} {b.Currency} held)",
        ChurnedAccount c => $"account {c.AccountId} counted in {c.CountedIn} (ARR {Describe.Number(c.ArrEnd)} of {Describe.Number(c.BookArrEnd)}) churned on {c.ChurnedOn:yyyy-MM-dd}, {c.DaysAfterPeriod} days after ({c.Source})",
        System.Collections.IEnumerable many and not string => $"[{string.Join("; ", many.Cast<object?>().Select(Of))}]",
        null => "null",
        var other => Describe.Value(other),
    };

    /// <summary>Why <paramref name="fact"/> has no value, as a reason; null when it has one (or is not a KPI).</summary>
    public static string? Missing(object? fact) => fact switch
    {
        Kpi { Value: null } k => $"kpi.{k.Name} is missing ({k.MissingReason})",
        PastKpi { Value: null } h => $"{h.Period} kpi.{h.Name} is missing",
        TeamKpi { Value: null } t => $"team {t.Team} {t.Name} is missing",
        _ => null,
    };

    private static string Ranks(Kpi k) =>
        (k.TeamRank is { } t ? $", team rank {t} of {k.TeamOf}" : string.Empty) + (k.RoleRank is { } r ? $", role rank {r} of {k.RoleOf}" : string.Empty);
}
