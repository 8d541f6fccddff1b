using System.Globalization;

namespace Payout.Common;

/// <summary>
/// The bounds a run keeps to, so hostile or broken inputs and rules end in an error that names the
/// limit instead of a hang, a crash or the machine's memory. Each can be raised with
/// <c>--limit name=value</c>; the README's "Limits" table lists them with their defaults.
/// </summary>
public sealed record RunLimits
{
    /// <summary>The defaults.</summary>
    public static readonly RunLimits Default = new();

    /// <summary>Characters in one CSV record (line), quotes and line breaks inside quotes included.</summary>
    public int CsvLineLength { get; init; } = 1 << 20;

    /// <summary>Characters in one CSV field.</summary>
    public int CsvFieldLength { get; init; } = 10_000;

    /// <summary>Fields in one CSV record.</summary>
    public int CsvColumns { get; init; } = 200;

    /// <summary>Bytes an input .xlsx may expand to, all its parts together.</summary>
    public long XlsxExpandedBytes { get; init; } = 64L << 20;

    /// <summary>How many times larger than its compressed size a part of an input .xlsx may expand.</summary>
    public int XlsxRatio { get; init; } = 200;

    /// <summary>Characters in one JSON rule expression.</summary>
    public int ExpressionLength { get; init; } = 4_000;

    /// <summary>Depth of nested brackets in one JSON rule expression.</summary>
    public int ExpressionNesting { get; init; } = 40;

    /// <summary>Rules in one workflow file.</summary>
    public int RulesPerFile { get; init; } = 1_000;

    /// <summary>Time the rules may take for one person.</summary>
    public TimeSpan PersonTime { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Time a whole run may take.</summary>
    public TimeSpan RunTime { get; init; } = TimeSpan.FromHours(2);

    /// <summary>Working set (physical memory) a run may use.</summary>
    public long MemoryBytes { get; init; } = 3L << 30;

    /// <summary>The names <c>--limit</c> takes, with a line of help each.</summary>
    public static readonly IReadOnlyList<(string Name, string Unit, Func<RunLimits, string> Show, string Help)> Names =
    [
        ("csv_line_length", "characters", l => N(l.CsvLineLength), "one CSV record"),
        ("csv_field_length", "characters", l => N(l.CsvFieldLength), "one CSV field"),
        ("csv_columns", "fields", l => N(l.CsvColumns), "fields in one CSV record"),
        ("xlsx_expanded_mb", "MB", l => N(l.XlsxExpandedBytes >> 20), "what an input .xlsx expands to"),
        ("xlsx_ratio", "×", l => N(l.XlsxRatio), "expansion of one part of an input .xlsx over its compressed size"),
        ("expression_length", "characters", l => N(l.ExpressionLength), "one JSON rule expression"),
        ("expression_nesting", "levels", l => N(l.ExpressionNesting), "nested brackets in one JSON rule expression"),
        ("rules_per_file", "rules", l => N(l.RulesPerFile), "rules in one workflow file"),
        ("person_seconds", "s", l => N((long)l.PersonTime.TotalSeconds), "rule time for one person"),
        ("run_seconds", "s", l => N((long)l.RunTime.TotalSeconds), "a whole run"),
        ("memory_mb", "MB", l => N(l.MemoryBytes >> 20), "working set of a run"),
    ];

    /// <summary>These limits with <c>name=value</c> applied; throws <see cref="FormatException"/> naming the problem.</summary>
    public RunLimits With(string assignment)
    {
        var eq = assignment.IndexOf('=', StringComparison.Ordinal);
        var name = eq > 0 ? assignment[..eq].Trim() : assignment.Trim();
        if (eq <= 0 || !long.TryParse(assignment[(eq + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
        {
            throw new FormatException($"'{assignment}' must be name=value with a positive whole number (e.g. memory_mb=4096)");
        }

        int Small(long v) => v <= int.MaxValue ? (int)v : throw new FormatException($"{name}={v} is too large (at most {int.MaxValue})");
        const long MaxMb = 1L << 30;
        return name switch
        {
            "csv_line_length" => this with { CsvLineLength = Small(value) },
            "csv_field_length" => this with { CsvFieldLength = Small(value) },
            "csv_columns" => this with { CsvColumns = Small(value) },
            "xlsx_expanded_mb" => this with { XlsxExpandedBytes = Math.Min(value, MaxMb) << 20 },
            "xlsx_ratio" => this with { XlsxRatio = Small(value) },
            "expression_length" => this with { ExpressionLength = Small(value) },
            "expression_nesting" => this with { ExpressionNesting = Small(Math.Min(value, 200)) },
            "rules_per_file" => this with { RulesPerFile = Small(value) },
            "person_seconds" => this with { PersonTime = TimeSpan.FromSeconds(Math.Min(value, 86_400 * 7)) },
            "run_seconds" => this with { RunTime = TimeSpan.FromSeconds(Math.Min(value, 86_400 * 30)) },
            "memory_mb" => this with { MemoryBytes = Math.Min(value, MaxMb) << 20 },
            _ => throw new FormatException($"unknown limit '{name}'{Spelling.DidYouMean(name, Names.Select(n => n.Name).ToList())}; limits: {string.Join(", ", Names.Select(n => n.Name))}"),
        };
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
