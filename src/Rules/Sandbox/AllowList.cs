namespace Payout.Rules.Sandbox;

/// <summary>
/// What a pay rule may call, in both rule languages: the fact types, decimal arithmetic, the
/// <c>Math</c> and <c>Convert</c> members that take and return decimals or whole numbers, a few
/// <c>string</c> members, LINQ over facts, and the NRules and Payout members that declare rules and
/// pay. Everything else is refused, so a new API in the runtime is refused until someone adds it here.
/// </summary>
/// <remarks>
/// An allow-list rather than a deny-list: the deny-list it replaces missed <c>datetime.now</c> (JSON
/// expressions resolve names case-insensitively), <c>Guid.CreateVersion7</c> and <c>GetHashCode</c>
/// (different in every process). The README's "Rule sandbox" section prints the same list.
/// </remarks>
internal static class AllowList
{
    /// <summary>Members no type may expose to a rule: they differ between processes or reach reflection.</summary>
    public static readonly string[] NeverMembers = ["GetHashCode", "GetType", "Finalize", "MemberwiseClone"];

    private static readonly string[] Floating = ["System.Double", "System.Single", "System.Half", "System.Runtime.Intrinsics.Vector128`1"];

    private static readonly string[] Numeric = ["System.Decimal", "System.Int32", "System.Int64", "System.MidpointRounding", "System.Nullable`1"];

    /// <summary>Namespaces whose every type and member a rule may use.</summary>
    public static readonly string[] OpenNamespaces = ["Payout.Rules.Facts", "NRules.Fluent.Dsl"];

    /// <summary>Types whose every member a rule may use (less <see cref="NeverMembers"/> and floating point).</summary>
    public static readonly string[] OpenTypes =
    [
        "System.Decimal", "System.Int32", "System.Int64", "System.Boolean", "System.Char", "System.MidpointRounding",
        "System.Nullable`1", "System.DateOnly", "System.DayOfWeek", "System.Void", "System.Object",
        "System.ValueTuple`2", "System.ValueTuple`3", "System.ValueTuple`4",
        "System.Func`1", "System.Func`2", "System.Func`3", "System.Func`4", "System.Action`1", "System.Action`2",
        "System.Collections.Generic.IEnumerable`1", "System.Collections.Generic.IReadOnlyList`1",
        "System.Collections.Generic.IReadOnlyCollection`1", "System.Collections.Generic.IReadOnlyDictionary`2",
        "System.Collections.Generic.KeyValuePair`2", "System.Collections.Generic.List`1", "System.Linq.IGrouping`2",
        "Payout.Rules.CSharp.PayActions", "Payout.Rules.CSharp.PayAttribute", "Payout.Rules.Files.RewardType",
    ];

    /// <summary>Types of which only the listed members are allowed.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> SomeMembers = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["System.Math"] = ["Abs", "Round", "Floor", "Ceiling", "Truncate", "Min", "Max", "Sign", "Clamp"],
        ["System.Convert"] = ["ToDecimal", "ToInt32", "ToInt64"],
        ["System.String"] =
        [
            "Length", "Chars", "Contains", "StartsWith", "EndsWith", "Equals", "CompareOrdinal", "IsNullOrEmpty", "IsNullOrWhiteSpace",
            "ToUpperInvariant", "ToLowerInvariant", "Trim", "ToString", "op_Equality", "op_Inequality", "Concat", "Compare", "Empty", "Join",
        ],
        ["System.Linq.Enumerable"] =
        [
            "Where", "Select", "Any", "All", "Count", "Sum", "Min", "Max", "Average", "First", "FirstOrDefault", "Last", "LastOrDefault",
            "Single", "SingleOrDefault", "Order", "OrderDescending", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "Take", "Skip", "Contains",
            "ToList", "ToArray", "Distinct", "GroupBy", "ElementAt", "ElementAtOrDefault",
        ],
        ["NRules.RuleModel.IContext"] = ["Insert", "InsertAll", "TryInsert", "TryInsertAll", "Update", "UpdateAll", "TryUpdate", "Retract", "RetractAll", "TryRetract", "Halt"],
        ["System.Exception"] = [".ctor", "Message"],
        ["System.InvalidOperationException"] = [".ctor"],
        ["System.ArgumentException"] = [".ctor"],
    };

    /// <summary>Types whose members are allowed only when every type in the signature is decimal or a whole number.</summary>
    private static readonly string[] NumericOnly = ["System.Math", "System.Convert"];

    /// <summary>Whether a rule may name <paramref name="type"/> (a full name as in <see cref="SandboxMember.Type"/>).</summary>
    public static bool AllowsType(string type) =>
        !Floating.Contains(type)
        && (OpenTypes.Contains(type) || SomeMembers.ContainsKey(type) || type == "System.String" || InOpenNamespace(type));

    /// <summary>Whether <paramref name="type"/> is a binary floating-point type, which no amount may pass through.</summary>
    public static bool IsFloating(string type) => Floating.Contains(type);

    /// <summary>Null when a rule may use <paramref name="member"/>, else why not.</summary>
    public static string? Refusal(SandboxMember member)
    {
        if (NeverMembers.Contains(member.Name))
        {
            return "it differs between processes or reaches reflection";
        }

        if (member.Signature.FirstOrDefault(Floating.Contains) is { } floating)
        {
            return $"it computes with {Short(floating)}: money is decimal";
        }

        if (NumericOnly.Contains(member.Type) && member.Signature.Any(t => !Numeric.Contains(t)))
        {
            return $"only the {Short(member.Type)} members that take and return decimals or whole numbers are allowed";
        }

        var allowed = OpenTypes.Contains(member.Type) || InOpenNamespace(member.Type)
            || SomeMembers.TryGetValue(member.Type, out var some) && some.Contains(member.Name);
        return allowed ? null : "it is not on the rule sandbox's allow-list";
    }

    /// <summary>The name a refusal shows: <c>System.Math.Round</c>.</summary>
    public static string Display(SandboxMember member) => member.Name == ".ctor" ? $"new {Short(member.Type)}" : $"{Short(member.Type)}.{member.Name}";

    /// <summary>The closing words of every refusal, naming where the list is documented.</summary>
    public const string Why = "a pay rule may use only its facts, decimal arithmetic and the members the README's \"Rule sandbox\" lists";

    private static bool InOpenNamespace(string type) => OpenNamespaces.Any(n => type.StartsWith(n + ".", StringComparison.Ordinal));

    private static string Short(string type)
    {
        var tick = type.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? type : type[..tick];
    }
}
