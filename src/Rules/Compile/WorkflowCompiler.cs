using System.Text.Json;
using Payout.Rules.Files;

namespace Payout.Rules.Compile;

/// <summary>Checks and compiles the workflows of one rule file, reporting every problem found.</summary>
internal sealed class WorkflowCompiler(ExpressionCompiler compiler, IReadOnlyDictionary<string, decimal> planParameters, List<PolicyError> errors, int rulesPerFile)
{
    /// <summary>True once a file could not be parsed at all, so its workflows are unknown.</summary>
    public bool AnyFileUnreadable { get; private set; }

    /// <summary>Compiles every workflow in a file; roles are attached later from the plan.</summary>
    public IReadOnlyList<CompiledWorkflow> Compile(string file, byte[] json)
    {
        json = StrictJson.WithoutBom(json);
        WorkflowDto[] workflows;
        try
        {
            var trimmed = json.AsSpan().TrimStart((byte)' ').TrimStart("\r\n\t\uFEFF"u8);
            workflows = trimmed.Length > 0 && trimmed[0] == (byte)'['
                ? JsonSerializer.Deserialize<WorkflowDto[]>(json, StrictJson.Options) ?? []
                : [JsonSerializer.Deserialize<WorkflowDto>(json, StrictJson.Options)!];
        }
        catch (JsonException ex)
        {
            errors.Add(new PolicyError(file, (int)(ex.LineNumber ?? -1) + 1, string.Empty, StrictJson.Describe(ex)));
            AnyFileUnreadable = true;
            return [];
        }

        var count = workflows.Sum(w => w?.Rules?.Length ?? 0);
        if (count > rulesPerFile)
        {
            errors.Add(new PolicyError(file, 0, string.Empty, $"the file has {count:N0} rules; the limit is {rulesPerFile:N0} per file (split the workflow across files, or raise it with --limit rules_per_file=N)"));
            AnyFileUnreadable = true;
            return [];
        }

        var lines = new RuleLines(json);
        return workflows.Where(w => w is not null).Select(w => CompileWorkflow(file, w, lines)).ToList();
    }

    private CompiledWorkflow CompileWorkflow(string file, WorkflowDto workflow, RuleLines lines)
    {
        var name = workflow.WorkflowName ?? string.Empty;
        void FailFile(string message) => errors.Add(new PolicyError(file, 0, string.Empty, $"Workflow={name}: {message}"));
        if (string.IsNullOrWhiteSpace(name))
        {
            FailFile("WorkflowName is required");
        }

        if (workflow.WorkflowsToInject is { Length: > 0 })
        {
            FailFile("WorkflowsToInject is not supported: RulesEngine 6.0.1 appends injected rules again on every execution");
        }

        var globals = new List<ScopedValue>();
        foreach (var param in workflow.GlobalParams ?? [])
        {
            var compiled = compiler.Compile(param.Expression, globals, null, $"GlobalParam '{param.Name}'", FailFile);
            if (compiled is not null && !string.IsNullOrWhiteSpace(param.Name))
            {
                globals.Add(new ScopedValue(param.Name, compiled));
            }
        }

        var rules = new List<CompiledRule>();
        foreach (var rule in workflow.Rules ?? [])
        {
            var line = lines.Claim(rule.RuleName ?? string.Empty);
            if (CompileRule(file, name, line, rule, globals) is { } compiled)
            {
                if (rules.FirstOrDefault(r => r.Name == compiled.Name && r.Metadata.Overlaps(compiled.Metadata)) is { } twin)
                {
                    // Versions of a rule share its name but not a day: effectiveFrom/effectiveTo must not overlap.
                    errors.Add(new PolicyError(file, line, compiled.Name, twin.Metadata.EffectiveFrom is null && twin.Metadata.EffectiveTo is null
                        ? $"duplicate RuleName in workflow {name}"
                        : $"duplicate RuleName in workflow {name}: its effective dates overlap the version at line {twin.Line}"));
                    continue;
                }

                rules.Add(compiled);
            }
        }

        if (rules.Count == 0 && (workflow.Rules ?? []).Length == 0)
        {
            FailFile("Rules is empty");
        }

        CheckExclusiveGroups(file, rules);
        errors.AddRange(TierChecker.Check(rules, planParameters));
        return new CompiledWorkflow(name, file, [], globals, rules);
    }

    private CompiledRule? CompileRule(string file, string workflow, int line, RuleDto rule, List<ScopedValue> globals)
    {
        var ruleName = rule.RuleName ?? string.Empty;
        var ok = true;
        void Fail(string message)
        {
            errors.Add(new PolicyError(file, line, ruleName, message));
            ok = false;
        }

        if (string.IsNullOrWhiteSpace(ruleName))
        {
            Fail("RuleName is required");
        }

        if (rule.Enabled == false)
        {
            return null;
        }

        if (rule.Rules is { Length: > 0 })
        {
            Fail("nested Rules are not supported yet; write the condition as one Expression with && and ||");
        }

        if (rule.WorkflowsToInject is { Length: > 0 })
        {
            Fail("WorkflowsToInject is not supported: RulesEngine 6.0.1 appends injected rules again on every execution");
        }

        if (rule.RuleExpressionType is { } type && type != "LambdaExpression")
        {
            Fail($"RuleExpressionType '{type}' is not supported; use LambdaExpression");
        }

        if (rule.Actions?.OnFailure is not null)
        {
            Fail("Actions.OnFailure is not supported: a rule that does not fire pays nothing");
        }

        var metadata = MetadataReader.Read(rule.Properties, Fail);
        var scope = new List<ScopedValue>(globals);
        var locals = new List<ScopedValue>();
        foreach (var param in rule.LocalParams ?? [])
        {
            if (string.IsNullOrWhiteSpace(param.Name))
            {
                Fail("a LocalParam has no Name");
                continue;
            }

            var compiled = compiler.Compile(param.Expression, scope, null, $"LocalParam '{param.Name}'", Fail);
            if (compiled is not null)
            {
                var value = new ScopedValue(param.Name, compiled);
                scope.Add(value);
                locals.Add(value);
            }
            else
            {
                ok = false;
            }
        }

        if (!ok)
        {
            // Later expressions would only repeat the failure as "unknown identifier".
            return null;
        }

        var condition = compiler.Compile(rule.Expression, scope, typeof(bool), "Expression", Fail);
        var output = CompileOutput(rule.Actions?.OnSuccess, scope, metadata, Fail);
        return ok && condition is not null && metadata is not null
            ? new CompiledRule(workflow, ruleName, file, line, metadata, locals, condition, output)
            : null;
    }

    private CompiledExpression? CompileOutput(ActionInfoDto? action, List<ScopedValue> scope, RuleMetadata? metadata, Action<string> fail)
    {
        if (action is null)
        {
            if (metadata?.RewardType == RewardType.Cash)
            {
                fail("a cash rule needs Actions.OnSuccess with an OutputExpression giving the amount");
            }

            return null;
        }

        if (action.Name != "OutputExpression")
        {
            fail($"Actions.OnSuccess.Name '{action.Name}' is not supported; use OutputExpression");
            return null;
        }

        if (action.Context is null || !action.Context.TryGetValue("Expression", out var expression) || expression.ValueKind != JsonValueKind.String)
        {
            fail("Actions.OnSuccess.Context.Expression (a string) is required");
            return null;
        }

        return compiler.Compile(expression.GetString(), scope, typeof(decimal), "OutputExpression", fail);
    }

    private void CheckExclusiveGroups(string file, List<CompiledRule> rules)
    {
        var grouped = rules.Where(r => r.Metadata.ExclusiveGroup is not null).ToList();
        for (var i = 0; i < grouped.Count; i++)
        {
            for (var j = i + 1; j < grouped.Count; j++)
            {
                var (a, b) = (grouped[i], grouped[j]);
                if (a.Metadata.ExclusiveGroup == b.Metadata.ExclusiveGroup && a.Metadata.Priority == b.Metadata.Priority && a.Metadata.Overlaps(b.Metadata))
                {
                    errors.Add(new PolicyError(file, b.Line, b.Name,
                        $"rules {a.Name} (line {a.Line}) and {b.Name} share exclusive group '{a.Metadata.ExclusiveGroup}' and priority {a.Metadata.Priority} while both in force: the winner would be ambiguous"));
                }
            }
        }
    }
}
