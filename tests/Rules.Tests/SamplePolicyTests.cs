using Payout.Rules.Audit;
using Payout.Rules.Tests.Builders;
using Payout.Tests.Shared;

namespace Payout.Rules.Tests;

/// <summary>The shipped sample policy in rules/, at and just off every boundary.</summary>
public sealed class SamplePolicyTests
{
    private static readonly string[] KpiNames = ["csat", "nps", "frt_minutes", "sla_adherence", "iqs", "retention_rate", "churn_rate", "nrr", "target_completion_nrr", "target_completion_csat", "excellence", "target_completion_excellence"];

    private static readonly Lazy<Policy> Sample = new(() => PolicyLoader.Load(RepoPaths.Rules, KpiNames));

    private static PersonResult Agent(decimal csat, decimal iqs) =>
        Sample.Value.Evaluate(new PersonBuilder().Salary(48000m).Kpi("csat", csat).Kpi("iqs", iqs).Build(), PersonBuilder.Q3);

    [Theory]
    [InlineData("90", "CsatTier3", "960.00")]     // 48,000 × 3/12 × 8 %
    [InlineData("89.99", "CsatTier2", "600.00")]  // 5 %
    [InlineData("85", "CsatTier2", "600.00")]
    [InlineData("84.99", "CsatTier1", "360.00")]  // 3 %
    [InlineData("80", "CsatTier1", "360.00")]
    [InlineData("79.99", null, null)]
    public void Evaluate_CsatAtAndJustBelowEachTier_HighestTierWins(string csat, string? tier, string? amount)
    {
        var result = Agent(decimal.Parse(csat, System.Globalization.CultureInfo.InvariantCulture), 85m);

        if (tier is null)
        {
            result.Lines.ShouldBeEmpty();
            result.Audit.Where(a => a.Workflow == "AgentQuarterlyBonus").ShouldAllBe(a => a.Outcome == Outcome.NotFired);
            return;
        }

        var line = result.Lines.ShouldHaveSingleItem();
        line.Rule.ShouldBe(tier);
        line.Amount.ShouldBe(decimal.Parse(amount!, System.Globalization.CultureInfo.InvariantCulture));
        result.Audit.Single(a => a.Rule == tier).Outcome.ShouldBe(Outcome.Fired);
        result.Audit.Where(a => a.Workflow == "AgentQuarterlyBonus" && a.Rule != tier && a.Outcome != Outcome.NotFired)
            .ShouldAllBe(a => a.Outcome == Outcome.Superseded);
    }

    [Theory]
    [InlineData("90", "85")]
    [InlineData("84.99", "85")]
    [InlineData("95", "79.99")]
    [InlineData("79.99", "85")]
    public void Evaluate_WithoutExplanations_SameLinesAndNoRecords(string csat, string iqs)
    {
        var person = new PersonBuilder().Salary(48000m)
            .Kpi("csat", decimal.Parse(csat, System.Globalization.CultureInfo.InvariantCulture))
            .Kpi("iqs", decimal.Parse(iqs, System.Globalization.CultureInfo.InvariantCulture)).Build();

        var explained = Sample.Value.Evaluate(person, PersonBuilder.Q3);
        var awards = Sample.Value.Evaluate(person, PersonBuilder.Q3, explain: false);

        awards.Lines.ShouldBe(explained.Lines);
        awards.Audit.ShouldBeEmpty();
        awards.LineAudit.ShouldBeEmpty();
        explained.Audit.ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("80", true)]
    [InlineData("79.99", false)]
    public void Evaluate_IqsGate_BlocksEveryTierBelowEighty(string iqs, bool pays)
    {
        var result = Agent(95m, decimal.Parse(iqs, System.Globalization.CultureInfo.InvariantCulture));

        result.Lines.Count.ShouldBe(pays ? 1 : 0);
    }

    [Fact]
    public void Evaluate_CsatMissing_SkippedWithReasonAndNoPay()
    {
        var person = new PersonBuilder().MissingKpi("csat", "n=6 is below the plan's minimum of 10").Kpi("iqs", 90m).Build();
        var result = Sample.Value.Evaluate(person, PersonBuilder.Q3);

        result.Lines.ShouldBeEmpty();
        var tiers = result.Audit.Where(a => a.Workflow == "AgentQuarterlyBonus").ToList();
        tiers.Count.ShouldBe(3);
        tiers.ShouldAllBe(a => a.Outcome == Outcome.SkippedMissingInput);
        tiers[0].Sentence.ShouldBe("CsatTier3 not evaluated: kpi.csat is missing (n=6 is below the plan's minimum of 10); pays nothing");
    }

    [Fact]
    public void Evaluate_Prorated_AmountTimesFactorRoundedOnce()
    {
        var person = new PersonBuilder().Salary(48000m).Kpi("csat", 92m).Kpi("iqs", 90m).Proration(47m / 92m).Build();
        var line = Sample.Value.Evaluate(person, PersonBuilder.Q3).Lines.ShouldHaveSingleItem();

        line.Quantity.ShouldBe(960m);
        line.Amount.ShouldBe(Math.Round(960m * 47m / 92m, 2, MidpointRounding.AwayFromZero)); // 490.43
    }

    [Theory]
    [InlineData("0.10", "100", "2500.00")]   // 100,000 × 10 % × 3/12 × 100 %
    [InlineData("0.20", "100", "5000.00")]
    [InlineData("0.20", "80", "4000.00")]    // exactly at the floor pays
    [InlineData("0.20", "79.99", null)]      // just below the floor pays nothing
    [InlineData("0.10", "120", "3000.00")]   // at the cap
    [InlineData("0.10", "150", "3000.00")]   // capped
    public void Evaluate_CsmVariablePay_TenToTwentyPercentScaledByAttainment(string pct, string attainment, string? amount)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var person = new PersonBuilder().Role("csm").Salary(100000m, decimal.Parse(pct, inv)).Kpi("target_completion_nrr", decimal.Parse(attainment, inv)).Build();
        var result = Sample.Value.Evaluate(person, PersonBuilder.Q3);

        if (amount is null)
        {
            result.Lines.ShouldBeEmpty();
        }
        else
        {
            result.Lines.ShouldHaveSingleItem().Amount.ShouldBe(decimal.Parse(amount, inv));
        }
    }

    [Fact]
    public void Evaluate_Fired_AuditNamesFileLineInputsAndParams()
    {
        var audit = Agent(92m, 85m).Audit.Single(a => a.Outcome == Outcome.Fired);

        audit.File.ShouldEndWith("agent-bonus.json");
        audit.Line.ShouldBe(25); // the version in force from July
        audit.Inputs.ShouldBe("kpi.csat=92 (46 of 50, n=50); kpi.iqs=85 (42.5 of 50, n=50); plan.iqs_gate=80; employee.annual_base_salary=48000; period.months=3");
        audit.LocalParams.ShouldBe("rate=0.08");
        audit.Sentence.ShouldBe("CsatTier3: kpi.csat 92 (46 of 50) ≥ 90 and kpi.iqs 85 (42.5 of 50) ≥ plan.iqs_gate 80 → 48000 × 3 ÷ 12 × 0.08 = 960.00 USD");
    }

    [Fact]
    public void Evaluate_NotFired_SentenceNamesTheFailedPartWithValues()
    {
        var audit = Agent(95m, 79.5m).Audit.Single(a => a.Rule == "CsatTier3");

        audit.Outcome.ShouldBe(Outcome.NotFired);
        audit.Sentence.ShouldBe("CsatTier3 did not fire: kpi.iqs 79.5 (39.75 of 50) ≥ plan.iqs_gate 80 is false; pays nothing");
    }

    [Fact]
    public void Evaluate_ProratedCsm_SentenceShowsFormulaAndProration()
    {
        var person = new PersonBuilder().Role("csm").Salary(100000m, 0.20m).Kpi("target_completion_nrr", 150m).Proration(0.5m).Build();
        var audit = Sample.Value.Evaluate(person, PersonBuilder.Q3).Audit.Single(a => a.Rule == "CsmVariablePay");

        audit.Sentence.ShouldBe("CsmVariablePay: kpi.target_completion_nrr 150 (75 of 50) ≥ plan.csm_attainment_floor 80 → 100000 × 0.2 × 3 ÷ 12 × 1.2 = 6000; 6000 × proration 0.5 = 3000, rounded 3,000.00 USD");
    }
}
