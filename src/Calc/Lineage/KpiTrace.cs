using DateTimeZone = NodaTime.DateTimeZone;
using Payout.Calc.Kpis;
using Payout.Calc.Model;
using Payout.Calc.Reading;

namespace Payout.Calc.Lineage;

/// <summary>
/// Row-level lineage: the source rows behind KPIs in a period (file, line, id and the values read),
/// for one person's KPI (<c>payout trace</c>) or for everyone (the workbook's Lineage sheet). It
/// reads the data files again, so it is for audits and small runs, not for every large run.
/// </summary>
public static class KpiTrace
{
    private static readonly string[] TicketColumns = ["created_at", "first_response_at", "resolved_at", "contacts_to_resolve", "is_complaint", "sla_first_response_minutes", "sla_resolution_minutes"];

    private static readonly KpiSource[] Sources =
    [
        new("surveys", "survey_id", "submitted_at", ["kind", "score", "scale_min", "scale_max", "submitted_at"], ["csat", "csat_avg"], Filter: ("kind", "csat")),
        new("surveys", "survey_id", "submitted_at", ["kind", "score", "scale_min", "scale_max", "submitted_at"], ["nps"], Filter: ("kind", "nps")),
        new("surveys", "survey_id", "submitted_at", ["kind", "score", "scale_min", "scale_max", "submitted_at"], ["ces", "ces_low_effort_pct"], Filter: ("kind", "ces")),
        new("tickets", "ticket_id", "created_at", TicketColumns, ["frt_minutes", "art_hours", "sla_adherence", "resolution_rate", "complaint_resolution_hours"]),
        new("calls", "call_id", "offered_at", ["offered_at", "answered_at", "talk_seconds", "hold_seconds", "acw_seconds"], ["aht_seconds"]),
        new("calls", "call_id", "offered_at", ["offered_at", "answered_at", "abandoned"], ["abandonment_rate", "awt_seconds"], ByTeam: true),
        new("feedback", "feedback_id", "received_at", ["received_at", "responded_at"], ["feedback_response_rate"]),
        new("qa_reviews", "review_id", "reviewed_at", ["criterion", "score", "scale_min", "scale_max", "weight"], ["iqs"]),
        new("accounts", "account_id", null, ["status", "arr_start", "arr_end", "retention_cost"], ["retention_rate", "churn_rate", "nrr", "retention_cost"]),
        new("external_kpis", "kpi", null, ["kpi", "value", "source"], [], KpiColumn: "kpi"),
        new("targets", "kpi", null, ["kpi", "target"], [KpiCatalog.TargetCompletionPrefix], KpiColumn: "kpi"),
    ];

    /// <summary>The source rows of <paramref name="kpi"/> for <paramref name="employeeId"/>, in file and line order.</summary>
    /// <exception cref="ArgumentException">The KPI is not one Payout computes from rows, or the person is not in the employees file.</exception>
    public static IReadOnlyList<TraceRow> Rows(string dataDirectory, Period period, DateTimeZone zone, string employeeId, string kpi)
    {
        var actual = kpi.StartsWith(KpiCatalog.TargetCompletionPrefix, StringComparison.Ordinal) ? kpi[KpiCatalog.TargetCompletionPrefix.Length..] : kpi;
        if (KpiCatalog.FindBase(actual) is null && !KpiCatalog.IsExternalName(actual))
        {
            throw new ArgumentException($"'{kpi}' is not a KPI of the catalog or an external KPI{Common.Spelling.DidYouMean(kpi, KpiCatalog.All.Select(k => k.Name))}");
        }

        var folder = new DataFolder(dataDirectory);
        var team = TeamsOf(folder).GetValueOrDefault(employeeId)
            ?? throw new ArgumentException($"employee '{employeeId}' is not in the employees file of {dataDirectory}");
        var rows = new List<TraceRow>();
        Read(folder, period, zone, (source, row, who) =>
        {
            var feeds = source.KpisOf(row).ToList();
            var mine = source.ByTeam ? who == team : who == employeeId;
            if (mine && (feeds.Contains(kpi) || feeds.Contains(actual) && kpi != actual))
            {
                rows.Add(new TraceRow(row.File, row.Line, row.Raw(source.Id), string.Join(", ", source.Columns.Select(c => $"{c}={row.Raw(c)}"))));
            }
        });
        return rows;
    }

    /// <summary>
    /// Every source row of the period that feeds a KPI of a known person or team, in source then
    /// line order; null when the period has more than <paramref name="limit"/> rows used (then
    /// <see cref="Rows"/> answers per person instead).
    /// </summary>
    public static IReadOnlyList<LineageRow>? All(string dataDirectory, Period period, DateTimeZone zone, IReadOnlyList<InputFile> inputs, int limit)
    {
        if (inputs.Where(i => !i.Name.StartsWith("employees", StringComparison.OrdinalIgnoreCase)).Sum(i => (long)i.RowsUsed) > limit)
        {
            return null;
        }

        var folder = new DataFolder(dataDirectory);
        var teams = TeamsOf(folder);
        var known = teams.Values.ToHashSet(StringComparer.Ordinal);
        var rows = new List<LineageRow>();
        Read(folder, period, zone, (source, row, who) =>
        {
            if (source.ByTeam ? known.Contains(who) : teams.ContainsKey(who))
            {
                rows.Add(new LineageRow(who, row.File, row.Line, row.Raw(source.Id), string.Join(", ", source.KpisOf(row))));
            }
        });
        return rows;
    }

    private static Dictionary<string, string> TeamsOf(DataFolder folder)
    {
        var teams = new Dictionary<string, string>(StringComparer.Ordinal);
        folder.Read("employees", ["employee_id", "team"], row =>
        {
            teams.TryAdd(row.Raw("employee_id"), row.Raw("team"));
            return RowOutcome.Used;
        });
        return teams;
    }

    /// <summary>Calls <paramref name="take"/> for every row of every source that falls in the period, with the person or team it belongs to.</summary>
    private static void Read(DataFolder folder, Period period, DateTimeZone zone, Action<KpiSource, DataRow, string> take)
    {
        var window = PeriodWindow.Of(period, zone);
        foreach (var source in Sources)
        {
            var key = source.ByTeam ? "team" : "employee_id";
            folder.Read(source.Kind, [source.Id, key], row =>
            {
                var inPeriod = source.When is { } when
                    ? row.OptionalTimestamp(when) is { } at && window.Contains(at)
                    : Period.TryParse(row.Raw("period"), out var p) && p.Name == period.Name;
                if (inPeriod && (source.Filter is not { } f || string.Equals(row.Raw(f.Column), f.Value, StringComparison.OrdinalIgnoreCase)) && row.Raw(key) is { Length: > 0 } who)
                {
                    take(source, row, who);
                }

                return RowOutcome.Used;
            });
        }
    }
}
