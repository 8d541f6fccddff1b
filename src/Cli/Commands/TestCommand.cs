using Payout.Rules.Testing;
using System.Text.Json;
using Payout.Cli.CommandLine;
using Payout.Cli.Output;

namespace Payout.Cli.Commands;

/// <summary><c>payout test</c>: runs the policy's own test cases.</summary>
internal static class TestCommand
{
    /// <summary>The command's name, options and help.</summary>
    public static readonly CommandSpec Spec = new(
        "test",
        "run the policy's test cases (rules/tests/*.json)",
        """
        Runs the policy test cases (rules/tests/*.json): each case gives a person, their KPIs,
        ranks and earlier quarters, a period, and the awards expected. Prints every failing case
        with expected and actual awards and the explanation, then "N passed, N failed".

        Exit codes: 0 all passed; 1 a case failed; 2 invalid rules or test files.
        """,
        [
            OptionSpec.Of("--rules", "DIR", "rules folder; default: rules"),
            OptionSpec.Of("--tests", "DIR", "test case folder; default: <rules>/tests"),
            OptionSpec.Of("--junit", "FILE", "also write the results as a JUnit XML report, for a CI server"),
            OptionSpec.Flag("--json", "print the results as one JSON object on stdout instead of text"),
        ],
        Execute);

    public static int Execute(ParsedOptions options, TextWriter stdout, TextWriter stderr)
    {
        var rules = options.Value("--rules") ?? "rules";
        var tests = options.Value("--tests") ?? Path.Combine(rules, "tests");
        if (!Directory.Exists(tests))
        {
            throw new UsageException($"test folder not found: {tests}");
        }

        var results = PolicyTestRunner.Run(RunPipeline.LoadPolicy(rules), tests);
        var failed = results.Count(r => !r.Passed);
        if (options.Value("--junit") is { } junit)
        {
            JUnitReport.Write(junit, results);
        }

        if (options.Flag("--json"))
        {
            stdout.WriteLine(JsonSerializer.Serialize(new
            {
                passed = results.Count - failed,
                failed,
                cases = results.Select(r => new { file = r.File, name = r.Case, passed = r.Passed, expected = r.Passed ? null : r.Expected, actual = r.Passed ? null : r.Actual }),
            }, JsonOutput.Options));
            return failed == 0 ? ExitCode.Ok : ExitCode.Failure;
        }

        foreach (var failure in results.Where(r => !r.Passed))
        {
            stdout.WriteLine($"FAIL {failure.File}: {failure.Case}");
            stdout.WriteLine("  expected:");
            stdout.WriteLine(Indent(failure.Expected, 4));
            stdout.WriteLine("  actual:");
            stdout.WriteLine(Indent(failure.Actual, 4));
            stdout.WriteLine("  explanation:");
            stdout.WriteLine(Indent(failure.Explanation, 4));
        }

        stdout.WriteLine($"{results.Count - failed} passed, {failed} failed");
        return failed == 0 ? ExitCode.Ok : ExitCode.Failure;
    }

    private static string Indent(string text, int spaces) =>
        string.Join(Environment.NewLine, text.Split(Environment.NewLine).Select(l => new string(' ', spaces) + l));
}
