namespace Payout.Cli.Output;

/// <summary>One currency's line of the summary.</summary>
internal sealed record CurrencyTotal(string Currency, int People, int Lines, decimal Cash, decimal NonCashCost);
