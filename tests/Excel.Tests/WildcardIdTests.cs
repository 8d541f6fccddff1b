using Payout.Excel.Tests.Builders;
using Payout.Tests.Shared;

namespace Payout.Excel.Tests;

/// <summary>
/// Ids are data, not patterns: the Summary's SUMIFS must sum each person's own lines after a real
/// recalculation, whatever characters the id holds (an id E00* once summed every E00… person).
/// </summary>
public sealed class WildcardIdTests
{
    [Fact]
    public void Summary_IdsWithWildcardsAndOperators_EachRowSumsOnlyItsOwnLinesAfterRecalculation()
    {
        var own = new Dictionary<string, decimal>
        {
            ["E001"] = 100m, ["E0011"] = 50m, ["E00*"] = 7m, ["E0?1"] = 3m, ["E~1"] = 1m, ["E~*"] = 0.5m, ["<E2"] = 20m, ["=E001"] = 9m,
        };
        var builder = new ReportBuilder();
        foreach (var (id, amount) in own)
        {
            builder.Person(id, "USD", amount);
        }

        using var dir = new TempDir();
        var path = dir.File("ids.xlsx");
        PayoutWorkbook.Write(builder.Build(), path);

        var summary = LibreOffice.RecalculatedSheets(path, ["Summary"])["Summary"];
        var rows = summary.Skip(1).Where(r => own.ContainsKey(r[0])).ToDictionary(r => r[0], r => decimal.Parse(r[6], System.Globalization.CultureInfo.InvariantCulture));

        rows.Count.ShouldBe(own.Count);
        foreach (var (id, amount) in own)
        {
            rows[id].ShouldBe(amount, $"the Summary row of {id} after recalculation");
        }
    }
}
