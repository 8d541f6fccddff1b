using Payout.Excel.Writing;

namespace Payout.Excel.Tests.Writing;

public sealed class CriteriaTests
{
    [Theory]
    [InlineData("Team A", "\"Team A\"")]
    [InlineData("E00*", "\"=E00~*\"")]
    [InlineData("E0?1", "\"=E0~?1\"")]
    [InlineData("E~1", "\"=E~~1\"")]
    [InlineData("<E2", "\"=<E2\"")]
    [InlineData("=E1", "\"==E1\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    public void Exact_Text_LiteralThatMatchesOnlyItself(string text, string criterion) =>
        Criteria.Exact(text).ShouldBe(criterion);

    [Fact]
    public void ExactCell_Reference_EscapesPatternCharactersOfTheCell() =>
        Criteria.ExactCell("$A2").ShouldBe("\"=\"&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($A2,\"~\",\"~~\"),\"*\",\"~*\"),\"?\",\"~?\")");
}
