using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NRules;
using NRules.Fluent;
using NRules.RuleModel;
using Payout.Rules.Compile;

namespace Payout.Rules.CSharp;

/// <summary>
/// Compiles <c>rules/*.cs</c> with Roslyn when the rules load (compile errors and refusals name
/// file:line:column), loads every NRules <c>Rule</c> class into a <see cref="RuleRepository"/> and
/// compiles the whole set once, so a rule NRules cannot compile is found before anyone is paid.
/// </summary>
internal static class CSharpRuleCompiler
{
    private const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Linq;
        global using NRules.Fluent.Dsl;
        global using NRules.RuleModel;
        global using Payout.Rules.CSharp;
        global using Payout.Rules.Facts;
        global using Payout.Rules.Files;
        """;

    public static CSharpRules Compile(IReadOnlyList<string> files, IReadOnlyCollection<string> kpiNames, IReadOnlyDictionary<string, decimal> planParameters, List<PolicyError> errors, TimeSpan personTime)
    {
        try
        {
            return CompileChecked(files, kpiNames, planParameters, errors, personTime);
        }
        catch (InsufficientExecutionStackException)
        {
            // Roslyn, the checks and NRules' expression compiler all recurse per nested expression; they
            // stop safely before the stack runs out, and a rule that deep is not one a person can review.
            var largest = files.OrderByDescending(f => new FileInfo(f).Length).First();
            errors.Add(new PolicyError(largest, 0, string.Empty, "an expression nests too deeply to compile safely (thousands of operators in one expression?): split it into named steps"));
            return CSharpRules.None;
        }
    }

    private static CSharpRules CompileChecked(IReadOnlyList<string> files, IReadOnlyCollection<string> kpiNames, IReadOnlyDictionary<string, decimal> planParameters, List<PolicyError> errors, TimeSpan personTime)
    {
        if (files.Count == 0)
        {
            return CSharpRules.None;
        }

        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parse, f)).ToList();
        var compilation = CSharpCompilation.Create(
            "Payout.PolicyRules",
            [.. trees, CSharpSyntaxTree.ParseText(GlobalUsings, parse, "<global usings>")],
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, deterministic: true, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release));
        var before = errors.Count;
        foreach (var diagnostic in compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            errors.Add(Error(diagnostic.Location, $"{diagnostic.Id}: {message}{Suggestion(diagnostic.Id, message)}"));
        }

        foreach (var tree in trees)
        {
            new SafetyWalker(compilation.GetSemanticModel(tree), kpiNames, planParameters.Keys.ToList(), (node, message) => errors.Add(Error(node.GetLocation(), message)))
                .Visit(tree.GetRoot());
        }

        foreach (var (at, cycle) in RecursionFinder.Find(trees, t => compilation.GetSemanticModel(t)))
        {
            errors.Add(Error(at.GetLocation(), $"recursion is not allowed in a pay rule ({cycle}): a runaway recursion overflows the stack, which ends the process; write a loop, which the time budget watches"));
        }

        if (errors.Count > before)
        {
            return CSharpRules.None;
        }

        var emitted = trees.Aggregate(compilation, (c, tree) => c.ReplaceSyntaxTree(tree, BudgetInstrumenter.Instrument(tree)));
        using var image = new MemoryStream();
        var emit = emitted.Emit(image);
        if (!emit.Success)
        {
            errors.AddRange(emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => Error(d.Location, d.GetMessage(CultureInfo.InvariantCulture))));
            return CSharpRules.None;
        }

        var rules = Load(Assembly.Load(image.ToArray()), trees, compilation, errors);
        if (errors.Count > before)
        {
            return CSharpRules.None;
        }

        ISessionFactory all;
        try
        {
            all = new RuleCompiler().Compile(rules.Select(r => r.Definition)); // every rule, once, at load: a rule NRules cannot compile fails here
        }
        catch (RuleCompilationException ex)
        {
            var rule = rules.FirstOrDefault(r => r.Name == ex.RuleName);
            errors.Add(new PolicyError(rule?.File ?? files[0], rule?.Line ?? 0, ex.RuleName ?? string.Empty, $"NRules cannot compile the rule: {ex.InnerException?.Message ?? ex.Message}"));
            return CSharpRules.None;
        }

        return new CSharpRules(rules, planParameters, all) { PersonTime = personTime };
    }

    private static List<LoadedRule> Load(Assembly assembly, List<SyntaxTree> trees, CSharpCompilation compilation, List<PolicyError> errors)
    {
        var declarations = trees
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Select(c => (Tree: t, Class: c)))
            .ToDictionary(x => compilation.GetSemanticModel(x.Tree).GetDeclaredSymbol(x.Class)!.ToDisplayString(), x => x);
        var repository = new RuleRepository();
        try
        {
            repository.Load(x => x.From(assembly));
        }
        catch (Exception ex) when (ex is RuleDefinitionException or RuleActivationException)
        {
            var typeName = (ex is RuleDefinitionException d ? d.RuleTypeName : ((RuleActivationException)ex).RuleTypeName).Split(',')[0].Replace('+', '.');
            var at = declarations.TryGetValue(typeName, out var decl) ? decl.Class.Identifier.GetLocation() : null;
            var message = $"{typeName}: {ex.InnerException?.Message ?? ex.Message}";
            errors.Add(at is null ? new PolicyError(trees[0].FilePath, 0, typeName, message) : Error(at, message));
            return [];
        }

        var rules = new List<LoadedRule>();
        foreach (var definition in repository.GetRules().OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            var type = (Type)definition.Properties[RuleProperties.ClrType];
            var (tree, declaration) = declarations[type.FullName!.Replace('+', '.')];
            var line = declaration.Identifier.GetLocation().GetLineSpan().StartLinePosition.Line + 1; // the class line, after its attributes
            var fail = (string message) => errors.Add(new PolicyError(tree.FilePath, line, definition.Name, message));
            if (type.GetCustomAttribute<PayAttribute>() is not { } pay)
            {
                fail($"an NRules rule of the pay policy needs Payout's attribute: [Pay(\"component\")] on class {type.Name}");
                continue;
            }

            if (Metadata(definition, pay, fail) is not { } metadata)
            {
                continue;
            }

            rules.Add(new LoadedRule(definition, metadata, pay.Roles, tree.FilePath, line, Condition(declaration))
            {
                Scan = RuleScan.Of(definition),
                TextComparisons = TextLiteralComparisons.Find(declaration, compilation.GetSemanticModel(tree))
                    .Select(c => new TextComparison(tree.FilePath, line, definition.Name, c.Field, c.Value)).Distinct().ToList(),
            });
        }

        foreach (var duplicate in rules.GroupBy(r => r.Name).Where(g => g.Count() > 1))
        {
            var second = duplicate.Skip(1).First();
            errors.Add(new PolicyError(second.File, second.Line, second.Name, $"duplicate rule name (also {duplicate.First().File}:{duplicate.First().Line})"));
        }

        return rules;
    }

    /// <summary>Payout's metadata of the rule, as JSON rules carry it; null with the problems reported.</summary>
    private static Compile.RuleMetadata? Metadata(IRuleDefinition definition, PayAttribute pay, Action<string> fail)
    {
        var ok = true;
        decimal? unitCost = null;
        if (pay.UnitCost is { } text)
        {
            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var cost) && cost >= 0)
            {
                unitCost = cost;
            }
            else
            {
                fail($"[Pay] UnitCost '{text}' is not a decimal number of zero or more");
                ok = false;
            }
        }

        DateOnly? Date(string? value, string name)
        {
            if (value is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            fail($"[Pay] {name} '{value}' is not a date (yyyy-MM-dd)");
            ok = false;
            return null;
        }

        var from = Date(pay.EffectiveFrom, nameof(PayAttribute.EffectiveFrom));
        var to = Date(pay.EffectiveTo, nameof(PayAttribute.EffectiveTo));
        if (string.IsNullOrWhiteSpace(pay.Component))
        {
            fail("[Pay] needs a component");
            ok = false;
        }

        return ok ? new Compile.RuleMetadata(pay.Component, pay.Reward, pay.ExclusiveGroup, definition.Priority, definition.Description ?? string.Empty, pay.Prorate, unitCost, from, to) : null;
    }

    /// <summary>The rule's conditions as written: its <c>When()</c> chain, on one line.</summary>
    private static string Condition(ClassDeclarationSyntax declaration)
    {
        var define = declaration.Members.OfType<MethodDeclarationSyntax>().FirstOrDefault(m => m.Identifier.Text == "Define");
        var text = define?.Body?.ToString() ?? define?.ExpressionBody?.ToString() ?? string.Empty;
        var start = text.IndexOf("When()", StringComparison.Ordinal);
        var end = text.IndexOf("Then()", StringComparison.Ordinal);
        var when = start >= 0 ? text[start..(end > start ? end : text.Length)] : text;
        var code = System.Text.RegularExpressions.Regex.Replace(when, "//[^\n]*", string.Empty); // comments explain the rule in its file, not in the sheet
        return string.Join(' ', code.Split((char[])['\r', '\n', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries)).TrimEnd(';').Trim();
    }

    /// <summary>The fact types rules match, for suggestions when a name is misspelt.</summary>
    private static readonly Type[] FactTypes =
        [typeof(Facts.Person), typeof(Facts.Kpi), typeof(Facts.TeamKpi), typeof(Facts.PayPeriod), typeof(Facts.PlanParameters), typeof(Facts.PastKpi), typeof(Facts.Award), typeof(Facts.BookedLine), typeof(Facts.ChurnedAccount)];

    /// <summary>
    /// "did you mean" for the compiler's two messages an analyst meets most: a fact type misspelt
    /// (CS0246, <c>Kpis</c>) and a member a fact does not have (CS1061, <c>k.Vaule</c>).
    /// </summary>
    private static string Suggestion(string id, string message)
    {
        var quoted = System.Text.RegularExpressions.Regex.Matches(message, "'([^']+)'").Select(m => m.Groups[1].Value).ToList();
        if (id == "CS0246" && quoted.Count > 0)
        {
            return Common.Spelling.DidYouMean(quoted[0], FactTypes.Select(t => t.Name).ToList());
        }

        if (id == "CS1061" && quoted.Count > 1 && FactTypes.FirstOrDefault(t => t.Name == quoted[0]) is { } type)
        {
            var members = type.GetProperties().Select(p => p.Name).ToList();
            return $"{Common.Spelling.DidYouMean(quoted[1], members)} ({type.Name} has {string.Join(", ", members)})";
        }

        return string.Empty;
    }

    private static PolicyError Error(Location location, string message)
    {
        var span = location.GetLineSpan();
        var (line, column) = (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
        return new PolicyError(span.Path, line, string.Empty, $"{line}:{column}: {message}");
    }

    private static IEnumerable<MetadataReference> References()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string[] framework = ["System.Runtime.dll", "System.Collections.dll", "System.Linq.dll", "System.Linq.Expressions.dll", "netstandard.dll"];
        return framework.Select(f => Path.Combine(runtime, f))
            .Append(typeof(object).Assembly.Location)
            .Append(typeof(PayAttribute).Assembly.Location)
            .Append(typeof(NRules.Fluent.Dsl.Rule).Assembly.Location)
            .Append(typeof(IContext).Assembly.Location)
            .Distinct()
            .Select(p => MetadataReference.CreateFromFile(p));
    }
}
