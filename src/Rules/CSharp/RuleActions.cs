using Payout.Rules.Files;

namespace Payout.Rules.CSharp;

/// <summary>What a C# rule's action may do: award rewards and assert facts for other rules.</summary>
public sealed class RuleActions
{
    private readonly List<Award> _awards = [];
    private readonly List<(string Fact, decimal Value)> _asserts = [];

    internal IReadOnlyList<Award> Awards => _awards;

    internal IReadOnlyList<(string Fact, decimal Value)> Asserts => _asserts;

    /// <summary>Awards cash (an amount in the person's currency) before proration and rounding.</summary>
    public void Cash(decimal amount, string because) => _awards.Add(new Award(RewardType.Cash, amount, null, because));

    /// <summary>Awards a non-cash reward: <paramref name="quantity"/> units at <paramref name="unitCost"/> each (pto_days may omit it: the daily rate is used).</summary>
    public void Reward(RewardType type, decimal quantity, decimal? unitCost, string because) => _awards.Add(new Award(type, quantity, unitCost, because));

    /// <summary>Asserts a fact other rules can read with <see cref="RuleFacts.Has"/> and <see cref="RuleFacts.Fact"/>.</summary>
    public void Assert(string fact, decimal value = 1m) => _asserts.Add((fact, value));

    internal sealed record Award(RewardType Type, decimal Quantity, decimal? UnitCost, string Because);
}
