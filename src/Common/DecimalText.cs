using System.Globalization;

namespace Payout.Common;

/// <summary>Decimals written for people who redo the arithmetic: invariant culture, every digit, no trailing zeros.</summary>
public static class DecimalText
{
    /// <summary>
    /// Every digit the decimal holds, no trailing zeros and no exponent (1.500 → 1.5, −0.00 → 0),
    /// as the custom format <c>0.############################</c> writes it, at about twice its speed:
    /// explanations write several numbers per sentence, millions of sentences at scale.
    /// </summary>
    public static string AllDigits(decimal value)
    {
        Span<char> buffer = stackalloc char[32]; // 29 digits, a sign and a point at most
        if (!value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture))
        {
            return value.ToString("0.############################", CultureInfo.InvariantCulture);
        }

        ReadOnlySpan<char> text = buffer[..written];
        if (text.Contains('.'))
        {
            text = text.TrimEnd('0');
            text = text[^1] == '.' ? text[..^1] : text;
        }

        return text switch
        {
            "0" or "-0" => "0",
            _ => new string(text),
        };
    }
}
