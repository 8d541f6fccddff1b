using System.Text.Encodings.Web;
using System.Text.Json;

namespace Payout.Cli.Output;

/// <summary>Settings of every <c>--json</c> summary: one line, text as written (no <c>\u0026</c> for an ampersand).</summary>
internal static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
