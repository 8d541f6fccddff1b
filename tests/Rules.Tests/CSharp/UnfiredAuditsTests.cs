using Payout.Rules.Audit;
using Payout.Rules.CSharp;

namespace Payout.Rules.Tests.CSharp;

/// <summary>Shared explanations must still say exactly what each person's rule read.</summary>
public sealed class UnfiredAuditsTests
{
    private sealed class QuarterFour : PayRule
    {
        public override string Name => "QuarterFour";

        public override string Component => "trip";

        public override bool When(RuleFacts facts) => false;

        public override void Then(RuleFacts facts, RuleActions actions)
        {
        }
    }

    private static readonly LoadedRule Rule = new(new QuarterFour(), "rules/trip.cs", 3, "f.Period.EndsWith(\"-Q4\")");

    [Fact]
    public void For_SameReads_SharesOneExplanation()
    {
        var audits = new UnfiredAudits([Rule]);
        audits.For(Rule, "period.name=2026-Q3", null).ShouldBeSameAs(audits.For(Rule, "period.name=2026-Q3", null));
    }

    [Theory]
    [InlineData("period.name=2026-Q2", null, "did not fire: f.Period.EndsWith(\"-Q4\") is false for period.name=2026-Q2")]
    [InlineData("period.name=2026-Q3", "kpi.csat is missing", "not evaluated: kpi.csat is missing")]
    public void For_DifferentReads_ExplainsTheirOwn(string reads, string? missing, string expected)
    {
        var audits = new UnfiredAudits([Rule]);
        _ = audits.For(Rule, "period.name=2026-Q3", null);
        var audit = audits.For(Rule, reads, missing);
        var record = new AuditRecord("E1", Rule.Identity, missing is null ? Outcome.NotFired : Outcome.SkippedMissingInput, null, null, audit);
        record.Inputs.ShouldBe(reads);
        record.Sentence.ShouldContain(expected);
    }
}
