namespace Payout.Rules.Plan;

/// <summary>
/// Finds the line of a key in the plan file, so an error about <c>MinSamples.cast</c> points at
/// the line that says <c>"cast"</c> inside <c>MinSamples</c> rather than at line 0.
/// </summary>
internal sealed class PlanLines(string path)
{
    private readonly string[] _lines = File.Exists(path) ? File.ReadAllLines(path) : [];

    /// <summary>The line of <c>"<paramref name="section"/>"</c>, then of <c>"<paramref name="key"/>"</c> after it; 1 when neither is found.</summary>
    public int Of(string section, string? key = null)
    {
        var at = Find($"\"{section}\"", 0);
        if (key is not null && Find($"\"{key}\"", Math.Max(at - 1, 0)) is var inner and > 0)
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

    private int Find(string needle, int from)
    {
        for (var i = from; i < _lines.Length; i++)
        {
            if (_lines[i].Contains(needle, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
