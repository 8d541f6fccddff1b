namespace Payout.Cli.CommandLine;

/// <summary>One option of a command: its name, the placeholder of its value (null for a flag), and its help.</summary>
/// <param name="Name">The option as typed: <c>--data</c>.</param>
/// <param name="Value">The value's placeholder in help (<c>DIR</c>), or null for a flag.</param>
/// <param name="Description">The help line; a default goes in it (<c>default: samples/acme</c>).</param>
/// <param name="Hidden">Left out of help: for options Payout passes to its own child processes.</param>
internal sealed record OptionSpec(string Name, string? Value, string Description, bool Hidden = false)
{
    /// <summary>A value option.</summary>
    public static OptionSpec Of(string name, string value, string description) => new(name, value, description);

    /// <summary>A flag.</summary>
    public static OptionSpec Flag(string name, string description) => new(name, null, description);
}
