namespace Payout.Rules.Plan;

/// <summary>
/// Bounds on one person's cash for one component in a period, in the person's currency, applied
/// after proration and rounding: more than <see cref="Cap"/> is cut to it; a component that pays
/// something but less than <see cref="Floor"/> is raised to it.
/// </summary>
public sealed record ComponentLimit(decimal? Cap, decimal? Floor);
