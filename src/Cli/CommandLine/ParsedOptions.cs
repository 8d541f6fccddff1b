using System.CommandLine;

namespace Payout.Cli.CommandLine;

/// <summary>The options a command was given, read by name as the command's specification declares them.</summary>
internal sealed class ParsedOptions(ParseResult result, IReadOnlyDictionary<string, Option> options, IReadOnlyList<string> args)
{
    /// <summary>The whole parse, for options every command shares (<c>--limit</c>).</summary>
    public ParseResult Result => result;

    /// <summary>The command's arguments as typed, after the command word (for the Run sheet's command line).</summary>
    public IReadOnlyList<string> Args => args;

    /// <summary>The value of a value option, or null when it was not given.</summary>
    public string? Value(string name) => result.GetValue((Option<string?>)options[name]);

    /// <summary>Whether a flag was given.</summary>
    public bool Flag(string name) => result.GetValue((Option<bool>)options[name]);
}
