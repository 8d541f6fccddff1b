using System.Security.Cryptography;
using System.Text;
using Payout.Common;
using Payout.Excel.Writing;

namespace Payout.Excel.Statements;

/// <summary>
/// Writes one statement per person into a folder, <c>statement-PERIOD-EMPLOYEE.xlsx</c>, each with the
/// workbook's writer (same determinism) and atomically, on several threads. A file's bytes depend only
/// on the run, not on the thread count or the order files are written in.
/// </summary>
public static class Statements
{
    /// <summary>Writes every person's statement into <paramref name="directory"/> (created when missing).</summary>
    /// <param name="report">The run.</param>
    /// <param name="directory">The folder.</param>
    /// <param name="threads">Statements written at once; 0: the number of cores.</param>
    /// <param name="advance">Called with 1 after each statement (progress).</param>
    /// <returns>How many statements were written.</returns>
    public static int Write(RunReport report, string directory, int threads = 0, Action<long>? advance = null)
    {
        Directory.CreateDirectory(directory);
        TempFiles.RemoveStaleIn(directory); // once for the folder: a look per file would read the whole folder each time
        Render(report, threads, (name, write) =>
        {
            TempFiles.Publish(Path.Combine(directory, name), write, removeStale: false);
            advance?.Invoke(1);
        });
        return report.People.Count;
    }

    /// <summary>Renders every statement and hands each, with its file name, to <paramref name="sink"/> (on several threads).</summary>
    internal static void Render(RunReport report, int threads, Action<string, Action<Stream>> sink)
    {
        var context = StatementContext.Of(report);
        // Thousands of small files: the fastest deflate level (about 8 KB a statement) and parts built once per writer.
        var writer = new XlsxWriter(XlsxWriter.ExcelMaxRows, sdkRows: false, System.IO.Compression.CompressionLevel.Fastest);
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount };
        Parallel.ForEach(report.People, options, person =>
        {
            var e = person.Kpis.Employee;
            var info = new WorkbookInfo($"Statement {report.Period.Name} {e.EmployeeId} {e.Name}", report.Period.Name, report.Company)
            {
                // The printed statement names the run it came from on every page (the full hashes are its last rows).
                Footer = $"{report.Period.Name} · {e.EmployeeId} · rules {context.RulesHash[..12]} · inputs {context.InputsHash[..12]}",
            };
            // Rendered in memory, then written at once: the zip goes back to each entry's header to fill in
            // its size, and on a file each of those seeks is a flush and a system call.
            using var memory = new MemoryStream(16 * 1024);
            writer.Write(memory, [StatementSheet.Build(report, person, context)], info);
            sink(FileName(report.Period.Name, e.EmployeeId), stream => stream.Write(memory.GetBuffer(), 0, (int)memory.Length));
        });
    }

    /// <summary>
    /// The statement's file name. An id with characters a file name cannot safely hold (<c>/</c>,
    /// <c>:</c>, spaces…) has them replaced and a short hash of the id added, so two ids never share a file.
    /// </summary>
    public static string FileName(string period, string employeeId)
    {
        var safe = new string(employeeId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray());
        if (safe != employeeId || safe.StartsWith('.'))
        {
            safe += "-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(employeeId)))[..8];
        }

        return $"statement-{period}-{safe}.xlsx";
    }
}
