namespace Payout.Rules.Files;

/// <summary>What a rule awards.</summary>
public enum RewardType
{
    /// <summary>A currency amount, prorated unless the rule opts out.</summary>
    Cash,

    /// <summary>Days of paid time off.</summary>
    PtoDays,

    /// <summary>A sponsored trip.</summary>
    Trip,

    /// <summary>A gift card.</summary>
    GiftCard,

    /// <summary>Recognition: employee of the month, VIP parking, a named corner.</summary>
    Award,
}
