using Payout.Rules.Tests.Builders;

namespace Payout.Rules.Tests.Plan;

/// <summary>The plan's Payroll section: validated on its own, and against what the rules pay.</summary>
public sealed class PayrollPlanTests
{
    private const string Mapped = """
        "Payroll": { "Company": "Acme", "PayDay": 10,
          "Components": { "bonus": { "PayElement": "BON-1", "GlAccount": "6110" } },
          "Benefits": { "gift_card": { "PayElement": "BIK-G", "GlAccount": "6410", "Taxable": true } } },
        "Workflows"
        """;

    [Fact]
    public void Load_EveryCashComponentMapped_PayrollPlanWithPayDate()
    {
        using var folder = new RulesFolder(RulesFolder.OneRule(), RulesFolder.Plan.Replace("\"Workflows\"", Mapped, StringComparison.Ordinal));

        var payroll = folder.Load().Plan.Payroll.ShouldNotBeNull();

        payroll.Company.ShouldBe("Acme");
        payroll.Components["bonus"].ShouldBe(new Payout.Rules.Plan.PayrollCode("BON-1", "6110"));
        payroll.Benefits["gift_card"].Taxable.ShouldBeTrue();
        payroll.PayDate(new DateOnly(2026, 10, 1)).ShouldBe(new DateOnly(2026, 10, 10));
    }

    [Fact]
    public void Load_NoPayrollSection_NoPayrollPlan()
    {
        using var folder = new RulesFolder(RulesFolder.OneRule());

        folder.Load().Plan.Payroll.ShouldBeNull();
    }

    [Theory]
    [InlineData("\"bonus\": { \"PayElement\"", "\"bonsu\": { \"PayElement\"", "Payroll.Components has no pay element for component 'bonus', which rule Tier (")]
    [InlineData("\"PayElement\": \"BON-1\"", "\"PayElement\": \"=HYPERLINK(1)\"", "Payroll.Components.bonus needs PayElement and GlAccount")]
    [InlineData("\"GlAccount\": \"6110\" }", "\"GlAccount\": \"6110\", \"Taxable\": true }", "and no Taxable: cash is pay")]
    [InlineData("\"gift_card\":", "\"pto_days\":", "Payroll.Benefits.pto_days must be a non-cash reward type other than pto_days")]
    [InlineData("\"PayDay\": 10", "\"PayDay\": 31", "Payroll.PayDay must be 1–28")]
    public void Load_PayrollSectionWrong_ErrorNamesThePlanAndTheKey(string from, string to, string message)
    {
        var plan = RulesFolder.Plan.Replace("\"Workflows\"", Mapped.Replace(from, to, StringComparison.Ordinal), StringComparison.Ordinal);
        using var folder = new RulesFolder(RulesFolder.OneRule(), plan);

        var errors = Should.Throw<PolicyException>(folder.Load).Errors;

        errors.ShouldContain(e => e.File.EndsWith("plan.json", StringComparison.Ordinal) && e.Line > 1 && e.Message.Contains(message), string.Join("\n", errors.Select(e => e.Message)));
    }

    [Fact]
    public void Load_NonCashRewardWithoutTreatment_ErrorNamesTheRewardAndRule()
    {
        var plan = RulesFolder.Plan.Replace("\"Workflows\"", Mapped.Replace("\"gift_card\"", "\"trip\"", StringComparison.Ordinal), StringComparison.Ordinal);
        using var folder = new RulesFolder(RulesFolder.OneRule(output: "1", properties: """{ "component": "gifts", "rewardType": "gift_card", "unitCost": 50 }"""), plan);

        var errors = Should.Throw<PolicyException>(folder.Load).Errors;

        errors.ShouldContain(e => e.Message.StartsWith("Payroll.Benefits has no treatment for reward type 'gift_card'", StringComparison.Ordinal), string.Join("\n", errors.Select(e => e.Message)));
    }
}
