namespace Payout.Common.Tests;

public sealed class SpellingTests
{
    [Theory]
    [InlineData("csat", "csat", 0)]
    [InlineData("cast", "csat", 1)]   // a swap
    [InlineData("csta", "csat", 1)]
    [InlineData("nsp", "nps", 1)]
    [InlineData("iqs", "", 3)]
    [InlineData("frt_minutes", "frt_minute", 1)]
    public void Distance_Pairs_EditsWithTranspositions(string a, string b, int expected) => Spelling.Distance(a, b).ShouldBe(expected);

    [Theory]
    [InlineData("cast", "; did you mean 'csat'?")]
    [InlineData("Anual_base_salary", "; did you mean 'annual_base_salary'?")]
    [InlineData("zzzz", "")]
    public void DidYouMean_Candidates_ClosestOrNothing(string name, string expected) =>
        Spelling.DidYouMean(name, ["csat", "ces", "nps", "annual_base_salary"]).ShouldBe(expected);
}
