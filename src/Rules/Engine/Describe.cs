using System.Globalization;
using Payout.Rules.Compile;
using Payout.Rules.Facts;

namespace Payout.Rules.Engine;

/// <summary>Formats the values a rule read, for explanations. Invariant culture throughout.</summary>
internal static class Describe
{
    public static string Money(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// Every digit the decimal holds (no trailing zeros), so a sentence redone by hand gives the
    /// amount: a value shown to 4 places cannot be multiplied back to the cent.
    /// </summary>
    public static string Number(decimal value) => Common.DecimalText.AllDigits(value);

    public static string Value(object? value) => value switch
    {
        null => "null",
        decimal d => Number(d),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>One reference with its value and, for a KPI, its lineage.</summary>
    public static string Reference((string Root, string Member) reference, PersonFacts person, PeriodFacts period, IReadOnlyDictionary<string, decimal> plan)
    {
        var (root, member) = reference;
        var name = $"{root}.{member}";
        return root switch
        {
            "kpi" => person.Kpis.TryGetValue(member, out var k) ? $"{name}={Kpi(k)}" : $"{name}=missing",
            "plan" => $"{name}={Number(plan[member])}",
            "period" => $"{name}=" + member switch { "name" => period.Name, "months" => period.Months.ToString(CultureInfo.InvariantCulture), _ => period.Days.ToString(CultureInfo.InvariantCulture) },
            "employee" => $"{name}={EmployeeField(person, member)}",
            _ => $"{name}={Rank(root, person.Kpis.GetValueOrDefault(member))}",
        };
    }

    private static string Rank(string root, KpiFact? kpi)
    {
        var rank = RankOf(root, kpi);
        return rank is null ? "missing"
            : root.EndsWith("_rank", StringComparison.Ordinal) ? $"{rank.Rank} (of {rank.Of})"
            : $"{Number(rank.Percentile)} (rank {rank.Rank} of {rank.Of})";
    }

    public static string Kpi(KpiFact kpi) => kpi.Value is { } v
        ? $"{Number(v)} ({Number(kpi.Numerator)} of {Number(kpi.Denominator)}, n={kpi.N})"
        : $"missing ({kpi.MissingReason})";

    /// <summary>True when some fact in <paramref name="needs"/> has no value for this person (the quick check before <see cref="MissingInputs"/>).</summary>
    public static bool AnyMissing((string Root, string Member)[] needs, PersonFacts person)
    {
        foreach (var need in needs)
        {
            if (IsMissing(need, person))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Why a rule cannot be evaluated for this person: each missing fact of <paramref name="needs"/>, or null when every one is present.</summary>
    public static string? MissingInputs(IEnumerable<(string Root, string Member)> needs, PersonFacts person)
    {
        var missing = needs.Where(r => IsMissing(r, person)).Select(r => WhyMissing(r, person)).ToList();
        return missing.Count == 0 ? null : string.Join("; ", missing);
    }

    private static bool IsMissing((string Root, string Member) need, PersonFacts person) => need.Root switch
    {
        "kpi" => !person.Kpis.TryGetValue(need.Member, out var k) || k.Value is null,
        "employee" => need.Member == "variable_pay_pct" && person.VariablePayPct is null,
        var root => ExpressionText.ReadsKpi(root) && RankOf(root, person.Kpis.GetValueOrDefault(need.Member)) is null,
    };

    /// <summary>The reason for a fact <see cref="IsMissing"/> found missing.</summary>
    private static string WhyMissing((string Root, string Member) need, PersonFacts person) => need switch
    {
        ("kpi", var m) when !person.Kpis.TryGetValue(m, out _) => $"kpi.{m} is missing (not computed)",
        ("kpi", var m) => $"kpi.{m} is missing ({person.Kpis[m].MissingReason})",
        ("employee", var m) => $"employee.{m} is empty",
        (var root, var m) => $"{root}.{m} is missing (kpi.{m} is missing)",
    };

    private static RankFact? RankOf(string root, KpiFact? kpi) => root.StartsWith("team", StringComparison.Ordinal) ? kpi?.Team : kpi?.Role;

    private static string EmployeeField(PersonFacts p, string member) => member switch
    {
        "employee_id" => p.EmployeeId,
        "name" => p.Name,
        "role" => p.Role,
        "team" => p.Team,
        "currency" => p.Currency,
        "annual_base_salary" => Number(p.AnnualBaseSalary),
        "variable_pay_pct" => p.VariablePayPct is { } v ? Number(v) : "empty",
        "fte" => Number(p.Fte),
        _ => Number(p.Proration),
    };
}
