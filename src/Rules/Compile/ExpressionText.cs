using System.Text;
using System.Text.RegularExpressions;

namespace Payout.Rules.Compile;

/// <summary>
/// Text-level work on an expression before the parser sees it: decimal literals, refusals of
/// unsafe or non-deterministic calls, and the fact members it reads.
/// </summary>
internal static partial class ExpressionText
{
    /// <summary>Fact roots an expression can read.</summary>
    public static readonly string[] Roots = ["employee", "kpi", "period", "plan", "team_rank", "team_percentile", "role_rank", "role_percentile"];

    /// <summary>True for roots whose members are KPI names: <c>kpi</c> and its rank and percentile views.</summary>
    public static bool ReadsKpi(string root) => root is "kpi" or "team_rank" or "team_percentile" or "role_rank" or "role_percentile";

    /// <summary>
    /// Appends <c>m</c> to every numeric literal with a fraction, so <c>0.10</c> is a decimal and
    /// <c>0.1 + 0.2</c> is exactly <c>0.3</c>. RulesEngine would parse it as a double.
    /// </summary>
    /// <returns>The rewritten text, or null with <paramref name="error"/> set for an explicit double literal.</returns>
    public static string? WithDecimalLiterals(string expression, out string? error)
    {
        error = null;
        var sb = new StringBuilder(expression.Length + 8);
        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            if (c is '"' or '\'')
            {
                var end = EndOfString(expression, i);
                sb.Append(expression, i, end - i);
                i = end;
                continue;
            }

            var startsNumber = char.IsAsciiDigit(c) && (i == 0 || !(char.IsLetterOrDigit(expression[i - 1]) || expression[i - 1] is '_' or '.'));
            if (!startsNumber)
            {
                sb.Append(c);
                i++;
                continue;
            }

            var start = i;
            while (i < expression.Length && char.IsAsciiDigit(expression[i]))
            {
                i++;
            }

            var hasFraction = i + 1 < expression.Length && expression[i] == '.' && char.IsAsciiDigit(expression[i + 1]);
            if (hasFraction)
            {
                i++;
                while (i < expression.Length && char.IsAsciiDigit(expression[i]))
                {
                    i++;
                }
            }

            sb.Append(expression, start, i - start);
            var suffix = i < expression.Length ? expression[i] : '\0';
            if (suffix is 'd' or 'D' or 'f' or 'F')
            {
                error = $"'{expression[start..(i + 1)]}' is a floating-point literal; money is decimal: write {expression[start..i]} (Payout makes it decimal)";
                return null;
            }

            if (hasFraction && suffix is not ('m' or 'M'))
            {
                sb.Append('m');
            }
        }

        return sb.ToString();
    }

    /// <summary>The first refused construct in the expression, or null when it is safe.</summary>
    public static string? Refusal(string expression)
    {
        var match = Unsafe().Match(WithoutStrings(expression));
        return match.Success
            ? $"'{match.Value}' is not allowed in a pay rule: expressions may not use reflection, the clock, randomness, the environment, files, processes or unbounded generators"
            : null;
    }

    /// <summary>Every <c>root.member</c> the expression reads, in order of first appearance.</summary>
    public static IReadOnlyList<(string Root, string Member)> References(string expression) =>
        Member().Matches(WithoutStrings(expression))
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value))
            .Distinct()
            .ToList();

    private static string WithoutStrings(string expression)
    {
        var sb = new StringBuilder(expression.Length);
        var i = 0;
        while (i < expression.Length)
        {
            if (expression[i] is '"' or '\'')
            {
                var end = EndOfString(expression, i);
                sb.Append(' ', end - i);
                i = end;
            }
            else
            {
                sb.Append(expression[i++]);
            }
        }

        return sb.ToString();
    }

    private static int EndOfString(string text, int open)
    {
        var quote = text[open];
        var i = open + 1;
        while (i < text.Length && text[i] != quote)
        {
            i += text[i] == '\\' ? 2 : 1;
        }

        return Math.Min(i + 1, text.Length);
    }

    [GeneratedRegex(@"\b(GetType|typeof|Assembly|Activator|AppDomain|Reflection|Type\s*\.|MethodInfo|DateTime\s*\.\s*(Now|UtcNow|Today)|DateTimeOffset\s*\.\s*(Now|UtcNow)|Stopwatch|Guid\s*\.\s*NewGuid|Random|Environment|File|Directory|Path|Process|Enumerable\s*\.\s*(Range|Repeat)|Thread|Task|Console|GC)\b")]
    private static partial Regex Unsafe();

    [GeneratedRegex(@"(?<![\w.])(employee|kpi|period|plan|team_rank|team_percentile|role_rank|role_percentile)\s*\.\s*([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Member();
}
