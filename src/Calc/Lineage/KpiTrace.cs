using Payout.Calc.Kpis;
using Payout.Calc.Model;
using Payout.Calc.Reading;

namespace Payout.Calc.Lineage;

/// <summary>
/// Row-level lineage: the source rows behind one person's KPI in a period (file, line, id and the
/// values read), for <c>payout trace</c>. It reads only the files the KPI comes from.
/// </summary>
public static class KpiTrace
{
    private static readonly string[] TicketColumns = ["created_at", "first_response_at", "resolved_at", "contacts_to_resolve", "is_complaint", "sla_first_response_minutes", "sla_resolution_minutes"];

    /// <summary>The source rows of <paramref name="kpi"/> for <paramref name="employeeId"/>, in file and line order.</summary>
    /// <exception cref="ArgumentException">The KPI is not one Payout computes from rows, or the person is not in the employees file.</exception>
    public static IReadOnlyList<TraceRow> Rows(string dataDirectory, Period period, TimeZoneInfo zone, string employeeId, string kpi)
    {
        var sources = SourcesOf(kpi) ?? throw new ArgumentException($"'{kpi}' is not a KPI of the catalog or an external KPI{Common.Spelling.DidYouMean(kpi, KpiCatalog.All.Select(k => k.Name))}");
        var folder = new DataFolder(dataDirectory);
        string? team = null;
        folder.Read("employees", ["employee_id", "team"], row =>
        {
            if (row.Raw("employee_id") == employeeId)
            {
                team = row.Raw("team");
            }

            return RowOutcome.Used;
        });
        if (team is null)
        {
            throw new ArgumentException($"employee '{employeeId}' is not in the employees file of {dataDirectory}");
        }

        var window = PeriodWindow.Of(period, zone);
        var rows = new List<TraceRow>();
        foreach (var source in sources)
        {
            string[] key = source.ByTeam ? ["team"] : ["employee_id"];
            folder.Read(source.Kind, [source.Id, .. key], row =>
            {
                var mine = source.ByTeam ? row.Raw("team") == team : row.Raw("employee_id") == employeeId;
                var kept = mine && (source.Filter is not { } f || string.Equals(row.Raw(f.Column), f.Value, StringComparison.OrdinalIgnoreCase))
                    && (source.When is { } when ? row.OptionalTimestamp(when) is { } at && window.Contains(at) : Period.TryParse(row.Raw("period"), out var p) && p.Name == period.Name);
                if (kept)
                {
                    var values = string.Join(", ", source.Columns.Select(c => $"{c}={row.Raw(c)}"));
                    rows.Add(new TraceRow(row.File, row.Line, row.Raw(source.Id), values));
                }

                return RowOutcome.Used;
            });
        }

        return rows;
    }

    private static KpiSource[]? SourcesOf(string kpi)
    {
        if (kpi.StartsWith(KpiCatalog.TargetCompletionPrefix, StringComparison.Ordinal))
        {
            var actual = kpi[KpiCatalog.TargetCompletionPrefix.Length..];
            var target = new KpiSource("targets", "kpi", null, ["kpi", "target"], Filter: ("kpi", actual));
            return SourcesOf(actual) is { } rest ? [target, .. rest] : null;
        }

        return kpi switch
        {
            "csat" or "csat_avg" or "nps" or "ces" or "ces_low_effort_pct" => [new("surveys", "survey_id", "submitted_at", ["kind", "score", "scale_min", "scale_max", "submitted_at"],
                Filter: ("kind", kpi.StartsWith("csat", StringComparison.Ordinal) ? "csat" : kpi.StartsWith("ces", StringComparison.Ordinal) ? "ces" : "nps"))],
            "frt_minutes" or "art_hours" or "sla_adherence" or "resolution_rate" or "complaint_resolution_hours" => [new("tickets", "ticket_id", "created_at", TicketColumns)],
            "aht_seconds" => [new("calls", "call_id", "offered_at", ["offered_at", "answered_at", "talk_seconds", "hold_seconds", "acw_seconds"])],
            "abandonment_rate" or "awt_seconds" => [new("calls", "call_id", "offered_at", ["offered_at", "answered_at", "abandoned"], ByTeam: true)],
            "feedback_response_rate" => [new("feedback", "feedback_id", "received_at", ["received_at", "responded_at"])],
            "iqs" => [new("qa_reviews", "review_id", "reviewed_at", ["criterion", "score", "scale_min", "scale_max", "weight"])],
            "retention_rate" or "churn_rate" or "nrr" or "retention_cost" => [new("accounts", "account_id", null, ["status", "arr_start", "arr_end", "retention_cost"])],
            _ when KpiCatalog.IsExternalName(kpi) => [new("external_kpis", "kpi", null, ["kpi", "value", "source"], Filter: ("kpi", kpi))],
            _ => null,
        };
    }
}
