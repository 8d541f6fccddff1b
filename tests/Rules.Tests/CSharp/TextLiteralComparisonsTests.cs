using Payout.Rules.Tests.Builders;

namespace Payout.Rules.Tests.CSharp;

/// <summary>A C# rule's comparisons of the person's role or team with a literal are kept for the check against the data.</summary>
public sealed class TextLiteralComparisonsTests
{
    private static string Rule(string condition) => $$"""
        [Name("Lunch")]
        [Pay("bonus")]
        public sealed class Lunch : Rule
        {
            public override void Define()
            {
                Person f = null!;
                When().Match(() => f, f => {{condition}});
                Then().Do(ctx => ctx.Pay(10m, "lunch"));
            }
        }
        """;

    [Fact]
    public void Load_RoleComparedWithLiteral_ListedForTheDataCheck()
    {
        using var folder = new RulesFolder(RulesFolder.OneRule());
        var path = folder.CSharp("lunch.cs", Rule("f.Role == \"agnet\""));

        folder.Load().TextComparisons.ShouldContain(new TextComparison(path, 3, "Lunch", "role", "agnet"));
    }

    [Fact]
    public void Load_TeamComparedWithLiteral_ListedForTheDataCheck()
    {
        using var folder = new RulesFolder(RulesFolder.OneRule());
        var path = folder.CSharp("lunch.cs", Rule("\"Phenix\" == f.Team"));

        folder.Load().TextComparisons.ShouldBe([new TextComparison(path, 3, "Lunch", "team", "Phenix")]);
    }
}
