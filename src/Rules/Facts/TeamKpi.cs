namespace Payout.Rules.Facts;

/// <summary>
/// A KPI of the person's team, pooled over the team's members of the person's role (numerators and
/// denominators added), and the team's rank among the teams of that role: the fact behind rewards
/// that depend on other people (the team with the best sla_adherence wins a lunch).
/// </summary>
/// <param name="Team">The team.</param>
/// <param name="Role">The role whose members are pooled.</param>
/// <param name="Name">The KPI.</param>
/// <param name="Value">Pooled value, or null when no member has data.</param>
/// <param name="Numerator">Sum of the members' numerators.</param>
/// <param name="Denominator">Sum of the members' denominators.</param>
/// <param name="N">Sum of the members' sample sizes.</param>
/// <param name="Rank">Rank among the role's teams with a value (1 = best), or null.</param>
/// <param name="Of">Teams of the role with a value.</param>
public sealed record TeamKpi(string Team, string Role, string Name, decimal? Value, decimal Numerator, decimal Denominator, int N, int? Rank, int Of);
