using Payout.Rules.Audit;
using Payout.Rules.Facts;
using Payout.Rules.Files;
using Payout.Rules.Plan;

namespace Payout.Rules.Engine;

/// <summary>
/// The one pay-line calculator behind both rule languages: cash is guarded to 15 significant
/// digits, prorated unless the rule opts out and rounded as the plan says; a non-cash reward costs
/// quantity × unit cost, a day off the person's daily rate (annual base × FTE ÷ working days).
/// </summary>
internal static class PayLines
{
    /// <param name="workflow">Workflow name, or <c>C#</c>.</param>
    /// <param name="rule">The rule awarding.</param>
    /// <param name="component">Pay component.</param>
    /// <param name="type">What is awarded.</param>
    /// <param name="quantity">Cash before proration, or units.</param>
    /// <param name="unitCost">Cost of one unit of a non-cash reward; null for cash, or a day off at the daily rate.</param>
    /// <param name="prorate">Whether cash is multiplied by the person's proration.</param>
    /// <param name="person">The person.</param>
    /// <param name="plan">The plan.</param>
    /// <returns>The line, or the problem (a negative amount, a missing unit cost) for the caller to report with the rule's file and line.</returns>
    public static (PayoutLine? Line, string? Problem) Of(string workflow, string rule, string component, RewardType type, decimal quantity, decimal? unitCost, bool prorate, PersonFacts person, PayPlan plan)
    {
        if (quantity < 0)
        {
            return (null, type == RewardType.Cash ? $"a negative amount {quantity}" : $"a negative quantity {quantity}");
        }

        if (type == RewardType.Cash)
        {
            var guarded = RoundingPolicy.Guard(quantity); // see RoundingPolicy: a repeating ratio's half cent stays a half cent
            var proration = prorate ? person.Proration : 1m;
            var amount = plan.Rounding.Round(guarded * proration);
            return (new PayoutLine(person.EmployeeId, workflow, rule, component, type, amount, person.Currency, guarded, proration, amount), null);
        }

        var unit = unitCost ?? (type == RewardType.PtoDays ? person.AnnualBaseSalary * person.Fte / plan.WorkingDaysPerYear : (decimal?)null);
        return unit is { } u
            ? (new PayoutLine(person.EmployeeId, workflow, rule, component, type, 0m, person.Currency, quantity, 1m, plan.Rounding.Round(quantity * u), u), null)
            : (null, $"a {RewardTypes.Name(type)} award needs its unit cost");
    }

    /// <summary>
    /// A clawback's line: <paramref name="share"/> of what <paramref name="booked"/> holds, negative, not
    /// prorated, rounded as the plan says (cash), or the share of its units at their booked cost,
    /// linked to the booked line.
    /// </summary>
    public static PayoutLine Recovery(string workflow, string rule, BookedLine booked, decimal share, PersonFacts person, PayPlan plan)
    {
        var recovered = new RecoveredLine(booked.Period, booked.LineId);
        if (booked.RewardType == RewardType.Cash)
        {
            var exact = RoundingPolicy.Guard(-booked.Amount * share);
            var amount = plan.Rounding.Round(exact);
            return new PayoutLine(person.EmployeeId, workflow, rule, booked.Component, booked.RewardType, amount, person.Currency, exact, 1m, amount) { Recovers = recovered };
        }

        var unitCost = booked.Quantity != 0m ? booked.Cost / booked.Quantity : 0m;
        var cost = plan.Rounding.Round(RoundingPolicy.Guard(-booked.Cost * share));
        return new PayoutLine(person.EmployeeId, workflow, rule, booked.Component, booked.RewardType, 0m, person.Currency, -booked.Quantity * share, 1m, cost, unitCost) { Recovers = recovered };
    }
}
