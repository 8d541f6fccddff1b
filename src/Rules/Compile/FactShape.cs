using System.Linq.Dynamic.Core;
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
    private readonly Dictionary<string, PropertyInfo> _employeeProps;
    private readonly Dictionary<string, PropertyInfo> _kpiProps;
    private readonly Dictionary<string, PropertyInfo> _rankProps;
    private readonly object _planInstance;

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
        _employeeProps = _employee.GetProperties().ToDictionary(p => p.Name, StringComparer.Ordinal);
        _kpiProps = _kpi.GetProperties().ToDictionary(p => p.Name, StringComparer.Ordinal);
        _rankProps = _rank.GetProperties().ToDictionary(p => p.Name, StringComparer.Ordinal);
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
        "plan" => PlanParameters,
        _ => KpiNames, // team_rank, team_percentile, role_rank, role_percentile
    };

    /// <summary>The fact objects for one person, in root order. Missing KPIs and ranks are 0 here; rules that read them are skipped before evaluation.</summary>
    public object[] Instances(PersonFacts person, PeriodFacts period)
    {
        var employee = Activator.CreateInstance(_employee)!;
        _employeeProps["employee_id"].SetValue(employee, person.EmployeeId);
        _employeeProps["name"].SetValue(employee, person.Name);
        _employeeProps["role"].SetValue(employee, person.Role);
        _employeeProps["team"].SetValue(employee, person.Team);
        _employeeProps["currency"].SetValue(employee, person.Currency);
        _employeeProps["annual_base_salary"].SetValue(employee, person.AnnualBaseSalary);
        _employeeProps["variable_pay_pct"].SetValue(employee, person.VariablePayPct ?? 0m);
        _employeeProps["fte"].SetValue(employee, person.Fte);
        _employeeProps["proration"].SetValue(employee, person.Proration);
        var kpi = Activator.CreateInstance(_kpi)!;
        var teamRank = Activator.CreateInstance(_rank)!;
        var teamPercentile = Activator.CreateInstance(_rank)!;
        var roleRank = Activator.CreateInstance(_rank)!;
        var rolePercentile = Activator.CreateInstance(_rank)!;
        foreach (var (name, fact) in person.Kpis)
        {
            if (fact.Value is not { } value || !_kpiProps.TryGetValue(name, out var prop))
            {
                continue;
            }

            prop.SetValue(kpi, value);
            var rankProp = _rankProps[name];
            if (fact.Team is { } team)
            {
                rankProp.SetValue(teamRank, (decimal)team.Rank);
                rankProp.SetValue(teamPercentile, team.Percentile);
            }

            if (fact.Role is { } role)
            {
                rankProp.SetValue(roleRank, (decimal)role.Rank);
                rankProp.SetValue(rolePercentile, role.Percentile);
            }
        }

        var periodFacts = Activator.CreateInstance(_period)!;
        _period.GetProperty("name")!.SetValue(periodFacts, period.Name);
        _period.GetProperty("months")!.SetValue(periodFacts, (decimal)period.Months);
        _period.GetProperty("days")!.SetValue(periodFacts, (decimal)period.Days);
        return [employee, kpi, periodFacts, _planInstance, teamRank, teamPercentile, roleRank, rolePercentile];
    }

    private static Type Create(IEnumerable<DynamicProperty> properties)
    {
        var list = properties.ToList();
        // DynamicClassFactory cannot build a class without properties; give it a harmless one.
        return DynamicClassFactory.CreateType(list.Count > 0 ? list : [new DynamicProperty("_none", typeof(decimal))]);
    }
}
