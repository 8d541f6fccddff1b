using System.IO.Compression;
using System.Text;

namespace Payout.Cli.Tests.Hostile;

/// <summary>
/// Hostile data files: refused with file, line and what is wrong (the root cause first), or
/// bounded; bombs run in a child process and stay under 1 GB.
/// </summary>
public sealed class HostileDataTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The run's first error line (after the count), where the root cause must be.</summary>
    private static string FirstError(string stderr) =>
        stderr.Split('\n').SkipWhile(l => !l.StartsWith("error:", StringComparison.Ordinal)).Skip(1).First().Trim();

    private static (int Exit, string Err) RunInProcess(HostileFolder folder)
    {
        var (exit, _, err) = CliRunner.Run(folder.Run());
        return (exit, err);
    }

    [Fact]
    public void Run_XlsxZipBomb_Exit2BeforeExpandingUnderOneGigabyte()
    {
        using var folder = new HostileFolder();
        File.Delete(Path.Combine(folder.Data, "employees.csv"));
        using (var zip = ZipFile.Open(Path.Combine(folder.Data, "employees.xlsx"), ZipArchiveMode.Create))
        {
            Write(zip, "[Content_Types].xml", """<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>""");
            var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize);
            using var stream = sheet.Open();
            var row = Encoding.UTF8.GetBytes(new string(' ', 1 << 20));
            for (var i = 0; i < 1_536; i++)
            {
                stream.Write(row); // 1.5 GB of blanks: about 1.5 MB compressed
            }
        }

        var result = ChildRun.Run(folder.Root, Timeout, folder.Run());

        HostileRuleTests.ShouldBeRefused(folder, result, "employees.xlsx:0: column '': the workbook expands to more than 64 MB");
        result.PeakMb.ShouldBeLessThan(1024, result.ToString());
    }

    [Fact]
    public void Run_CsvOfOneEndlessLine_Exit2AtTheLineLimitUnderOneGigabyte()
    {
        using var folder = new HostileFolder();
        using (var file = File.Open(Path.Combine(folder.Data, "tickets.csv"), FileMode.Append))
        {
            var chunk = Encoding.UTF8.GetBytes(new string('x', 1 << 20));
            for (var i = 0; i < 300; i++)
            {
                file.Write(chunk); // 300 MB without a line break
            }
        }

        var result = ChildRun.Run(folder.Root, Timeout, folder.Run());

        HostileRuleTests.ShouldBeRefused(folder, result, "tickets.csv:2973: column '': malformed CSV: the record is longer than 1,048,576 characters (an unterminated quote, or not a CSV file?)");
        result.PeakMb.ShouldBeLessThan(1024, result.ToString());
    }

    [Theory]
    [InlineData("invalid-utf8", "tickets.csv:2973: column '': malformed CSV: invalid UTF-8")]
    [InlineData("nul-in-id", "tickets.csv:2973: column '': malformed CSV: a NUL character (byte 0)")]
    [InlineData("duplicate-header", "tickets.csv:1: column 'channel': the column appears 2 times in the header (columns 4 and 5)")]
    [InlineData("ten-thousand-columns", "tickets.csv:2973: column '': malformed CSV: the record has more than 200 fields")]
    [InlineData("unterminated-quote", "tickets.csv:5: column '': malformed CSV: field 4 is longer than 10,000 characters (an unterminated quote?)")]
    [InlineData("decimal-overflow", "employees.csv:3: column 'annual_base_salary' value '99999999999999999999999999999999'")]
    [InlineData("empty-employees", "employees.csv:1: column '': file is empty: a header row is required")]
    public void Run_MalformedData_Exit2WithTheRootCauseFirst(string kind, string firstError)
    {
        using var folder = new HostileFolder();
        var tickets = Path.Combine(folder.Data, "tickets.csv");
        switch (kind)
        {
            case "invalid-utf8":
                File.AppendAllBytes(tickets, [.. "T9,E001,2026-08-17T21:25:03Z,ch"u8, 0xFF, .. "at,normal,,,1,false,240,2880\n"u8]);
                break;
            case "nul-in-id":
                File.AppendAllBytes(tickets, [.. "T9,E0"u8, 0, .. "01,2026-08-17T21:25:03Z,chat,normal,,,1,false,240,2880\n"u8]);
                break;
            case "duplicate-header":
                folder.Edit("tickets.csv", t => t.Replace(",priority,", ",channel,", StringComparison.Ordinal));
                break;
            case "ten-thousand-columns":
                File.AppendAllText(tickets, string.Join(",", Enumerable.Repeat("x", 10_000)) + "\n");
                break;
            case "unterminated-quote":
                var lines = File.ReadAllLines(tickets);
                lines[4] = lines[4].Replace(",chat,", ",\"chat,", StringComparison.Ordinal).Replace(",email,", ",\"email,", StringComparison.Ordinal).Replace(",phone,", ",\"phone,", StringComparison.Ordinal);
                File.WriteAllLines(tickets, lines);
                break;
            case "decimal-overflow":
                folder.Edit("employees.csv", t => t.Replace("E002,Bruno Okafor,senior_agent,Phoenix,USD,58000", "E002,Bruno Okafor,senior_agent,Phoenix,USD,99999999999999999999999999999999", StringComparison.Ordinal));
                break;
            case "empty-employees":
                File.WriteAllText(Path.Combine(folder.Data, "employees.csv"), string.Empty);
                break;
        }

        var (exit, err) = RunInProcess(folder);

        exit.ShouldBe(2, err);
        FirstError(err).ShouldStartWith(firstError, Case.Sensitive, err);
        err.Split('\n').Length.ShouldBeLessThan(20, err); // what follows from the root cause is counted, not listed
        File.Exists(folder.Out).ShouldBeFalse();
    }

    [Fact]
    public void Kpis_IdsThatLookLikeFormulas_NeutralisedInTheCsv()
    {
        using var folder = new HostileFolder();
        foreach (var file in Directory.GetFiles(folder.Data))
        {
            File.WriteAllText(file, File.ReadAllText(file).Replace("E001,", "=HYPERLINK(\"x\")0,", StringComparison.Ordinal)
                .Replace("E002,", "@SUM(1)2,", StringComparison.Ordinal).Replace("E003,", "+E003,", StringComparison.Ordinal).Replace("E004,", "-E004,", StringComparison.Ordinal));
        }

        var (exit, stdout, stderr) = CliRunner.Run("kpis", "--data", folder.Data, "--rules", folder.Rules, "--period", "2026-Q3");

        exit.ShouldBe(0, stderr);
        var ids = stdout.Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l.StartsWith('"') ? l[..(l.IndexOf("\",", 1, StringComparison.Ordinal) + 1)] : l.Split(',')[0]).Distinct().ToList();
        ids.ShouldContain("'@SUM(1)2");
        ids.ShouldContain("'+E003");
        ids.ShouldContain("'-E004");
        ids.ShouldContain("\"'=HYPERLINK(\"\"x\"\")0\"");
        ids.ShouldAllBe(id => !(id.StartsWith('=') || id.StartsWith('+') || id.StartsWith('-') || id.StartsWith('@') || id.StartsWith("\"=", StringComparison.Ordinal)));
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(text);
    }
}
