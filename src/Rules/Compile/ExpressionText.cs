using System.Text;
using System.Text.RegularExpressions;
using Payout.Common;

namespace Payout.Rules.Compile;

/// <summary>
/// Text-level work on an expression before the parser sees it: decimal literals, size and nesting
/// limits, and the fact members it reads. What it may call is checked on the parsed tree (<see cref="Sandbox.ExpressionSandbox"/>).
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

    /// <summary>
    /// Null when the expression is within the length and nesting limits, else why not. Checked on
    /// the text, before parsing, so a hostile expression never reaches the recursive parser.
    /// </summary>
    public static string? BeyondLimits(string expression, RunLimits limits)
    {
        if (expression.Length > limits.ExpressionLength)
        {
            return $"is {expression.Length:N0} characters long; the limit is {limits.ExpressionLength:N0} (raise it with --limit expression_length=N, or split the rule with LocalParams)";
        }

        var text = WithoutStrings(expression);
        int depth = 0, deepest = 0;
        foreach (var c in text)
        {
            depth += c is '(' or '[' or '{' ? 1 : c is ')' or ']' or '}' ? -1 : 0;
            deepest = Math.Max(deepest, depth);
        }

        return deepest > limits.ExpressionNesting
            ? $"nests brackets {deepest:N0} deep; the limit is {limits.ExpressionNesting:N0} (raise it with --limit expression_nesting=N)"
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

    [GeneratedRegex(@"(?<![\w.])(employee|kpi|period|plan|team_rank|team_percentile|role_rank|role_percentile)\s*\.\s*([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Member();
}
