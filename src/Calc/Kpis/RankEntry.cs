namespace Payout.Calc.Kpis;

/// <summary>One present KPI value awaiting its rank: what orders it, and where its rank goes.</summary>
internal readonly record struct RankEntry(decimal Value, int N, string EmployeeId, int Person, int Position);
