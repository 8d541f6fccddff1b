using System.Security.Cryptography;
using System.Text;
using Payout.Calc.Csv;
using Payout.Calc.Model;
using Payout.Common;

namespace Payout.Calc.Reading;

/// <summary>
/// A folder of input files. A kind may be split across several files named <c>&lt;kind&gt;*.csv</c> or <c>.xlsx</c>;
/// they are read in ordinal name order so runs are deterministic.
/// </summary>
/// <param name="directory">The data folder.</param>
/// <param name="limits">Line, field and column limits of CSV files and the expansion limits of .xlsx files; <see cref="RunLimits.Default"/> when null.</param>
internal sealed class DataFolder(string directory, RunLimits? limits = null)
{
    private readonly RunLimits _limits = limits ?? RunLimits.Default;
    private readonly List<InputFile> _inputs = [];
    private readonly List<DataError> _errors = [];

    /// <summary>Every file read so far.</summary>
    public IReadOnlyList<InputFile> Inputs => _inputs;

    /// <summary>Every error recorded so far.</summary>
    public List<DataError> Errors => _errors;

    /// <summary>Takes the inputs and errors of a folder that read other files of the same directory.</summary>
    public void Absorb(DataFolder other)
    {
        _inputs.AddRange(other._inputs);
        _errors.AddRange(other._errors);
    }

    /// <summary>
    /// Files of a kind, CSV or first-sheet .xlsx, e.g. <c>tickets.csv</c> and
    /// <c>tickets-2026-08.xlsx</c> for kind <c>tickets</c>.
    /// </summary>
    public IReadOnlyList<string> FilesOf(string kind) =>
        Directory.EnumerateFiles(directory, kind + "*")
            .Where(f => IsInput(f) && IsKind(Path.GetFileNameWithoutExtension(f), kind))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Streams every row of every file of a kind through <paramref name="handle"/>, after checking the
    /// header carries the required columns. A file missing a column is reported once and skipped.
    /// </summary>
    public void Read(string kind, IReadOnlyList<string> requiredColumns, Func<DataRow, RowOutcome> handle)
    {
        foreach (var path in FilesOf(kind))
        {
            ReadFile(path, requiredColumns, handle);
        }
    }

    private void ReadFile(string path, IReadOnlyList<string> requiredColumns, Func<DataRow, RowOutcome> handle)
    {
        var name = Path.GetFileName(path);
        var sha = string.Empty;
        int read = 0, used = 0, rejected = 0, outside = 0;
        using var hashing = IsXlsx(path) ? null : new HashingStream(File.OpenRead(path));
        using var text = hashing is null ? null : new StreamReader(hashing, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        IEnumerator<RawRow>? records = null;
        if (IsXlsx(path) && XlsxBomb.Check(path, _limits) is { } bomb)
        {
            _errors.Add(new DataError(name, 0, string.Empty, string.Empty, bomb));
            _inputs.Add(new InputFile(name, HashOf(path), 0, 0, 0, 0));
            return;
        }

        try
        {
            var source = text is not null ? CsvRows.Read(text, _limits) : XlsxSheetReader.ReadAll(path).Select(r => new RawRow(r));
            records = source.GetEnumerator();
            if (!records.MoveNext())
            {
                _errors.Add(new DataError(name, 1, string.Empty, string.Empty, "file is empty: a header row is required"));
                return;
            }

            var header = records.Current.ToArray();
            if (header.Length > _limits.CsvColumns)
            {
                _errors.Add(new DataError(name, 1, string.Empty, string.Empty, $"the header has {header.Length:N0} columns, more than {_limits.CsvColumns:N0} (raise the limit with --limit csv_columns=N)"));
                return;
            }

            var columns = new ColumnMap(header);
            foreach (var (column, places) in columns.Duplicates)
            {
                _errors.Add(new DataError(name, 1, column, string.Empty,
                    $"the column appears {places.Count} times in the header (columns {string.Join(" and ", places)}): which one holds the data is ambiguous; keep one"));
            }

            if (columns.Duplicates.Count > 0)
            {
                return;
            }

            var missing = requiredColumns.Where(c => !columns.Contains(c)).ToList();
            if (missing.Count > 1 && header.Length == 1 && header[0].IndexOfAny([';', '\t', '|']) is var at and >= 0)
            {
                // A European Excel export: one error that says so, not one per "missing" column.
                var separator = header[0][at] == '\t' ? "tab" : $"'{header[0][at]}'";
                _errors.Add(new DataError(name, 1, string.Empty, header[0].Length > 80 ? header[0][..80] + "…" : header[0],
                    $"the header is a single column: the file looks {separator}-separated; Payout reads comma- or semicolon-separated CSV (RFC 4180): export it with either"));
                return;
            }

            foreach (var column in missing)
            {
                _errors.Add(new DataError(name, 1, column, string.Empty, "required column is missing from the header"));
            }

            if (missing.Count > 0)
            {
                return;
            }

            var row = new DataRow(name, columns, _errors);
            while (records.MoveNext())
            {
                var record = records.Current;
                if (record.Count == 1 && record.Span(0).IsEmpty)
                {
                    continue; // a blank line is not a row
                }

                read++;
                row.MoveTo(record);
                var outcome = handle(row);
                if (row.Rejected)
                {
                    outcome = RowOutcome.Rejected;
                }

                switch (outcome)
                {
                    case RowOutcome.Used: used++; break;
                    case RowOutcome.OutsidePeriod: outside++; break;
                    default: rejected++; break;
                }
            }
        }
        catch (CsvFormatException ex)
        {
            _errors.Add(new DataError(name, ex.Line, string.Empty, string.Empty, "malformed CSV: " + ex.Problem));
        }
        catch (FormatException ex)
        {
            _errors.Add(new DataError(name, 0, string.Empty, string.Empty, "malformed CSV: " + ex.Message));
        }
        catch (Exception ex) when (IsXlsx(path) && ex is not OutOfMemoryException)
        {
            // ClosedXML throws a variety of types for a damaged or non-xlsx file.
            _errors.Add(new DataError(name, 0, string.Empty, string.Empty, "cannot read the workbook: " + ex.Message));
        }
        finally
        {
            records?.Dispose();
            sha = hashing?.Finish() ?? HashOf(path);
            _inputs.Add(new InputFile(name, sha, read, used, rejected, outside));
        }
    }

    private static string HashOf(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static bool IsXlsx(string path) => path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    private static bool IsInput(string path) =>
        IsXlsx(path) && !Path.GetFileName(path).StartsWith("~$", StringComparison.Ordinal) || path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    private static bool IsKind(string stem, string kind) =>
        stem.Length == kind.Length || !char.IsLetter(stem[kind.Length]) && stem[kind.Length] != '_';
}
