using System.Linq.Dynamic.Core;
using System.Linq.Expressions;
using System.Reflection;
using Payout.Rules.Facts;
using Payout.Rules.Plan;

namespace Payout.Rules.Compile;

/// <summary>
/// The types expressions see for <c>employee</c>, <c>kpi</c>, <c>period</c> and <c>plan</c>: one
/// runtime class each, with the data contract's snake_case names, built once per policy load.
/// Every number is decimal so no double reaches an amount.
/// </summary>
internal sealed class FactShape
{
    public static readonly string[] EmployeeText = ["employee_id", "name", "role", "team", "currency"];
    public static readonly string[] EmployeeNumbers = ["annual_base_salary", "variable_pay_pct", "fte", "proration"];

    private readonly Type _employee;
    private readonly Type _kpi;
    private readonly Type _period;
    private readonly Type _plan;
    private readonly Type _rank;
    private readonly object _planInstance;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(Type, string), Action<object, object>> _setters = new();
    private string[]? _usedKpis;

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
        _planInstance = Activator.CreateInstance(_plan)!;
        foreach (var (name, value) in plan.Parameters)
        {
            _plan.GetProperty(name)!.SetValue(_planInstance, value);
        }
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
    }

    /// <summary>The fact objects for one person, in root order. Missing KPIs and ranks are 0 here; rules that read them are skipped before evaluation.</summary>
    public object[] Instances(PersonFacts person, PeriodFacts period)
    {
        var employee = Activator.CreateInstance(_employee)!;
        Set(employee, "employee_id", person.EmployeeId);
        Set(employee, "name", person.Name);
        Set(employee, "role", person.Role);
        Set(employee, "team", person.Team);
        Set(employee, "currency", person.Currency);
        Set(employee, "annual_base_salary", person.AnnualBaseSalary);
        Set(employee, "variable_pay_pct", person.VariablePayPct ?? 0m);
        Set(employee, "fte", person.Fte);
        Set(employee, "proration", person.Proration);
        var kpi = Activator.CreateInstance(_kpi)!;
        var teamRank = Activator.CreateInstance(_rank)!;
        var teamPercentile = Activator.CreateInstance(_rank)!;
        var roleRank = Activator.CreateInstance(_rank)!;
        var rolePercentile = Activator.CreateInstance(_rank)!;
        foreach (var name in _usedKpis ?? KpiNames)
        {
            if (!person.Kpis.TryGetValue(name, out var fact) || fact.Value is not { } value)
            {
                continue;
            }

            Set(kpi, name, value);
            if (fact.Team is { } team)
            {
                Set(teamRank, name, (decimal)team.Rank);
                Set(teamPercentile, name, team.Percentile);
            }

            if (fact.Role is { } role)
            {
                Set(roleRank, name, (decimal)role.Rank);
                Set(rolePercentile, name, role.Percentile);
            }
        }

        var periodFacts = Activator.CreateInstance(_period)!;
        Set(periodFacts, "name", period.Name);
        Set(periodFacts, "months", (decimal)period.Months);
        Set(periodFacts, "days", (decimal)period.Days);
        return [employee, kpi, periodFacts, _planInstance, teamRank, teamPercentile, roleRank, rolePercentile];
    }

    /// <summary>Sets a property through a delegate compiled once per type and name (reflection's SetValue is the slow path).</summary>
    private void Set(object target, string property, object value)
    {
        var key = (target.GetType(), property);
        if (!_setters.TryGetValue(key, out var setter))
        {
            var obj = Expression.Parameter(typeof(object));
            var val = Expression.Parameter(typeof(object));
            var prop = key.Item1.GetProperty(property)!;
            setter = Expression.Lambda<Action<object, object>>(
                Expression.Assign(Expression.Property(Expression.Convert(obj, key.Item1), prop), Expression.Convert(val, prop.PropertyType)), obj, val).Compile();
            _setters.TryAdd(key, setter);
        }

        setter(target, value);
    }

    private static Type Create(IEnumerable<DynamicProperty> properties)
    {
        var list = properties.ToList();
        // DynamicClassFactory cannot build a class without properties; give it a harmless one.
        return DynamicClassFactory.CreateType(list.Count > 0 ? list : [new DynamicProperty("_none", typeof(decimal))]);
    }
}
