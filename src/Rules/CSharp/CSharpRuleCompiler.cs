using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Payout.Rules.CSharp;

/// <summary>
/// Compiles <c>rules/*.cs</c> with Roslyn when the rules load: compile errors and refusals name
/// file:line:column, and every public non-abstract <see cref="PayRule"/> becomes a rule.
/// </summary>
internal static class CSharpRuleCompiler
{
    private const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Linq;
        global using Payout.Rules.CSharp;
        global using Payout.Rules.Files;
        """;

    public static IReadOnlyList<LoadedRule> Compile(IReadOnlyList<string> files, IReadOnlyCollection<string> kpiNames, IReadOnlyCollection<string> planNames, List<PolicyError> errors)
    {
        if (files.Count == 0)
        {
            return [];
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
            errors.Add(Error(diagnostic.Location, $"{diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
        }

        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            new SafetyWalker(model, kpiNames, planNames, (node, message) => errors.Add(Error(node.GetLocation(), message)))
                .Visit(tree.GetRoot());
        }

        if (errors.Count > before)
        {
            return [];
        }

        using var image = new MemoryStream();
        var emit = compilation.Emit(image);
        if (!emit.Success)
        {
            errors.AddRange(emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => Error(d.Location, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))));
            return [];
        }

        var assembly = Assembly.Load(image.ToArray());
        return Instantiate(assembly, trees, compilation, errors);
    }

    private static List<LoadedRule> Instantiate(Assembly assembly, List<SyntaxTree> trees, CSharpCompilation compilation, List<PolicyError> errors)
    {
        var declarations = trees
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Select(c => (Tree: t, Class: c)))
            .ToDictionary(x => compilation.GetSemanticModel(x.Tree).GetDeclaredSymbol(x.Class)!.ToDisplayString(), x => x.Class);
        var rules = new List<LoadedRule>();
        foreach (var type in assembly.GetTypes().Where(t => typeof(PayRule).IsAssignableFrom(t) && !t.IsAbstract).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var declaration = declarations[type.FullName!.Replace('+', '.')];
            var span = declaration.GetLocation().GetLineSpan();
            PayRule rule;
            try
            {
                rule = (PayRule)Activator.CreateInstance(type)!;
            }
            catch (Exception ex) when (ex is MissingMethodException or TargetInvocationException)
            {
                errors.Add(Error(declaration.Identifier.GetLocation(), $"cannot create {type.Name}: a rule needs a public parameterless constructor that does not throw ({ex.InnerException?.Message ?? ex.Message})"));
                continue;
            }

            var when = declaration.Members.OfType<MethodDeclarationSyntax>().FirstOrDefault(m => m.Identifier.Text == nameof(PayRule.When));
            var condition = when?.ExpressionBody?.Expression.ToString() ?? when?.Body?.ToString() ?? string.Empty;
            var model = compilation.GetSemanticModel(declaration.SyntaxTree);
            var line = span.StartLinePosition.Line + 1;
            rules.Add(new LoadedRule(rule, span.Path, line, string.Join(' ', condition.Split((char[])['\r', '\n', ' '], StringSplitOptions.RemoveEmptyEntries)))
            {
                TextComparisons = TextLiteralComparisons.Find(declaration, model).Select(c => new TextComparison(span.Path, line, rule.Name, c.Field, c.Value)).Distinct().ToList(),
            });
        }

        foreach (var duplicate in rules.GroupBy(r => r.Rule.Name).Where(g => g.Count() > 1))
        {
            var second = duplicate.Skip(1).First();
            errors.Add(new PolicyError(second.File, second.Line, second.Rule.Name, $"duplicate rule name (also {duplicate.First().File}:{duplicate.First().Line})"));
        }

        return rules;
    }

    private static PolicyError Error(Location location, string message)
    {
        var span = location.GetLineSpan();
        var (line, column) = (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
        return new PolicyError(span.Path, line, string.Empty, $"{span.Path}:{line}:{column}: {message}");
    }

    private static IEnumerable<MetadataReference> References()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string[] framework = ["System.Runtime.dll", "System.Collections.dll", "System.Linq.dll", "netstandard.dll"];
        return framework.Select(f => Path.Combine(runtime, f))
            .Append(typeof(object).Assembly.Location)
            .Append(typeof(PayRule).Assembly.Location)
            .Distinct()
            .Select(p => MetadataReference.CreateFromFile(p));
    }
}
