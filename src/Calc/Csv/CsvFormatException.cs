namespace Payout.Calc.Csv;

/// <summary>A CSV file that cannot be read past a line: the line, and what is wrong there.</summary>
internal sealed class CsvFormatException : FormatException
{
    /// <summary>Creates the exception for <paramref name="line"/>.</summary>
    public CsvFormatException(int line, string problem)
        : base($"line {line}: {problem}")
    {
        Line = line;
        Problem = problem;
    }

    /// <summary>The line of the file (1-based) the record starts on.</summary>
    public int Line { get; }

    /// <summary>What is wrong, without the line.</summary>
    public string Problem { get; }
}
