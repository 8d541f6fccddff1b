using System.Diagnostics;
using System.Text;

namespace Payout.Tests.Shared;

/// <summary>
/// LibreOffice as a second client: opens a workbook headless with "always recalculate on load"
/// set in a throwaway profile, and exports every sheet's recalculated values as CSV.
/// scripts/test.sh installs LibreOffice; without it the tests that use this fail and say so.
/// </summary>
internal static class LibreOffice
{
    private const string RecalcAlways = """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        </oor:items>
        """;

    /// <summary>Recalculates the workbook and returns each sheet's cells as text (raw values, not as shown).</summary>
    public static Dictionary<string, List<string[]>> RecalculatedSheets(string workbook, IEnumerable<string> sheetNames)
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("LibreOffice is required for this test: run scripts/test.sh, which installs it");
        var work = Path.Combine(Path.GetTempPath(), "payout-lo-" + Guid.NewGuid().ToString("N"));
        var profile = Path.Combine(work, "profile");
        Directory.CreateDirectory(Path.Combine(profile, "user"));
        File.WriteAllText(Path.Combine(profile, "user", "registrymodifications.xcu"), RecalcAlways);
        try
        {
            var start = new ProcessStartInfo(soffice,
                ["-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", work, workbook])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using (var process = Process.Start(start)!)
            {
                if (!process.WaitForExit(180_000))
                {
                    process.Kill(entireProcessTree: true);
                    throw new TimeoutException("LibreOffice did not finish within 3 minutes");
                }

                if (process.ExitCode != 0)
                {
                    throw new InvalidOperationException("LibreOffice failed: " + process.StandardError.ReadToEnd());
                }
            }

            var stem = Path.GetFileNameWithoutExtension(workbook);
            return sheetNames.ToDictionary(s => s, s => ParseCsv(File.ReadAllText(Path.Combine(work, $"{stem}-{s}.csv"))));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>
    /// Prints the workbook to PDF as LibreOffice lays it out (page setup, print titles, footers) and
    /// returns each page's text as pdftotext lays it out; <paramref name="pdf"/> gets the file.
    /// </summary>
    public static List<string> PrintedPages(string workbook, string pdf)
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("LibreOffice is required for this test: run scripts/test.sh, which installs it");
        var work = Path.Combine(Path.GetTempPath(), "payout-lo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(work, "profile", "user"));
        try
        {
            Run(soffice, ["-env:UserInstallation=file://" + Path.Combine(work, "profile"), "--headless", "--convert-to", "pdf", "--outdir", work, workbook]);
            File.Copy(Path.Combine(work, Path.GetFileNameWithoutExtension(workbook) + ".pdf"), pdf, overwrite: true);
            var text = Path.Combine(work, "pages.txt");
            Run("pdftotext", ["-layout", pdf, text]);
            return [.. File.ReadAllText(text).Split('\f').SkipLast(1)];
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void Run(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start (scripts/test.sh installs it)");
        if (!process.WaitForExit(180_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within 3 minutes");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed: " + process.StandardError.ReadToEnd());
        }
    }

    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add([.. row]);
        }

        return rows;
    }
}
