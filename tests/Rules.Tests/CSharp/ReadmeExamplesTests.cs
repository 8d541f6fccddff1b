using System.Text.RegularExpressions;
using Payout.Rules.Tests.Builders;
using Payout.Tests.Shared;

namespace Payout.Rules.Tests.CSharp;

/// <summary>The README's C# rule examples are real: they compile and load with the sample plan's parameters.</summary>
public sealed partial class ReadmeExamplesTests
{
    [Fact]
    public void Load_ReadmeExamples_CompileAndLoad()
    {
        var examples = CSharpBlock().Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")))
            .Select(m => m.Groups[1].Value)
            .Where(code => code.Contains("public sealed class", StringComparison.Ordinal))
            .ToList();
        examples.Count.ShouldBeGreaterThanOrEqualTo(2);
        var plan = RulesFolder.Plan.Replace("\"iqs_gate\": 80", "\"iqs_gate\": 80, \"kicker_nps\": 50, \"team_lunch_cost\": 40", StringComparison.Ordinal);
        using var folder = new RulesFolder(RulesFolder.OneRule(), plan);
        folder.CSharp("examples.cs", string.Join(Environment.NewLine, examples));

        var policy = PolicyLoader.Load(folder.Directory, ["csat", "iqs", "nps", "sla_adherence", "target_completion_csat"]);

        policy.Rules.Where(r => r.Workflow == "C#").Select(r => r.Name).ShouldBe(["QualityKicker", "TeamLunch", "Tier2", "TopAgent", "Trip"], ignoreOrder: true);
    }

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
