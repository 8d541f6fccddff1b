using System.Diagnostics;
using System.Globalization;
using Payout.Excel.Writing;

namespace Payout.Cli.Commands;

/// <summary><c>payout bench</c>: measured throughput and memory, printed side by side in one run.</summary>
internal static class BenchCommand
{
    public const string Help = """
        Usage: payout bench [--rows N]

        Measures the workbook writer: N explanation rows (default 1,000,000, typical widths,
        split at Excel's row limit) streamed to a temporary workbook; prints rows per second,
        the file size and the process's peak working set. The file is deleted afterwards.

        Options:
          --rows N       explanation rows to write          default: 1000000
          -h, --help     show this help
        """;

    public static int Execute(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var options = new Arguments(args, ["--rows"], []);
        var rows = int.TryParse(options.Value("--rows") ?? "1000000", NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new UsageException("--rows must be a positive whole number");
        var path = Path.Combine(Path.GetTempPath(), $"payout-bench-{Environment.ProcessId}.xlsx");
        var before = Process.GetCurrentProcess().PeakWorkingSet64;
        var clock = Stopwatch.StartNew();
        try
        {
            new XlsxWriter().Write(path, [new Sheet("Explanations", Columns, Rows(rows))]);
            clock.Stop();
            var size = new FileInfo(path).Length;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            stdout.WriteLine("| measure | value |");
            stdout.WriteLine("|---|---|");
            stdout.WriteLine($"| explanation rows | {rows.ToString("#,##0", CultureInfo.InvariantCulture)} |");
            stdout.WriteLine($"| wall time | {clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s |");
            stdout.WriteLine($"| rows per second | {(rows / clock.Elapsed.TotalSeconds).ToString("#,##0", CultureInfo.InvariantCulture)} |");
            stdout.WriteLine($"| workbook size | {(size / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture)} MiB |");
            stdout.WriteLine($"| peak working set | {(peak / 1048576.0).ToString("0", CultureInfo.InvariantCulture)} MiB (before: {(before / 1048576.0).ToString("0", CultureInfo.InvariantCulture)} MiB) |");
            return ExitCode.Ok;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static readonly Column[] Columns =
    [
        new("employee_id", 12), new("workflow", 22), new("rule", 24), new("file", 28), new("line", 6), new("component", 20), new("outcome", 20),
        new("expression", 50), new("inputs", 60), new("params", 30), new("output", 14), new("amount", 14), new("explanation", 90),
    ];

    private static IEnumerable<IReadOnlyList<Cell>> Rows(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var id = "E" + (i / 8).ToString("D6", CultureInfo.InvariantCulture);
            var csat = 70m + i % 30;
            yield return
            [
                Cell.Of(id), Cell.Of("AgentQuarterlyBonus"), Cell.Of("CsatTier" + (1 + i % 3).ToString(CultureInfo.InvariantCulture)), Cell.Of("rules/agent-bonus.json"),
                Cell.Of(5 + i % 3 * 19, Style.Integer), Cell.Of("agent_bonus"), Cell.Of(i % 4 == 0 ? "Fired" : "NotFired"),
                Cell.Of("kpi.csat >= 90 && kpi.iqs >= plan.iqs_gate"),
                Cell.Of($"kpi.csat={csat} (46 of 50, n=50); kpi.iqs=85 (42.5 of 50, n=50); plan.iqs_gate=80; employee.annual_base_salary=48000; period.months=3"),
                Cell.Of("rate=0.08"), Cell.Money(960m, "USD"), Cell.Money(960m, "USD"),
                Cell.Of($"CsatTier3: kpi.csat {csat} (46 of 50) ≥ 90 and kpi.iqs 85 (42.5 of 50) ≥ plan.iqs_gate 80 → 48000 × 3 ÷ 12 × 0.08 = 960.00 USD"),
            ];
        }
    }
}
