using Payout.Rules.Facts;
using Payout.Rules.Files;
using Payout.Rules.Tests.Builders;

namespace Payout.Rules.Tests.CSharp;

/// <summary><c>ctx.Recover</c>: a clawback is a negative line linked to the booked line, never more than it holds.</summary>
public sealed class ClawbackRuleTests
{
    private static string Recovering(string share, string component = "csm_variable", int times = 1) => $$"""
        [Name("Clawback")]
        [Pay("{{component}}")]
        public sealed class Clawback : Rule
        {
            public override void Define()
            {
                BookedLine paid = null!;
                When().Match(() => paid, b => b.Component == "csm_variable");
                Then(){{string.Concat(Enumerable.Repeat($".Do(ctx => ctx.Recover(paid, {share}, \"the account churned\"))", times))}};
            }
        }
        """;

    private static readonly BookedLine Paid = new("2026-Q2", 17, "CsmVariablePay", "csm_variable", RewardType.Cash, "USD", 1_000m, 1_000m, 1_000m) { PeriodEnd = new DateOnly(2026, 6, 30) };

    private static Audit.PersonResult Evaluate(string code, BookedLine? booked = null)
    {
        using var folder = new RulesFolder(RulesFolder.OneRule());
        folder.CSharp("clawback.cs", code);
        return folder.Load().Evaluate(new PersonBuilder().Build() with { Booked = [booked ?? Paid] }, PersonBuilder.Q3);
    }

    [Theory]
    [InlineData("0.25m", -250)]
    [InlineData("1m / 3m", -333.33)] // −333.333…: rounded away from zero at 2 places
    [InlineData("1m", -1000)]
    public void Evaluate_Recover_NegativeLineLinkedToTheBookedLine(string share, decimal amount)
    {
        var result = Evaluate(Recovering(share));

        var line = result.Lines.ShouldHaveSingleItem();
        (line.Component, line.Amount, line.Cost, line.Proration, line.Recovers?.ToString()).ShouldBe(("csm_variable", amount, amount, 1m, "2026-Q2 line 17"));
        result.Audit.Single(a => a.Rule == "Clawback").Sentence.ShouldContain($"the account churned → −1000 × ");
    }

    [Theory]
    [InlineData("0m", "a share of the booked line above 0 and at most 1, not 0")]
    [InlineData("1.5m", "a share of the booked line above 0 and at most 1, not 1.5")]
    public void Evaluate_ShareOutOfRange_ErrorNamesTheRule(string share, string message)
    {
        var ex = Should.Throw<PolicyEvaluationException>(() => Evaluate(Recovering(share)));

        (ex.Rule, ex.EmployeeId).ShouldBe(("Clawback", "E1"));
        ex.Message.ShouldContain(message);
    }

    [Fact]
    public void Evaluate_TwoRecoveriesTakingMoreThanTheLineHolds_Refused()
    {
        var ex = Should.Throw<PolicyEvaluationException>(() => Evaluate(Recovering("0.6m", times: 2)));

        ex.Message.ShouldContain("recovers 1,200.00 USD in all from 2026-Q2 csm_variable (line 17), which holds only 1,000.00");
    }

    [Fact]
    public void Evaluate_RecoverIntoAnotherComponent_Refused() =>
        Should.Throw<PolicyEvaluationException>(() => Evaluate(Recovering("0.5m", component: "agent_bonus")))
            .Message.ShouldContain("a clawback is booked in the component it recovers");

    [Fact]
    public void Evaluate_BookedInAnotherCurrency_Refused() =>
        Should.Throw<PolicyEvaluationException>(() => Evaluate(Recovering("0.5m"), Paid with { Currency = "EUR" }))
            .Message.ShouldContain("booked in EUR, but the person is paid in USD");

    [Fact]
    public void Evaluate_NoBookedLines_ClawbackNotEvaluatedButARuleOnTheirAbsenceIs()
    {
        using var folder = new RulesFolder(RulesFolder.OneRule());
        folder.CSharp("clawback.cs", Recovering("1m"));
        folder.CSharp("fresh.cs", """
            [Name("NothingBooked")]
            [Pay("welcome", Reward = RewardType.GiftCard, UnitCost = "20")]
            public sealed class NothingBooked : Rule
            {
                public override void Define()
                {
                    Person p = null!;
                    When().Match(() => p).Not<BookedLine>();
                    Then().Do(ctx => ctx.Reward(1m, "nothing booked yet"));
                }
            }
            """);
        var policy = folder.Load();

        var without = policy.Evaluate(new PersonBuilder().Build(), PersonBuilder.Q3);
        var with = policy.Evaluate(new PersonBuilder().Build() with { Booked = [Paid] }, PersonBuilder.Q3);

        without.Audit.Select(a => a.Rule).ShouldNotContain("Clawback"); // it cannot fire without booked lines: left out, like a rule for another role
        without.Lines.ShouldContain(l => l.Rule == "NothingBooked");
        with.Audit.Select(a => a.Rule).ShouldContain("Clawback");
        with.Lines.Select(l => l.Rule).ShouldBe(["Clawback"]);
    }
}
