using Payout.Common;
using System.Security.Cryptography;
using Payout.Rules.Compile;
using Payout.Rules.CSharp;
using Payout.Rules.Files;
using Payout.Rules.Plan;

namespace Payout.Rules;

/// <summary>
/// Loads <c>plan.json</c> and every other <c>*.json</c> in the rules folder as RulesEngine
/// workflows, and compiles every expression before anything is evaluated.
/// </summary>
public static class PolicyLoader
{
    /// <summary>The plan file's name inside the rules folder.</summary>
    public const string PlanFileName = "plan.json";

    /// <summary>Loads the policy.</summary>
    /// <param name="rulesDirectory">The rules folder.</param>
    /// <param name="kpiNames">KPI names rules may read as <c>kpi.&lt;name&gt;</c>.</param>
    /// <exception cref="PolicyException">Every problem found, each naming file, line and rule.</exception>
    public static Policy Load(string rulesDirectory, IReadOnlyList<string> kpiNames) => Load(rulesDirectory, _ => kpiNames);

    /// <summary>Loads the policy, asking for the KPI names once the plan (and its external KPIs) is known.</summary>
    /// <exception cref="PolicyException">Every problem found, each naming file, line and rule.</exception>
    public static Policy Load(string rulesDirectory, Func<PayPlan, IReadOnlyList<string>> kpiNamesFor) => Load(rulesDirectory, kpiNamesFor, _ => false);

    /// <summary>Loads the policy; <paramref name="onPercentScale"/> names the KPIs on a 0–100 scale, which no rule may compare with a fraction.</summary>
    /// <exception cref="PolicyException">Every problem found, each naming file, line and rule.</exception>
    /// <param name="rulesDirectory">The rules folder.</param>
    /// <param name="kpiNamesFor">The KPI names rules may read, given the plan.</param>
    /// <param name="onPercentScale">Whether a KPI is on a 0–100 scale.</param>
    /// <param name="limits">Expression size and nesting, rules per file; <see cref="RunLimits.Default"/> when null.</param>
    public static Policy Load(string rulesDirectory, Func<PayPlan, IReadOnlyList<string>> kpiNamesFor, Func<string, bool> onPercentScale, RunLimits? limits = null)
    {
        limits ??= RunLimits.Default;
        var errors = new List<PolicyError>();
        var planPath = Path.Combine(rulesDirectory, PlanFileName);
        if (!Directory.Exists(rulesDirectory))
        {
            throw new PolicyException([new PolicyError(rulesDirectory, 0, string.Empty, "rules folder not found")]);
        }

        if (!File.Exists(planPath))
        {
            throw new PolicyException([new PolicyError(planPath, 0, string.Empty, "plan file not found")]);
        }

        var plan = PlanLoader.Load(planPath, errors);
        if (plan is null)
        {
            throw new PolicyException(errors);
        }

        var kpiNames = kpiNamesFor(plan);
        var planLines = JsonLines.OfFile(planPath);
        foreach (var (composite, parts) in plan.Composites)
        {
            foreach (var part in parts.Keys.Where(p => !kpiNames.Contains(p) || plan.Composites.ContainsKey(p)))
            {
                errors.Add(new PolicyError(planPath, planLines.Of(composite, part), string.Empty, $"Composites.{composite} weights unknown KPI '{part}'{Spelling.DidYouMean(part, kpiNames)}"));
            }
        }

        foreach (var kpi in plan.MinSamples.Keys.Where(k => !kpiNames.Contains(k)).Order(StringComparer.Ordinal))
        {
            errors.Add(new PolicyError(planPath, planLines.Of("MinSamples", kpi), string.Empty, $"MinSamples names unknown KPI '{kpi}'{Spelling.DidYouMean(kpi, kpiNames)}"));
        }

        var files = new List<PolicyFile> { new(planPath, Sha(File.ReadAllBytes(planPath)), []) };
        var shape = new FactShape(kpiNames, plan);
        var compiler = new WorkflowCompiler(new ExpressionCompiler(shape, plan.Parameters, onPercentScale, limits), plan.Parameters, errors, limits.RulesPerFile);
        var workflows = new List<CompiledWorkflow>();
        var ruleFiles = Directory.EnumerateFiles(rulesDirectory, "*.json")
            .Where(f => Path.GetFileName(f) != PlanFileName)
            .Order(StringComparer.Ordinal);
        foreach (var path in ruleFiles)
        {
            var bytes = File.ReadAllBytes(path);
            var compiled = compiler.Compile(path, bytes);
            files.Add(new PolicyFile(path, Sha(bytes), compiled.Select(w => w.Name).ToList()));
            workflows.AddRange(compiled);
        }

        foreach (var duplicate in workflows.GroupBy(w => w.Name).Where(g => g.Count() > 1))
        {
            errors.Add(new PolicyError(duplicate.Last().File, 0, string.Empty, $"workflow {duplicate.Key} is defined more than once (also in {duplicate.First().File})"));
        }

        foreach (var workflow in workflows.Where(w => !plan.Workflows.ContainsKey(w.Name)))
        {
            errors.Add(new PolicyError(workflow.File, 0, string.Empty, $"workflow {workflow.Name} is not assigned to any role in {PlanFileName} (Workflows)"));
        }

        // A rule file that failed to parse defines no workflows; naming them as missing would only repeat that error.
        foreach (var name in plan.Workflows.Keys.Where(n => !compiler.AnyFileUnreadable && workflows.All(w => w.Name != n)))
        {
            errors.Add(new PolicyError(planPath, planLines.Of("Workflows", name), string.Empty, $"Workflows names {name}, which no rule file defines{Spelling.DidYouMean(name, workflows.Select(w => w.Name))}"));
        }

        var csharpFiles = Directory.EnumerateFiles(rulesDirectory, "*.cs").Order(StringComparer.Ordinal).ToList();
        var csharp = CSharpRuleCompiler.Compile(csharpFiles, kpiNames, plan.Parameters, errors, limits.PersonTime);
        files.AddRange(csharpFiles.Select(f => new PolicyFile(f, Sha(File.ReadAllBytes(f)), [])));
        var components = workflows.SelectMany(w => w.Rules).Select(r => r.Metadata.Component).Concat(csharp.Rules.Select(r => r.Metadata.Component)).Distinct().ToList();
        foreach (var component in plan.Components.Keys.Where(c => !compiler.AnyFileUnreadable && !components.Contains(c)))
        {
            errors.Add(new PolicyError(planPath, planLines.Of("Components", component), string.Empty, $"Components names '{component}', which no rule pays{Spelling.DidYouMean(component, components)}"));
        }

        if (plan.Payroll is { } payroll && !compiler.AnyFileUnreadable)
        {
            PayrollChecks.Check(payroll, workflows.SelectMany(w => w.Rules).Select(r => (r.File, r.Line, r.Name, r.Metadata))
                .Concat(csharp.Rules.Select(r => (r.File, r.Line, r.Name, r.Metadata))), planPath, planLines, errors);
        }

        if (errors.Count > 0)
        {
            throw new PolicyException(errors);
        }

        var assigned = workflows.Select(w => w with { Roles = plan.Workflows[w.Name] }).ToList();
        foreach (var workflow in assigned)
        {
            // A workflow runs only for the roles the plan gives it: comparing employee.role with any other can never hold.
            foreach (var rule in workflow.Rules)
            {
                foreach (var (_, role) in rule.Expressions.SelectMany(e => LiteralChecks.TextComparisons(e.Body)).Where(c => c.Field == "role" && !workflow.Roles.Contains(c.Value)).Distinct())
                {
                    errors.Add(new PolicyError(rule.File, rule.Line, rule.Name,
                        $"compares employee.role with \"{role}\", but workflow {workflow.Name} runs only for {string.Join(", ", workflow.Roles)} ({PlanFileName} Workflows){Spelling.DidYouMean(role, workflow.Roles)}"));
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new PolicyException(errors);
        }

        shape.UseOnly(assigned.SelectMany(w => w.GlobalParams.Select(g => g.Expression).Concat(w.Rules.SelectMany(r => r.Expressions))).SelectMany(e => e.References));
        return new Policy(plan, shape, assigned, csharp, files);
    }

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
