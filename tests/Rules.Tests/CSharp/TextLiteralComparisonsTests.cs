using Payout.Rules.Tests.Builders;

namespace Payout.Rules.Tests.CSharp;

/// <summary>A C# rule comparing the role with a value that is no role is refused; team comparisons are kept for the data check.</summary>
public sealed class TextLiteralComparisonsTests
{
    private static string Rule(string condition) => $$"""
        public sealed class Lunch : PayRule
        {
            public override string Name => "Lunch";
            public override string Component => "bonus";
            public override bool When(RuleFacts f) => {{condition}};
            public override void Then(RuleFacts f, RuleActions a) => a.Cash(10m, "lunch");
        }
        """;

    [Fact]
    public void Load_RoleComparedWithNoRole_RefusedWithLineAndSuggestion()
    {
        using var folder = new RulesFolder(RulesFolder.OneRule());
        var path = folder.CSharp("lunch.cs", Rule("f.Role == \"agnet\""));

        var error = Should.Throw<PolicyException>(folder.Load).Errors.ShouldHaveSingleItem();

        (error.File, error.Line).ShouldBe((path, 5));
        error.Message.ShouldContain("compares the role with \"agnet\", which is not a role");
        error.Message.ShouldContain("did you mean 'agent'?");
    }

    [Fact]
    public void Load_TeamComparedWithLiteral_ListedForTheDataCheck()
    {
        using var folder = new RulesFolder(RulesFolder.OneRule());
        var path = folder.CSharp("lunch.cs", Rule("\"Phenix\" == f.Team"));

        folder.Load().TextComparisons.ShouldBe([new TextComparison(path, 1, "Lunch", "team", "Phenix")]);
    }
}
