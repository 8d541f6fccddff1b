namespace Payout.Calc.Model;

/// <summary>One KPI of a team's members of one role, pooled, and the team's place among the role's teams.</summary>
/// <param name="Team">The team.</param>
/// <param name="Role">The role whose members are pooled.</param>
/// <param name="Kpi">The KPI.</param>
/// <param name="Value">Σ numerators ÷ Σ denominators, on the KPI's own scale; null when no member has data.</param>
/// <param name="Numerator">Sum of the members' numerators.</param>
/// <param name="Denominator">Sum of the members' denominators.</param>
/// <param name="N">Sum of the members' sample sizes.</param>
/// <param name="Rank">Rank among the role's teams with a value (1 = best; ties to the larger n, then the team name), or null.</param>
/// <param name="Of">Teams of the role with a value.</param>
public sealed record TeamKpiValue(string Team, string Role, string Kpi, decimal? Value, decimal Numerator, decimal Denominator, int N, int? Rank, int Of);
