using Payout.Cli.Commands;
using Payout.Rules;

namespace Payout.Cli;

/// <summary>Dispatches commands and maps failures to exit codes.</summary>
internal static class PayoutCli
{
    public const string Help = """
        payout — rules-driven compensation calculator

        Usage: payout <command> [options]

        Commands:
          run       compute KPIs, run the pay policy and write the payout workbook
          kpis      print KPIs per person as CSV
          trace     list the source rows behind one person's KPI
          validate  check rules and data without writing a workbook
          test      run the policy's test cases (rules/tests/*.json)
          sample    generate realistic data for N employees
          bench     measure KPIs, rules, the workbook and a whole run, side by side

        Run 'payout <command> --help' for a command's options, and 'payout help limits' for the
        limits every command keeps to (--limit name=value).
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count == 2 && args[0] == "help" && args[1] == "limits")
        {
            stdout.WriteLine(CliLimits.Help());
            return ExitCode.Ok;
        }

        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.WriteLine(Help);
            return args.Count == 0 ? ExitCode.Invalid : ExitCode.Ok;
        }

        if (args[0] == "--version")
        {
            stdout.WriteLine(RunCommand.Version);
            return ExitCode.Ok;
        }

        List<string> rest;
        try
        {
            rest = CliLimits.Take(args.Skip(1).ToList());
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCode.Invalid;
        }

        RunGuard.Current?.Begin(CliLimits.Current);
        (string Help, Func<IReadOnlyList<string>, TextWriter, TextWriter, int> Run)? command = args[0] switch
        {
            "run" => (RunCommand.Help, RunCommand.Execute),
            "kpis" => (KpisCommand.Help, KpisCommand.Execute),
            "validate" => (ValidateCommand.Help, ValidateCommand.Execute),
            "trace" => (TraceCommand.Help, TraceCommand.Execute),
            "test" => (TestCommand.Help, TestCommand.Execute),
            "bench" => (BenchCommand.Help, BenchCommand.Execute),
            "sample" => (SampleCommand.Help, SampleCommand.Execute),
            _ => null,
        };
        if (command is null)
        {
            stderr.WriteLine($"error: unknown command '{args[0]}'");
            stderr.WriteLine(Help);
            return ExitCode.Invalid;
        }

        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            stdout.WriteLine(command.Value.Help);
            return ExitCode.Ok;
        }

        try
        {
            return command.Value.Run(rest, stdout, stderr);
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            stderr.WriteLine($"Run 'payout {args[0]} --help' for usage.");
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
