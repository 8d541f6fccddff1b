using System.IO.Compression;
using Payout.Common;

namespace Payout.Calc.Reading;

/// <summary>
/// Checks an input .xlsx before ClosedXML opens it, which loads every part into memory: a
/// "zip bomb" of a few kilobytes whose sheet expands to gigabytes would take the machine's memory.
/// Each part is decompressed and counted (the sizes a zip declares can lie), stopping at the limit.
/// </summary>
internal static class XlsxBomb
{
    /// <summary>Parts smaller than this may compress as well as they like: styles and shared strings repeat.</summary>
    private const long SmallPart = 1 << 20;

    /// <summary>Null when the file is within the limits or is not a zip at all (ClosedXML then says what it is), else why not.</summary>
    public static string? Check(string path, RunLimits limits)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            long total = 0;
            var buffer = new byte[1 << 16];
            foreach (var entry in zip.Entries)
            {
                long expanded = 0;
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer)) > 0)
                {
                    expanded += read;
                    total += read;
                    if (total > limits.XlsxExpandedBytes)
                    {
                        return $"the workbook expands to more than {limits.XlsxExpandedBytes >> 20:N0} MB (part {entry.FullName}): a zip bomb, or too large for an .xlsx input; export it as CSV, which streams (or raise the limit with --limit xlsx_expanded_mb=N)";
                    }

                    if (expanded > SmallPart && expanded > entry.CompressedLength * (long)limits.XlsxRatio)
                    {
                        return $"part {entry.FullName} expands more than {limits.XlsxRatio:N0} times its compressed size: a zip bomb (raise the limit with --limit xlsx_ratio=N)";
                    }
                }
            }
        }
        catch (InvalidDataException)
        {
            return null;
        }

        return null;
    }
}
