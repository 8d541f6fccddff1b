namespace Payout.Calc.Rows;

/// <summary>One row of <c>surveys.csv</c> with its scale resolved (defaults: csat 1–5, nps 0–10, ces 1–7).</summary>
internal sealed record SurveyRow(string SurveyId, string EmployeeId, string Kind, decimal Score, DateTimeOffset SubmittedAt, decimal ScaleMin, decimal ScaleMax);
