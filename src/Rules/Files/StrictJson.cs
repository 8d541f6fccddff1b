using System.Text.Json;
using System.Text.Json.Serialization;

namespace Payout.Rules.Files;

/// <summary>
/// JSON settings for policy files: case-sensitive names and unknown properties refused, so a
/// misspelt <c>Propertes</c> is an error instead of silently vanishing as it does in RulesEngine.
/// </summary>
internal static class StrictJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNameCaseInsensitive = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Turns a serializer message into one that names the JSON path and drops .NET type names.</summary>
    public static string Describe(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" could not be mapped", StringComparison.Ordinal);
        if (cut > 0)
        {
            return $"unknown property {message[..cut].Replace("The JSON property ", string.Empty, StringComparison.Ordinal)} at {ex.Path} (names are case-sensitive)";
        }

        var pathAt = message.IndexOf(" Path:", StringComparison.Ordinal);
        return "invalid JSON: " + (pathAt > 0 ? message[..pathAt] : message) + $" at {ex.Path}";
    }
}
