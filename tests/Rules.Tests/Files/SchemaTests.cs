using System.Text.Json;
using Json.Schema;
using Payout.Tests.Shared;

namespace Payout.Rules.Tests.Files;

/// <summary>
/// The JSON Schemas in schemas/ describe the rule files as Payout reads them: every shipped file
/// validates against the schema its "$schema" names, and the schemas refuse what the loader refuses.
/// </summary>
public sealed class SchemaTests
{
    public static TheoryData<string> ShippedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoPaths.Rules, "*.json").Concat(Directory.GetFiles(Path.Combine(RepoPaths.Rules, "tests"), "*.json")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Evaluate_ShippedFile_ValidAgainstTheSchemaItNames(string file)
    {
        var path = Path.Combine(RepoPaths.Root, file);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var schemaRef = document.RootElement.GetProperty("$schema").GetString()!;
        var schemaPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, schemaRef));
        schemaPath.ShouldStartWith(Path.Combine(RepoPaths.Root, "schemas"));

        var result = Evaluate(schemaPath, document.RootElement);

        result.IsValid.ShouldBeTrue(Errors(result));
    }

    [Theory]
    [InlineData("workflow.schema.json", "\"rewardType\": \"cash\"", "\"rewardType\": \"bonus\"")]
    [InlineData("workflow.schema.json", "\"Properties\"", "\"Propertes\"")]
    [InlineData("workflow.schema.json", "\"Name\": \"OutputExpression\"", "\"Name\": \"EvaluateRule\"")]
    [InlineData("plan.schema.json", "\"Places\": 2", "\"Places\": \"two\"")]
    [InlineData("plan.schema.json", "\"Mode\": \"AwayFromZero\"", "\"Mode\": \"Up\"")]
    public void Evaluate_FileTheLoaderRefuses_InvalidToo(string schema, string find, string replace)
    {
        var shipped = schema == "plan.schema.json" ? "plan.json" : "agent-bonus.json";
        var text = File.ReadAllText(Path.Combine(RepoPaths.Rules, shipped));
        text.ShouldContain(find);
        using var document = JsonDocument.Parse(text.Replace(find, replace, StringComparison.Ordinal));

        Evaluate(Path.Combine(RepoPaths.Root, "schemas", schema), document.RootElement).IsValid.ShouldBeFalse();
    }

    /// <summary>Each schema built once: the library registers a schema under its $id, once per process.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonSchema> Schemas = new(StringComparer.Ordinal);

    [Theory]
    [InlineData("plan.schema.json", "\"iqs_gate\": 80", "\"iqs_gate\": { \"Value\": 80, \"Min\": 50, \"Max\": 100, \"Description\": \"QA gate\" }")]
    [InlineData("workflow.schema.json", "\"priority\": 3,", "\"priority\": 3, \"prorate\": false,")]
    public void Evaluate_OtherFormsTheLoaderAccepts_Valid(string schema, string find, string replace)
    {
        var shipped = schema == "plan.schema.json" ? "plan.json" : "agent-bonus.json";
        var text = File.ReadAllText(Path.Combine(RepoPaths.Rules, shipped));
        text.ShouldContain(find);
        using var document = JsonDocument.Parse(text.Replace(find, replace, StringComparison.Ordinal));

        var result = Evaluate(Path.Combine(RepoPaths.Root, "schemas", schema), document.RootElement);

        result.IsValid.ShouldBeTrue(Errors(result));
    }

    private static EvaluationResults Evaluate(string schemaPath, JsonElement instance) =>
        Schemas.GetOrAdd(Path.GetFullPath(schemaPath), p => JsonSchema.FromFile(p)).Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Errors(EvaluationResults result) =>
        string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
}
