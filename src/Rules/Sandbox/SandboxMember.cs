namespace Payout.Rules.Sandbox;

/// <summary>
/// A member a rule uses, described the same way whether it came from a JSON expression's compiled
/// tree (reflection) or a C# rule's semantic model (Roslyn), so one <see cref="AllowList"/> judges both.
/// </summary>
/// <param name="Type">The declaring type's full name, generic definitions as <c>List`1</c>, nested with <c>+</c>.</param>
/// <param name="Name">The member's name: <c>Round</c>, <c>get_Item</c> is <c>Item</c>, constructors <c>.ctor</c>.</param>
/// <param name="Signature">Full names of every type in its parameters and result, type arguments included.</param>
internal sealed record SandboxMember(string Type, string Name, IReadOnlyList<string> Signature);
