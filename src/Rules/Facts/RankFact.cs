namespace Payout.Rules.Facts;

/// <summary>A person's place for one KPI within a group (team or role).</summary>
/// <param name="Rank">1 is best; unique within the group.</param>
/// <param name="Of">People in the group with a value for the KPI.</param>
/// <param name="Percentile">100 for the best, 0 for the last.</param>
public sealed record RankFact(int Rank, int Of, decimal Percentile);
