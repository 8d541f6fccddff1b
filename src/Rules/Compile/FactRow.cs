namespace Payout.Rules.Compile;

/// <summary>
/// One person's facts as compiled expressions read them: a slot per field some expression reads
/// (<see cref="FactShape"/> assigns the slots), numbers and text apart so no value is boxed.
/// </summary>
/// <param name="Numbers">Decimal fields: employee numbers, KPIs, ranks, percentiles, period months and days. A missing KPI is 0 here; rules that read one are skipped before evaluation.</param>
/// <param name="Texts">Text fields: employee id, name, role, team, currency, period name.</param>
internal sealed record FactRow(decimal[] Numbers, string[] Texts);
