namespace Payout.Rules.Files;

/// <summary>The one spelling of every reward type, as rule files, workbooks and exports write it.</summary>
public static class RewardTypes
{
    private static readonly (RewardType Type, string Name)[] All =
    [
        (RewardType.Cash, "cash"), (RewardType.PtoDays, "pto_days"), (RewardType.Trip, "trip"), (RewardType.GiftCard, "gift_card"), (RewardType.Award, "award"),
    ];

    /// <summary>Every name, in declaration order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(a => a.Name)];

    /// <summary>The name of a reward type: <c>pto_days</c>.</summary>
    public static string Name(RewardType type) => All.First(a => a.Type == type).Name;

    /// <summary>The reward type a name spells, or null.</summary>
    public static RewardType? Parse(string? name) => All.FirstOrDefault(a => a.Name == name) is { Name: not null } found ? found.Type : null;
}
