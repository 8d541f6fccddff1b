using Payout.Excel.Statements;

namespace Payout.Excel.Tests.Statements;

public sealed class StatementFileNameTests
{
    [Theory]
    [InlineData("E001", "statement-2026-Q3-E001.xlsx")]
    [InlineData("emp_7.b-2", "statement-2026-Q3-emp_7.b-2.xlsx")]
    [InlineData("../etc/passwd", "statement-2026-Q3-.._etc_passwd-")]
    [InlineData("A B", "statement-2026-Q3-A_B-")]
    [InlineData("A_B", "statement-2026-Q3-A_B.xlsx")]
    public void FileName_AnyId_SafeNameAndNoTwoIdsShareOne(string id, string expectedStart) =>
        Payout.Excel.Statements.Statements.FileName("2026-Q3", id).ShouldStartWith(expectedStart);

    [Fact]
    public void FileName_IdsThatCleanAlike_DifferentNames() =>
        Payout.Excel.Statements.Statements.FileName("2026-Q3", "A B").ShouldNotBe(Payout.Excel.Statements.Statements.FileName("2026-Q3", "A/B"));
}
