using Payout.Rules.Testing;
using Payout.Rules.Tests.Builders;

namespace Payout.Rules.Tests.Testing;

/// <summary>Policy test files are read as strictly as rule files: a typo is an error with its line, never a silent default.</summary>
public sealed class PolicyTestRunnerTests
{
    private static IReadOnlyList<PolicyTestResult> Run(RulesFolder folder, string cases)
    {
        var tests = Path.Combine(folder.Directory, "tests");
        Directory.CreateDirectory(tests);
        File.WriteAllText(Path.Combine(tests, "cases.json"), cases);
        return PolicyTestRunner.Run(folder.Load(), tests);
    }

    [Theory]
    [InlineData("\"rol\": \"agent\"", 5, "Person has no field 'rol'; did you mean 'role'?")]
    [InlineData("\"annual_base_sallary\": 1000", 5, "Person has no field 'annual_base_sallary'; did you mean 'annual_base_salary'?")]
    [InlineData("\"role\": \"agnet\"", 5, "Person.role \"agnet\" is not a role")]
    [InlineData("\"hire_date\": \"2026-13-01\"", 5, "Person.hire_date \"2026-13-01\" is not a date")]
    public void Run_MisspeltPersonField_ErrorWithLine(string field, int line, string message)
    {
        using var folder = new RulesFolder(RulesFolder.OneRule());
        var cases = $$"""
            {
              "Cases": [
                { "Name": "typo",
                  "Period": "2026-Q3",
                  "Person": { {{field}} },
                  "Kpis": { "csat": 95 },
                  "Expect": [] }
              ]
            }
            """;

        var error = Should.Throw<PolicyException>(() => Run(folder, cases)).Errors.ShouldHaveSingleItem();

        error.Line.ShouldBe(line);
        error.Message.ShouldContain(message);
    }

    [Fact]
    public void Run_UnknownKpi_ErrorWithLineAndSuggestion()
    {
        using var folder = new RulesFolder(RulesFolder.OneRule());
        const string cases = """
            {
              "Cases": [
                { "Name": "typo", "Period": "2026-Q3", "Person": {},
                  "Kpis": { "cast": 95 },
                  "Expect": [] }
              ]
            }
            """;

        var error = Should.Throw<PolicyException>(() => Run(folder, cases)).Errors.ShouldHaveSingleItem();

        error.Line.ShouldBe(4);
        error.Message.ShouldContain("unknown KPI 'cast'; did you mean 'csat'?");
    }

    [Theory]
    [InlineData("\"fte\": 0.5", "2400.00")]
    [InlineData("\"hire_date\": \"2026-08-16\"", "2400.00")] // 46 of 92 days
    [InlineData("\"termination_date\": \"2026-07-31\", \"fte\": 0.5", "808.70")] // 31 of 92 days × 0.5: 4,800 × 0.16847826… = 808.695…
    public void Run_FteAndDates_ProrateAsInARun(string fields, string amount)
    {
        using var folder = new RulesFolder(RulesFolder.OneRule());
        var cases = $$"""
            { "Cases": [ { "Name": "prorated", "Period": "2026-Q3", "Person": { {{fields}} }, "Kpis": { "csat": 95 },
              "Expect": [ { "Rule": "Tier", "Amount": {{amount}} } ] } ] }
            """;

        var result = Run(folder, cases).ShouldHaveSingleItem();

        result.Passed.ShouldBeTrue(result.Actual);
    }
}
