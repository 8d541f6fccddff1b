using System.Globalization;

namespace Payout.Cli.Tests;

/// <summary>Reads <c>payout run</c>'s closing table: one row per currency with people, lines, cash and non-cash cost.</summary>
internal static class SummaryTable
{
    /// <summary>The cash of <paramref name="currency"/> as printed (<c>30,514.52</c>).</summary>
    public static string Cash(string stdout, string currency) => Row(stdout, currency)[3];

    /// <summary>The non-cash cost of <paramref name="currency"/> as printed.</summary>
    public static string NonCash(string stdout, string currency) => Row(stdout, currency)[4];

    /// <summary>A money amount as the table prints it.</summary>
    public static string Money(decimal value) => value.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static string[] Row(string stdout, string currency) =>
        stdout.Split('\n').Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Single(c => c.Length == 5 && c[0] == currency);
}
