using System.Text.Json;

namespace Payout.Rules.Files;

/// <summary>
/// Finds the line of each <c>"RuleName"</c> in a rule file, so errors and explanations can point
/// at the rule as HR sees it in the editor.
/// </summary>
internal sealed class RuleLines
{
    private readonly List<(string Name, int Line, bool Used)> _entries = [];

    public RuleLines(byte[] json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("RuleName") && reader.Read() && reader.TokenType == JsonTokenType.String)
                {
                    _entries.Add((reader.GetString()!, LineOf(json, (int)reader.TokenStartIndex), false));
                }
            }
        }
        catch (JsonException)
        {
            // Syntax errors are reported by the deserializer with their own line.
        }
    }

    /// <summary>The line of the next unclaimed rule with this name, or 0.</summary>
    public int Claim(string name)
    {
        for (var i = 0; i < _entries.Count; i++)
        {
            if (!_entries[i].Used && _entries[i].Name == name)
            {
                _entries[i] = _entries[i] with { Used = true };
                return _entries[i].Line;
            }
        }

        return 0;
    }

    private static int LineOf(byte[] json, int offset) => 1 + json.AsSpan(0, offset).Count((byte)'\n');
}
