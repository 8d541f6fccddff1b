using System.Globalization;

namespace Payout.Cli.Tests;

/// <summary>
/// Redoes the arithmetic an explanation sentence writes (× ÷ + −, parentheses, min and max) in
/// decimal, as an auditor with a calculator would, without any of Payout's code.
/// </summary>
internal sealed class SentenceArithmetic
{
    private readonly string _text;
    private int _at;

    private SentenceArithmetic(string text) => _text = text;

    public static decimal Evaluate(string text)
    {
        var parser = new SentenceArithmetic(text);
        var value = parser.Sum();
        parser.Space();
        return parser._at == text.Length ? value : throw new FormatException($"unexpected '{text[parser._at..]}' in '{text}'");
    }

    private decimal Sum()
    {
        var value = Product();
        while (true)
        {
            Space();
            if (Take('+'))
            {
                value += Product();
            }
            else if (Take('−'))
            {
                value -= Product();
            }
            else
            {
                return value;
            }
        }
    }

    private decimal Product()
    {
        var value = Factor();
        while (true)
        {
            Space();
            if (Take('×'))
            {
                value *= Factor();
            }
            else if (Take('÷'))
            {
                value /= Factor();
            }
            else
            {
                return value;
            }
        }
    }

    private decimal Factor()
    {
        Space();
        if (Take('−'))
        {
            return -Factor();
        }

        if (Take('('))
        {
            var inner = Sum();
            Space();
            return Take(')') ? inner : throw new FormatException($"')' expected in '{_text}'");
        }

        foreach (var name in new[] { "min", "max" })
        {
            if (string.CompareOrdinal(_text, _at, name + "(", 0, name.Length + 1) == 0)
            {
                _at += name.Length + 1;
                var a = Sum();
                Space();
                _ = Take(',');
                var b = Sum();
                Space();
                _ = Take(')');
                return name == "min" ? Math.Min(a, b) : Math.Max(a, b);
            }
        }

        var start = _at;
        while (_at < _text.Length && (char.IsAsciiDigit(_text[_at]) || _text[_at] is '.' or '-'))
        {
            _at++;
        }

        return decimal.Parse(_text[start.._at], NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private bool Take(char c)
    {
        if (_at < _text.Length && _text[_at] == c)
        {
            _at++;
            return true;
        }

        return false;
    }

    private void Space()
    {
        while (_at < _text.Length && _text[_at] == ' ')
        {
            _at++;
        }
    }
}
