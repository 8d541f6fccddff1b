using System.Text.RegularExpressions;

namespace Payout.Calc.Validation;

/// <summary>Patterns for codes that more than one input file carries.</summary>
internal static partial class Codes
{
    /// <summary>An ISO 4217 currency code: three capital letters.</summary>
    [GeneratedRegex("^[A-Z]{3}$")]
    public static partial Regex Currency();
}
