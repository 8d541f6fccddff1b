using CsCheck;
using Payout.Calc.Rows;
using Payout.Calc.Validation;

namespace Payout.Calc.Tests.Validation;

/// <summary>A rule table run directly must agree with the same table run through FluentValidation, on every row, valid or not.</summary>
public sealed class PrecheckTests
{
    private static readonly DateTimeOffset Base = new(2026, 7, 1, 0, 0, 0, TimeSpan.Zero);

    // Small ranges around each boundary, so equal, just before and just after all come up often.
    // The lowest value of each range stands for an empty cell.
    private static readonly Gen<DateTimeOffset?> At = Gen.Int[-4, 3].Select(m => m == -4 ? null : (DateTimeOffset?)Base.AddMinutes(m));
    private static readonly Gen<int?> Count = Gen.Int[-3, 3].Select(n => n == -3 ? null : (int?)n);

    private static readonly Gen<TicketRow> Tickets = Gen.Select(At, At, Count, Count, Count, Gen.Bool)
        .Select((first, resolved, contacts, slaFirst, slaResolution, complaint) =>
            new TicketRow("T1", "E1", Base, first, resolved, contacts, complaint, slaFirst, slaResolution));

    private static readonly Gen<SurveyRow> Surveys = Gen.Select(OneOf("csat", "nps", "ces", "xyz", ""), Gen.Int[-2, 12], Gen.Int[-1, 2], Gen.Int[0, 11])
        .Select((kind, score, min, max) => new SurveyRow("S1", "E1", kind, score, Base, min, max));

    private static readonly Gen<CallRow> Calls = Gen.Select(At, Gen.Bool, OneOf<string?>("E1", "", " ", null), Count, Count, Count)
        .Select((answered, abandoned, employee, talk, hold, acw) => new CallRow("C1", "T", Base, employee, answered, abandoned, talk, hold, acw));

    private static Gen<T> OneOf<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    [Fact]
    public void Passes_Tickets_AgreesWithValidator() =>
        Tickets.Sample(t => new TicketValidator().Passes(t) == new TicketValidator().Validate(t).IsValid, iter: 5_000);

    [Fact]
    public void Passes_Surveys_AgreesWithValidator() =>
        Surveys.Sample(s => new SurveyValidator().Passes(s) == new SurveyValidator().Validate(s).IsValid, iter: 5_000);

    [Fact]
    public void Passes_Calls_AgreesWithValidator() =>
        Calls.Sample(c => new CallValidator().Passes(c) == new CallValidator().Validate(c).IsValid, iter: 5_000);

    [Fact]
    public void Passes_GeneratedRows_IncludeBothOutcomes()
    {
        // Guards the generators: agreement means little if every row were valid, or none.
        var validator = new TicketValidator();
        var outcomes = Tickets.Array[500].Single().Select(validator.Passes).Distinct().Order().ToList();
        outcomes.ShouldBe([false, true]);
    }
}
