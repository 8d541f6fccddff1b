using Payout.Calc.Model;
using Payout.Rules.Audit;

namespace Payout.Excel;

/// <summary>One person's KPIs and what the policy decided for them.</summary>
public sealed record PersonOutcome(PersonKpis Kpis, PersonResult Result);
