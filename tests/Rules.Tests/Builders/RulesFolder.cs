namespace Payout.Rules.Tests.Builders;

/// <summary>A throwaway rules folder: a minimal plan plus the rule files a test writes.</summary>
internal sealed class RulesFolder : IDisposable
{
    public const string Plan = """
        {
          "Name": "Test plan",
          "Rounding": { "Mode": "AwayFromZero", "Places": 2 },
          "MinSamples": { "csat": 10 },
          "Parameters": { "iqs_gate": 80 },
          "Workflows": { "Bonus": [ "agent" ] }
        }
        """;

    public RulesFolder(string ruleFile, string plan = Plan)
    {
        Directory = Path.Combine(Path.GetTempPath(), "payout-rules-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path.Combine(Directory, "plan.json"), plan);
        File.WriteAllText(Path.Combine(Directory, "bonus.json"), ruleFile);
    }

    public string Directory { get; }

    public string RuleFile => Path.Combine(Directory, "bonus.json");

    /// <summary>Adds a C# rule file; returns its path.</summary>
    public string CSharp(string name, string code)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, code);
        return path;
    }

    /// <summary>A one-rule workflow named Bonus with the given pieces.</summary>
    public static string OneRule(string expression = "kpi.csat >= 90", string output = "employee.annual_base_salary * 0.10", string localParams = "[]", string properties = """{ "component": "bonus", "rewardType": "cash" }""") => $$"""
        {
          "WorkflowName": "Bonus",
          "Rules": [
            {
              "RuleName": "Tier",
              "Properties": {{properties}},
              "LocalParams": {{localParams}},
              "Expression": "{{expression}}",
              "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "{{output}}" } } }
            }
          ]
        }
        """;

    public Policy Load() => Load(Common.RunLimits.Default);

    /// <summary>Loads the folder under <paramref name="limits"/>.</summary>
    public Policy Load(Common.RunLimits limits) =>
        PolicyLoader.Load(Directory, _ => ["csat", "iqs", "nps", "nrr", "target_completion_nrr"], _ => false, limits);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
