namespace Payout.Calc.Model;

/// <summary>What was read from one data file.</summary>
/// <param name="Name">File name inside the data folder.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
/// <param name="RowsRead">Data rows read (header excluded).</param>
/// <param name="RowsUsed">Rows that fed a KPI or a person.</param>
/// <param name="RowsRejected">Rows with at least one error.</param>
/// <param name="RowsOutsidePeriod">Valid rows whose timestamp or period lies outside the run's period.</param>
public sealed record InputFile(string Name, string Sha256, int RowsRead, int RowsUsed, int RowsRejected, int RowsOutsidePeriod);
