using Payout.Calc.Model;
using Payout.Calc.Reading;
using Payout.Calc.Validation;

namespace Payout.Calc.Files;

/// <summary>
/// Reads the optional <c>fx_rates*.csv</c>: currency, rate to the plan's reporting currency, as-of date.
/// For each currency the latest rate quoted on or before the period's last day is the one used; rates
/// quoted after the period count as outside it, and two rates of one currency on one day are refused.
/// </summary>
internal static class FxRateFile
{
    public const string Kind = "fx_rates";

    public static IReadOnlyList<string> Required { get; } = ["currency", "rate", "as_of"];

    public static RowOutcome Handle(DataRow row, Period period, Dictionary<string, FxRate> latest)
    {
        var currency = row.Text("currency");
        var rate = row.Decimal("rate");
        var asOf = row.OptionalDate("as_of");
        if (asOf is null && !row.Rejected)
        {
            row.Reject("as_of", string.Empty, "required: the date the rate is quoted for (yyyy-MM-dd)");
        }

        if (!Codes.Currency().IsMatch(currency))
        {
            row.Reject("currency", currency, "not an ISO 4217 code (three capital letters, e.g. EUR)");
        }

        if (rate <= 0 && !row.Rejected)
        {
            row.Reject("rate", row.Raw("rate"), "a rate must be greater than 0");
        }

        if (row.Rejected)
        {
            return RowOutcome.Rejected;
        }

        if (asOf!.Value >= period.EndExclusive)
        {
            return RowOutcome.OutsidePeriod;
        }

        if (latest.TryGetValue(currency, out var known) && known.AsOf == asOf.Value)
        {
            row.Reject("currency", currency, $"a second rate for {currency} on {asOf.Value:yyyy-MM-dd} (the first is on line {known.Line}): keep one");
            return RowOutcome.Rejected;
        }

        if (known is null || asOf.Value > known.AsOf)
        {
            latest[currency] = new FxRate(currency, rate, asOf.Value, row.File, row.Line);
        }

        return RowOutcome.Used;
    }
}
