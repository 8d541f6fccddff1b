namespace Payout.Rules.Files;

/// <summary>
/// Finds the line of a key in a JSON file the policy reads (the plan, a policy test file), so an
/// error about <c>MinSamples.cast</c> points at the line that says <c>"cast"</c> inside
/// <c>MinSamples</c> rather than at line 0.
/// </summary>
internal sealed class JsonLines(string text)
{
    private readonly string[] _lines = text.Split('\n');

    /// <summary>The lines of a file; none when it does not exist.</summary>
    public static JsonLines OfFile(string path) => new(File.Exists(path) ? File.ReadAllText(path) : string.Empty);

    /// <summary>The line of <c>"<paramref name="section"/>"</c>, then of <c>"<paramref name="key"/>"</c> after it; 1 when neither is found.</summary>
    public int Of(string section, string? key = null)
    {
        var at = Find($"\"{section}\"", 1);
        if (key is not null && Find($"\"{key}\"", Math.Max(at, 1)) is var inner and > 0)
        {
            return inner;
        }

        return at > 0 ? at : 1;
    }

    /// <summary>The line of the first <c>Section.key</c> a message names, or of its section.</summary>
    public int OfMessage(string message)
    {
        var match = System.Text.RegularExpressions.Regex.Match(message, @"\b([A-Z][A-Za-z]+)(?:\.([A-Za-z0-9_]+))?");
        return match.Success ? Of(match.Groups[1].Value, match.Groups[2].Success ? match.Groups[2].Value : null) : 1;
    }

    /// <summary>The 1-based line of the first <paramref name="needle"/> at or after line <paramref name="from"/>, or 0.</summary>
    public int Find(string needle, int from)
    {
        for (var i = Math.Max(from, 1) - 1; i < _lines.Length; i++)
        {
            if (_lines[i].Contains(needle, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
