using System.Text;
using Payout.Rules.Tests.Builders;

namespace Payout.Rules.Tests.Sandbox;

/// <summary>JSON rule files: size and nesting limits checked before parsing, BOMs read, duplicate keys refused.</summary>
public sealed class JsonRuleLimitsTests
{
    private static string LoadFails(string ruleFile)
    {
        using var folder = new RulesFolder(ruleFile);
        return Should.Throw<PolicyException>(() => folder.Load()).Errors.ShouldHaveSingleItem().Message;
    }

    [Fact]
    public void Load_NineteenHundredNestedBrackets_RefusedBeforeParsing() =>
        LoadFails(RulesFolder.OneRule(expression: new string('(', 1_900) + "kpi.csat >= 90" + new string(')', 1_900)))
            .ShouldContain("nests brackets 1,900 deep; the limit is 40 (raise it with --limit expression_nesting=N)");

    [Fact]
    public void Load_HugeExpression_RefusedNamingTheLimit() =>
        LoadFails(RulesFolder.OneRule(expression: string.Join(" + ", Enumerable.Repeat("kpi.csat", 2_000)) + " > 0"))
            .ShouldContain("characters long; the limit is 4,000 (raise it with --limit expression_length=N");

    [Fact]
    public void Load_LongFlatSumWithinLimits_Compiles()
    {
        using var folder = new RulesFolder(RulesFolder.OneRule(expression: string.Join(" + ", Enumerable.Repeat("1", 990)) + " > 0"));
        folder.Load().RuleCount.ShouldBe(1);
    }

    [Fact]
    public void Load_TooManyRulesInAFile_RefusedWithoutCompilingThem()
    {
        var rules = string.Join(",", Enumerable.Range(1, 1_001).Select(i => $$"""{ "RuleName": "R{{i}}", "Expression": "kpi.csat >= 90", "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "1" } } }, "Properties": { "component": "bonus", "rewardType": "cash" } }"""));
        LoadFails($$"""{ "WorkflowName": "Bonus", "Rules": [ {{rules}} ] }""")
            .ShouldBe("the file has 1,001 rules; the limit is 1,000 per file (split the workflow across files, or raise it with --limit rules_per_file=N)");
    }

    [Fact]
    public void Load_DuplicateKeyInARule_RefusedNotLastWins() =>
        LoadFails(RulesFolder.OneRule().Replace("\"Expression\": \"kpi.csat >= 90\"", "\"Expression\": \"kpi.csat >= 90\", \"Expression\": \"true\"", StringComparison.Ordinal))
            .ShouldContain("duplicate key");

    [Fact]
    public void Load_RuleFileAndPlanWithByteOrderMark_Read()
    {
        using var folder = new RulesFolder(RulesFolder.OneRule());
        foreach (var file in new[] { folder.RuleFile, Path.Combine(folder.Directory, "plan.json") })
        {
            File.WriteAllText(file, File.ReadAllText(file), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            File.ReadAllBytes(file)[0].ShouldBe((byte)0xEF);
        }

        folder.Load().RuleCount.ShouldBe(1);
    }
}
