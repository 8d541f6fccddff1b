using Payout.Excel.Tests.Builders;
using Payout.Excel.Writing;
using Payout.Tests.Shared;

namespace Payout.Excel.Tests;

public sealed class LibreOfficeRecalcTests
{
    [Fact]
    public void Recalculate_StaleCachedValue_LibreOfficeComputesTheFormula()
    {
        // Proves the harness really recalculates: a formula cached with a wrong value comes back right.
        using var dir = new TempDir();
        var path = dir.File("stale.xlsx");
        new XlsxWriter().Write(path, [new Sheet("S", [new Column("a", 8), new Column("b", 8)], [[Cell.Of(20m, Style.Integer), Cell.Calc("A2*2+1", 5m, Style.Integer)]])]);

        var sheets = LibreOffice.RecalculatedSheets(path, ["S"]);

        sheets["S"][1].ShouldBe(["20", "41"]);
    }
}
