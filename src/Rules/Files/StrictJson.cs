using System.Text.Json;
using System.Text.Json.Serialization;

namespace Payout.Rules.Files;

/// <summary>
/// JSON settings for policy files: case-sensitive names and unknown properties refused, so a
/// misspelt <c>Propertes</c> is an error instead of silently vanishing as it does in RulesEngine,
/// and a key written twice is an error instead of the last one silently winning.
/// </summary>
internal static class StrictJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNameCaseInsensitive = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        AllowDuplicateProperties = false,
    };

    /// <summary>
    /// A policy file's bytes without the UTF-8 byte order mark Windows editors write, which the
    /// serializer refuses when handed bytes.
    /// </summary>
    public static byte[] Read(string path) => WithoutBom(File.ReadAllBytes(path));

    /// <summary>The bytes without a leading UTF-8 byte order mark.</summary>
    public static byte[] WithoutBom(byte[] bytes) => bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;

    /// <summary>Turns a serializer message into one that names the JSON path and drops .NET type names.</summary>
    public static string Describe(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" could not be mapped", StringComparison.Ordinal);
        if (cut > 0)
        {
            return $"unknown property {message[..cut].Replace("The JSON property ", string.Empty, StringComparison.Ordinal)} at {ex.Path} (names are case-sensitive)";
        }

        if (message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            return $"duplicate key at {ex.Path}: a key may appear once in an object (the serializer would silently keep the last)";
        }

        var pathAt = message.IndexOf(" Path:", StringComparison.Ordinal);
        return "invalid JSON: " + (pathAt > 0 ? message[..pathAt] : message) + $" at {ex.Path}";
    }
}
