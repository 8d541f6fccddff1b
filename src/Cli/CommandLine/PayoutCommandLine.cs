using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Payout.Common;

namespace Payout.Cli.CommandLine;

/// <summary>
/// The command line on System.CommandLine: help generated from each command's options, typo
/// suggestions for commands and options, <c>--version</c> and <c>--help</c> on every command, and
/// completions through the <c>[suggest]</c> directive that <c>dotnet-suggest</c> calls.
/// </summary>
internal static class PayoutCommandLine
{
    /// <summary>The option every command takes, repeatable: <c>--limit memory_mb=4096</c>.</summary>
    public static readonly Option<string[]> Limit = new("--limit")
    {
        Description = "raise or lower a limit, name=value (repeatable); 'payout help limits' lists them",
        HelpName = "NAME=VALUE",
        Recursive = true,
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>The root command with every command of <paramref name="specs"/>, each running through <paramref name="run"/>.</summary>
    public static RootCommand Build(IReadOnlyList<CommandSpec> specs, string summary, string version, Func<CommandSpec, ParsedOptions, int> run)
    {
        var root = new RootCommand(summary) { Limit };
        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Action = new PrintVersion(version);
        }

        foreach (var spec in specs)
        {
            var command = new Command(spec.Name, $"{spec.Summary}\n\n{spec.Description}") { new VersionOption { Action = new PrintVersion(version) } };
            var options = new Dictionary<string, Option>(StringComparer.Ordinal);
            foreach (var o in spec.Options)
            {
                Option option = o.Value is null
                    ? new Option<bool>(o.Name) { Description = o.Description, Hidden = o.Hidden }
                    : new Option<string?>(o.Name) { Description = o.Description, HelpName = o.Value, Hidden = o.Hidden };
                options[o.Name] = option;
                command.Options.Add(option);
            }

            command.SetAction(result => run(spec, new ParsedOptions(result, options, result.Tokens.Skip(1).Select(t => t.Value).ToList())));
            root.Subcommands.Add(command);
        }

        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Action = new ListingHelp(specs, summary, (HelpAction)help.Action!);
        }

        return root;
    }

    /// <summary>The limits given with <c>--limit</c>; a bad one is a usage error naming it.</summary>
    public static RunLimits LimitsOf(ParseResult result)
    {
        var limits = RunLimits.Default;
        foreach (var assignment in result.GetValue(Limit) ?? [])
        {
            try
            {
                limits = limits.With(assignment);
            }
            catch (FormatException ex)
            {
                throw new UsageException($"--limit: {ex.Message}");
            }
        }

        return limits;
    }

    /// <summary>The version without the commit the build stamps after a '+'.</summary>
    private sealed class PrintVersion(string version) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(version);
            return ExitCode.Ok;
        }
    }

    /// <summary>
    /// Help for the root lists the commands with their one-line summaries; a command's help is
    /// System.CommandLine's, generated from its options.
    /// </summary>
    private sealed class ListingHelp(IReadOnlyList<CommandSpec> specs, string summary, HelpAction generated) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            if (parseResult.CommandResult.Command is not RootCommand)
            {
                return generated.Invoke(parseResult);
            }

            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(summary);
            output.WriteLine();
            output.WriteLine("Usage: payout <command> [options]");
            output.WriteLine();
            output.WriteLine("Commands:");
            var width = specs.Max(s => s.Name.Length) + 2;
            foreach (var spec in specs)
            {
                output.WriteLine($"  {spec.Name.PadRight(width)}{spec.Summary}");
            }

            output.WriteLine();
            output.WriteLine("Run 'payout help <command>' (or 'payout <command> --help') for a command's options,");
            output.WriteLine("'payout help limits' for the limits every command keeps to (--limit name=value),");
            output.WriteLine("and 'payout --version' for the version.");
            return ExitCode.Ok;
        }
    }
}
