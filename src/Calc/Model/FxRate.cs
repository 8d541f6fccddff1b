namespace Payout.Calc.Model;

/// <summary>One row of <c>fx_rates.csv</c>: how many units of the plan's reporting currency one unit of <see cref="Currency"/> is worth.</summary>
/// <param name="Currency">ISO 4217 code.</param>
/// <param name="Rate">Reporting-currency units per unit of <see cref="Currency"/>, greater than 0.</param>
/// <param name="AsOf">The date the rate is quoted for.</param>
/// <param name="File">The file it came from.</param>
/// <param name="Line">Its line there.</param>
public sealed record FxRate(string Currency, decimal Rate, DateOnly AsOf, string File, int Line);
