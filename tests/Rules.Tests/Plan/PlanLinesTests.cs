using Payout.Rules.Tests.Builders;

namespace Payout.Rules.Tests.Plan;

/// <summary>Plan file errors point at the line of the key at fault, not at line 0.</summary>
public sealed class PlanLinesTests
{
    [Theory]
    [InlineData("\"MinSamples\": { \"csat\": 10 }", "\"MinSamples\": {\n    \"csat\": 0 }", 5, "MinSamples.csat must be at least 1")]
    [InlineData("\"MinSamples\": { \"csat\": 10 }", "\"MinSamples\": {\n    \"cast\": 10 }", 5, "MinSamples names unknown KPI 'cast'")]
    [InlineData("\"Places\": 2", "\"Places\": 9", 3, "Rounding.Places must be 0–4")]
    public void Load_BadPlanKey_ErrorCarriesItsLine(string from, string to, int line, string message)
    {
        using var folder = new RulesFolder(RulesFolder.OneRule(), RulesFolder.Plan.Replace(from, to, StringComparison.Ordinal));

        var error = Should.Throw<PolicyException>(folder.Load).Errors.ShouldHaveSingleItem();

        error.Line.ShouldBe(line);
        error.Message.ShouldContain(message);
    }
}
