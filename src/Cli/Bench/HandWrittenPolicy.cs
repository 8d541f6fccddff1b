using Payout.Rules.Facts;
using Payout.Rules.Plan;

namespace Payout.Cli.Bench;

/// <summary>
/// The sample policy written by hand in C#, for the benchmark's baseline: the same awards as
/// rules/*.json and rules/*.cs for a quarterly run (the trip pays only in Q4), with no audit trail.
/// </summary>
internal static class HandWrittenPolicy
{
    private static readonly RoundingPolicy Rounding = new(MidpointRounding.AwayFromZero, 2);

    public static List<(string Rule, decimal Amount)> Evaluate(PersonFacts p, PeriodFacts period)
    {
        var awards = new List<(string, decimal)>();
        decimal? Kpi(string name) => p.Kpis.TryGetValue(name, out var k) ? k.Value : null;
        if (p.Role == "csm")
        {
            if (Kpi("target_completion_nrr") is { } tc && tc >= 80m && p.VariablePayPct is { } pct)
            {
                awards.Add(("CsmVariablePay", Cash(p.AnnualBaseSalary * pct * period.Months / 12 * (Math.Min(tc, 120m) / 100), p.Proration)));
            }

            return awards;
        }

        var (csat, iqs, sla) = (Kpi("csat"), Kpi("iqs"), Kpi("sla_adherence"));
        if (csat is { } c && iqs is { } q && q >= 80m)
        {
            var rate = c >= 90m ? 0.08m : c >= 85m ? 0.05m : c >= 80m ? 0.03m : 0m;
            if (rate > 0)
            {
                var tier = Cash(p.AnnualBaseSalary * period.Months / 12 * rate, p.Proration);
                awards.Add((c >= 90m ? "CsatTier3" : c >= 85m ? "CsatTier2" : "CsatTier1", tier));
                if (tier > 0 && Kpi("nps") >= 50m)
                {
                    awards.Add(("QualityKicker", Cash(tier * 0.10m, 1m)));
                }
            }
        }

        if (p.Role is "agent" or "senior_agent" && p.TeamKpis.Any(t => t.Name == "sla_adherence" && t.Rank == 1 && t.Of > 1))
        {
            awards.Add(("TeamLunch", 0m));
        }

        if (csat >= 92m && iqs >= 90m && sla >= 45m)
        {
            awards.Add(("PtoForSustainedExcellence", 0m));
        }

        if (p.Kpis.TryGetValue("excellence", out var excellence))
        {
            if (period.Months == 1 && excellence.Team?.Rank == 1)
            {
                awards.Add(("EmployeeOfTheMonth", 0m));
            }

            if (excellence.Role?.Rank <= 3)
            {
                awards.Add(("GiftCardTopThree", 0m));
            }
        }

        return awards;
    }

    /// <summary>As the plan pays a cash line: the amount at 15 significant digits, times proration, rounded (see <see cref="RoundingPolicy"/>).</summary>
    private static decimal Cash(decimal amount, decimal proration) => Rounding.Round(RoundingPolicy.Guard(amount) * proration);
}
