using System.CommandLine;
using System.CommandLine.Invocation;
using Payout.Cli.CommandLine;
using Payout.Cli.Commands;
using Payout.Rules;

namespace Payout.Cli;

/// <summary>Dispatches commands and maps failures to exit codes.</summary>
internal static class PayoutCli
{
    /// <summary>The line under the name in help.</summary>
    public const string Summary = "payout — rules-driven compensation calculator";

    /// <summary>Every command, in the order help lists them.</summary>
    public static readonly IReadOnlyList<CommandSpec> Commands =
        [RunCommand.Spec, DiffCommand.Spec, CloseCommand.Spec, KpisCommand.Spec, TraceCommand.Spec, ValidateCommand.Spec, TestCommand.Spec, SampleCommand.Spec, BenchCommand.Spec];

    /// <summary>
    /// Parses <paramref name="args"/> and runs the command. Usage errors (an unknown command or
    /// option, with suggestions; a bad value) are exit code 2, as are invalid data and rules.
    /// </summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count >= 1 && args[0] == "help")
        {
            if (args.Count == 2 && args[1] == "limits")
            {
                stdout.WriteLine(CliLimits.Help());
                return ExitCode.Ok;
            }

            args = args.Count == 1 ? ["--help"] : [args[1], "--help"];
        }

        var root = PayoutCommandLine.Build(Commands, Summary, RunCommand.Version, (spec, options) => Execute(spec, options, stdout, stderr));
        var result = root.Parse(args.Count == 0 ? ["--help"] : [.. args]);
        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        if (result.Action is ParseErrorAction parseError)
        {
            // The error and the suggestion, not the whole help under them: it pushes the error off screen.
            parseError.ShowHelp = false;
            result.Invoke(new InvocationConfiguration { Output = stderr, Error = stderr });
            var command = result.CommandResult.Command is RootCommand ? string.Empty : " " + result.CommandResult.Command.Name;
            stderr.WriteLine($"Run 'payout help{command}' for usage.");
            return ExitCode.Invalid;
        }

        var exit = result.Invoke(configuration);
        return args.Count == 0 ? ExitCode.Invalid : exit;
    }

    private static int Execute(CommandSpec spec, ParsedOptions options, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var limits = PayoutCommandLine.LimitsOf(options.Result);
            CliLimits.Set(limits);
            RunGuard.Current?.Begin(limits);
            return spec.Execute(options, stdout, stderr);
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            stderr.WriteLine($"Run 'payout help {spec.Name}' for usage.");
            return ExitCode.Invalid;
        }
        catch (PolicyException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCode.Invalid;
        }
        catch (PolicyEvaluationException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCode.Invalid;
        }
        catch (Exception ex)
        {
            // Last resort: a clear line and exit 1 rather than a runtime crash dump.
            stderr.WriteLine($"error: {ex.GetType().Name}: {ex.Message}");
            return ExitCode.Failure;
        }
    }
}
