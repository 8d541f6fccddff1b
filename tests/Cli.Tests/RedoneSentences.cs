using System.Globalization;
using ClosedXML.Excel;

namespace Payout.Cli.Tests;

/// <summary>
/// Reads every cash explanation of a workbook, redoes its arithmetic with <see cref="SentenceArithmetic"/>
/// and checks each step it states and the line it paid, found by the explanation's line id.
/// </summary>
internal static class RedoneSentences
{
    /// <summary>Checks every fired cash sentence; returns how many were redone.</summary>
    public static int Check(string workbook, MidpointRounding mode)
    {
        using var book = new XLWorkbook(workbook);
        var paid = book.Worksheet("Payout Lines").RowsUsed().Skip(1).ToDictionary(r => r.Cell(1).GetString(), r => r.Cell(9).GetValue<decimal>());
        var redone = 0;
        foreach (var row in book.Worksheet("Explanations").RowsUsed().Skip(1).Where(r => r.Cell(9).GetString() == "Fired"))
        {
            var sentence = row.Cell(15).GetString();
            var arrow = sentence.LastIndexOf("→ ", StringComparison.Ordinal);
            var award = sentence[(arrow + 2)..];
            if (!award.EndsWith(" USD", StringComparison.Ordinal) && !award.EndsWith(" EUR", StringComparison.Ordinal) || !award.Contains(" = ", StringComparison.Ordinal))
            {
                continue; // non-cash, or a C# rule's reason without arithmetic
            }

            var amount = Redo(award, mode, sentence);
            amount.ShouldBe(paid[row.Cell(2).GetString()], sentence);
            redone++;
        }

        return redone;
    }

    /// <summary>Steps "expression = value[ ≈ guarded (15 significant digits)]" separated by "; ", then ", rounded M CUR" (or just "= M CUR").</summary>
    private static decimal Redo(string award, MidpointRounding mode, string sentence)
    {
        var money = award[..award.LastIndexOf(' ')];
        var at = money.LastIndexOf(", rounded ", StringComparison.Ordinal);
        var rounded = at >= 0 ? money[(at + 10)..] : null;
        decimal last = 0;
        foreach (var step in (at >= 0 ? money[..at] : money).Split("; "))
        {
            var parts = step.Split(" = ");
            parts.Length.ShouldBe(2, sentence);
            var value = SentenceArithmetic.Evaluate(parts[0].Replace("proration ", string.Empty, StringComparison.Ordinal));
            var stated = parts[1].Split(" ≈ ");
            Number(stated[0]).ShouldBe(value, sentence);
            last = stated.Length > 1 ? Number(stated[1][..stated[1].IndexOf(' ', StringComparison.Ordinal)]) : value;
            if (stated.Length > 1)
            {
                last.ShouldBe(Guard(value), sentence);
            }
        }

        var result = Math.Round(Guard(last), 2, mode);
        if (rounded is not null)
        {
            Number(rounded).ShouldBe(result, sentence);
        }

        return result;
    }

    /// <summary>15 significant digits, half away from zero, as the README says amounts are held before rounding.</summary>
    private static decimal Guard(decimal value)
    {
        var integerDigits = Math.Truncate(Math.Abs(value)) is var whole && whole == 0 ? 0 : whole.ToString(CultureInfo.InvariantCulture).Length;
        return Math.Round(value, Math.Max(0, 15 - integerDigits), MidpointRounding.AwayFromZero);
    }

    private static decimal Number(string text) => decimal.Parse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);
}
