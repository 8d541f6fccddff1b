using System.Linq.Dynamic.Core;
using System.Linq.Expressions;
using System.Reflection;
using Payout.Rules.Facts;
using Payout.Rules.Plan;

namespace Payout.Rules.Compile;

/// <summary>
/// The types expressions are parsed against for <c>employee</c>, <c>kpi</c>, <c>period</c> and
/// <c>plan</c>: one runtime class each, with the data contract's snake_case names, built once per
/// policy load. Every number is decimal so no double reaches an amount.
/// </summary>
/// <remarks>
/// Those classes are only for parsing. Compiled expressions read a <see cref="FactRow"/> instead:
/// each field some expression reads gets a slot, and plan parameters become constants, so a person's
/// facts are two small arrays rather than eight objects with a property for every KPI.
/// </remarks>
internal sealed class FactShape
{
    public static readonly string[] EmployeeText = ["employee_id", "name", "role", "team", "currency"];
    public static readonly string[] EmployeeNumbers = ["annual_base_salary", "variable_pay_pct", "fte", "proration"];

    private readonly Type _employee;
    private readonly Type _kpi;
    private readonly Type _period;
    private readonly Type _plan;
    private readonly Type _rank;
    private readonly IReadOnlyDictionary<string, decimal> _planValues;
    private readonly Dictionary<(string Root, string Member), int> _numberSlots = [];
    private readonly Dictionary<(string Root, string Member), int> _textSlots = [];
    private readonly List<Func<PersonFacts, PeriodFacts, decimal>> _numbers = [];
    private readonly List<Func<PersonFacts, PeriodFacts, string>> _texts = [];
    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, KpiFact>> Empty = new Dictionary<string, IReadOnlyDictionary<string, KpiFact>>();
    private string[]? _usedKpis;
    private Dictionary<string, int>? _usedIndex;

    public FactShape(IReadOnlyList<string> kpiNames, PayPlan plan)
    {
        KpiNames = kpiNames;
        PlanParameters = plan.Parameters.Keys.Order(StringComparer.Ordinal).ToList();
        _employee = Create(EmployeeText.Select(n => new DynamicProperty(n, typeof(string)))
            .Concat(EmployeeNumbers.Select(n => new DynamicProperty(n, typeof(decimal)))));
        _kpi = Create(kpiNames.Select(n => new DynamicProperty(n, typeof(decimal))));
        _period = Create([new("name", typeof(string)), new("months", typeof(decimal)), new("days", typeof(decimal))]);
        _plan = Create(PlanParameters.Select(n => new DynamicProperty(n, typeof(decimal))));
        _rank = Create(kpiNames.Select(n => new DynamicProperty(n, typeof(decimal))));
        _planValues = plan.Parameters;
    }

    public IReadOnlyList<string> KpiNames { get; }

    public IReadOnlyList<string> PlanParameters { get; }

    /// <summary>The parameter types in the order of <see cref="ExpressionText.Roots"/>.</summary>
    public Type[] Types => [_employee, _kpi, _period, _plan, _rank, _rank, _rank, _rank];

    /// <summary>Members each root exposes, for the unknown-name check.</summary>
    public IReadOnlyList<string> MembersOf(string root) => root switch
    {
        "employee" => [.. EmployeeText, .. EmployeeNumbers],
        "kpi" => KpiNames,
        "period" => ["name", "months", "days"],
        _ => ExpressionText.ReadsKpi(root) ? KpiNames : PlanParameters,
    };

    /// <summary>
    /// Limits the KPIs copied into each person's fact objects to those some expression reads;
    /// called once the whole policy is compiled. Without it every KPI is copied.
    /// </summary>
    public void UseOnly(IEnumerable<(string Root, string Member)> references)
    {
        var used = references.Where(r => ExpressionText.ReadsKpi(r.Root)).Select(r => r.Member).ToHashSet(StringComparer.Ordinal);
        _usedKpis = KpiNames.Where(used.Contains).ToArray();
        _usedIndex = null;
    }

    /// <summary>
    /// The expression reading <c>root.member</c> of type <paramref name="type"/> from <paramref name="row"/>:
    /// a plan parameter is a constant, anything else a slot, assigned on first use. Called while
    /// the policy compiles, on one thread.
    /// </summary>
    public Expression Read(ParameterExpression row, string root, string member, Type type)
    {
        if (root == "plan")
        {
            return Expression.Constant(_planValues[member], typeof(decimal));
        }

        var key = (root, member);
        if (type == typeof(string))
        {
            if (!_textSlots.TryGetValue(key, out var text))
            {
                _textSlots[key] = text = _texts.Count;
                _texts.Add(TextOf(root, member));
            }

            return Expression.ArrayIndex(Expression.Property(row, nameof(FactRow.Texts)), Expression.Constant(text));
        }

        if (!_numberSlots.TryGetValue(key, out var number))
        {
            _numberSlots[key] = number = _numbers.Count;
            _numbers.Add(NumberOf(root, member));
        }

        return Expression.ArrayIndex(Expression.Property(row, nameof(FactRow.Numbers)), Expression.Constant(number));
    }

    /// <summary>The value of <c>root.member</c> in a row, for explanations (decimal or string).</summary>
    public object Value(FactRow row, string root, string member) =>
        root == "plan" ? _planValues[member]
        : _textSlots.TryGetValue((root, member), out var text) ? row.Texts[text]
        : row.Numbers[_numberSlots[(root, member)]];

    /// <summary>One person's facts: every slot some expression reads.</summary>
    public FactRow Row(PersonFacts person, PeriodFacts period)
    {
        var numbers = new decimal[_numbers.Count];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = _numbers[i](person, period);
        }

        var texts = new string[_texts.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = _texts[i](person, period);
        }

        return new FactRow(numbers, texts);
    }

    /// <summary>The person with only the KPIs some expression reads, which is all an explanation needs.</summary>
    public PersonFacts Slim(PersonFacts person)
    {
        var used = UsedKpis;
        var values = new KpiFact?[used.Length];
        for (var i = 0; i < used.Length; i++)
        {
            values[i] = person.Kpis.GetValueOrDefault(used[i]);
        }

        return person with { Kpis = new SlimKpis(UsedIndex, used, values), History = Empty };
    }

    private string[] UsedKpis => _usedKpis ??= [.. KpiNames];

    private Dictionary<string, int> UsedIndex => _usedIndex ??= UsedKpis.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);

    private static Func<PersonFacts, PeriodFacts, string> TextOf(string root, string member) => (root, member) switch
    {
        ("employee", "employee_id") => (p, _) => p.EmployeeId,
        ("employee", "name") => (p, _) => p.Name,
        ("employee", "role") => (p, _) => p.Role,
        ("employee", "team") => (p, _) => p.Team,
        ("employee", "currency") => (p, _) => p.Currency,
        ("period", "name") => (_, period) => period.Name,
        _ => throw new InvalidOperationException($"{root}.{member} is not a text field"),
    };

    private static Func<PersonFacts, PeriodFacts, decimal> NumberOf(string root, string member) => (root, member) switch
    {
        ("employee", "annual_base_salary") => (p, _) => p.AnnualBaseSalary,
        ("employee", "variable_pay_pct") => (p, _) => p.VariablePayPct ?? 0m,
        ("employee", "fte") => (p, _) => p.Fte,
        ("employee", "proration") => (p, _) => p.Proration,
        ("period", "months") => (_, period) => period.Months,
        ("period", "days") => (_, period) => period.Days,
        ("kpi", _) => (p, _) => p.Kpis.TryGetValue(member, out var k) ? k.Value ?? 0m : 0m,
        ("team_rank", _) => (p, _) => p.Kpis.TryGetValue(member, out var k) && k.Team is { } r ? r.Rank : 0m,
        ("team_percentile", _) => (p, _) => p.Kpis.TryGetValue(member, out var k) && k.Team is { } r ? r.Percentile : 0m,
        ("role_rank", _) => (p, _) => p.Kpis.TryGetValue(member, out var k) && k.Role is { } r ? r.Rank : 0m,
        ("role_percentile", _) => (p, _) => p.Kpis.TryGetValue(member, out var k) && k.Role is { } r ? r.Percentile : 0m,
        _ => throw new InvalidOperationException($"{root}.{member} is not a number field"),
    };

    private static Type Create(IEnumerable<DynamicProperty> properties)
    {
        var list = properties.ToList();
        // DynamicClassFactory cannot build a class without properties; give it a harmless one.
        return DynamicClassFactory.CreateType(list.Count > 0 ? list : [new DynamicProperty("_none", typeof(decimal))]);
    }
}
