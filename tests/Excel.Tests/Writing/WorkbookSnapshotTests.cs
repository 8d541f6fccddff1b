using System.IO.Compression;
using System.Text;
using Payout.Excel.Tests.Builders;
using Payout.Tests.Shared;

namespace Payout.Excel.Tests.Writing;

/// <summary>
/// A small rendered workbook, part by part, against the copy checked in beside this test: any change
/// to what the workbook holds shows as a diff to review. When it differs, the new rendering is
/// written next to the snapshot as <c>.received.txt</c>; copy it over the snapshot if the change is meant.
/// </summary>
public sealed class WorkbookSnapshotTests
{
    private static readonly string Snapshot = Path.Combine(RepoPaths.Root, "tests", "Excel.Tests", "Writing", "Snapshots", "small-workbook.txt");

    [Fact]
    public void Write_SmallRun_MatchesTheSnapshotPartByPart()
    {
        var report = new ReportBuilder().Person("E1", "USD", 960m).Person("E2", "EUR", 600m, 100.5m).Person("E3", "USD").Build();
        using var dir = new TempDir();
        PayoutWorkbook.Write(report, dir.File("p.xlsx"));

        var rendered = Render(dir.File("p.xlsx"));

        var received = Path.ChangeExtension(Snapshot, ".received.txt");
        if (!File.Exists(Snapshot) || File.ReadAllText(Snapshot) != rendered)
        {
            File.WriteAllText(received, rendered);
        }
        else
        {
            File.Delete(received);
        }

        File.Exists(Snapshot).ShouldBeTrue($"no snapshot yet: review {received} and copy it to {Snapshot}");
        rendered.ShouldBe(File.ReadAllText(Snapshot), $"the workbook changed: compare {received} with {Snapshot}");
    }

    /// <summary>Each zip entry's name, then its XML with a line break before each element, so a diff points at the element.</summary>
    private static string Render(string path)
    {
        var text = new StringBuilder();
        using var zip = ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            text.Append("=== ").Append(entry.FullName).Append(" (").Append(entry.LastWriteTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append(")\n");
            text.Append(reader.ReadToEnd().Replace("><", ">\n<", StringComparison.Ordinal)).Append('\n');
        }

        return text.ToString();
    }
}
