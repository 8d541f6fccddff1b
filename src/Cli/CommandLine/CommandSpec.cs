namespace Payout.Cli.CommandLine;

/// <summary>A command of <c>payout</c>: what the parser and its generated help need, and what runs it.</summary>
/// <param name="Name">The command word: <c>run</c>.</param>
/// <param name="Summary">One line, for the list of commands.</param>
/// <param name="Description">What it does in full, with exit codes, for <c>payout help &lt;command&gt;</c>.</param>
/// <param name="Options">Its options.</param>
/// <param name="Execute">Runs it; returns the exit code.</param>
internal sealed record CommandSpec(string Name, string Summary, string Description, IReadOnlyList<OptionSpec> Options, Func<ParsedOptions, TextWriter, TextWriter, int> Execute);
