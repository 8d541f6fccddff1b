using System.Globalization;
using CsCheck;
using Payout.Calc.Model;
using Payout.Calc.Tests.Builders;

namespace Payout.Calc.Tests;

/// <summary>Properties over random event sets: order and file layout change nothing; rates stay in range.</summary>
public sealed class KpiPropertyTests
{
    private const string SurveyHeader = "survey_id,employee_id,kind,score,submitted_at";
    private const string TicketHeader = "ticket_id,employee_id,created_at,first_response_at,resolved_at,contacts_to_resolve,is_complaint,sla_first_response_minutes,sla_resolution_minutes";
    private static readonly Period Q3 = Period.Parse("2026-Q3");
    private static readonly DateTimeOffset Start = new(2026, 6, 25, 0, 0, 0, TimeSpan.Zero); // some events fall before the quarter

    private static readonly Gen<string[]> Surveys =
        Gen.Select(Gen.Int[1, 3], Gen.Int[0, 2], Gen.Int[0, 10], Gen.Int[0, 100 * 24 * 60])
            .Select((emp, kind, score, minute) => kind switch
            {
                0 => $"E{emp},csat,{1 + score % 5},{Ts(minute)}",
                1 => $"E{emp},nps,{score},{Ts(minute)}",
                _ => $"E{emp},ces,{1 + score % 7},{Ts(minute)}",
            })
            .Array[0, 40];

    private static readonly Gen<string[]> Tickets =
        Gen.Select(Gen.Int[1, 3], Gen.Int[0, 100 * 24 * 60], Gen.Int[-1, 600], Gen.Int[-1, 5000], Gen.Int[1, 3], Gen.Bool, Gen.Int[-1, 300])
            .Select((emp, minute, frt, res, contacts, complaint, sla) =>
                $"E{emp},{Ts(minute)},{(frt < 0 ? "" : Ts(minute + frt))},{(res < 0 ? "" : Ts(minute + res))},{contacts},{(complaint ? "true" : "false")},{(sla < 0 ? "" : sla.ToString(CultureInfo.InvariantCulture))},2880")
            .Array[0, 40];

    private static string Ts(int minute) => Start.AddMinutes(minute).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Writes the events with ids, split over <paramref name="parts"/> files per kind.</summary>
    private static IReadOnlyList<PersonKpis> Compute(string[] surveys, string[] tickets, int parts)
    {
        using var data = new DataFolderBuilder().Employee("E1").Employee("E2").Employee("E3", role: "senior_agent");
        Write(data, "surveys", SurveyHeader, surveys.Select((row, i) => $"S{i},{row}").ToArray(), parts);
        Write(data, "tickets", TicketHeader, tickets.Select((row, i) => $"T{i},{row}").ToArray(), parts);
        var run = KpiCalculator.Compute(data.Build(), Q3, KpiOptions.Default);
        run.Errors.ShouldBeEmpty();
        foreach (var input in run.Inputs)
        {
            (input.RowsUsed + input.RowsRejected + input.RowsOutsidePeriod).ShouldBe(input.RowsRead);
        }

        return run.People;
    }

    private static void Write(DataFolderBuilder data, string kind, string header, string[] rows, int parts)
    {
        for (var p = 0; p < parts; p++)
        {
            var name = $"{kind}-{p}.csv";
            data.File(name, header);
            foreach (var row in rows.Where((_, i) => i % parts == p))
            {
                data.Line(name, row);
            }
        }
    }

    private static string[] Reversed(string[] rows) => [.. rows.Reverse()];

    [Fact]
    public void Compute_ShuffledRows_SameKpis() =>
        Gen.Select(Surveys, Tickets, Gen.Int[0, 1000]).Sample((surveys, tickets, seed) =>
        {
            var rng = new Random(seed);
            var expected = Compute(surveys, tickets, parts: 1);
            var shuffled = Compute(surveys.OrderBy(_ => rng.Next()).ToArray(), Reversed(tickets), parts: 1);
            shuffled.SelectMany(p => p.Kpis).ShouldBe(expected.SelectMany(p => p.Kpis));
        }, iter: 60, threads: 1);

    [Fact]
    public void Compute_FileSplitInTwo_SameKpis() =>
        Gen.Select(Surveys, Tickets).Sample((surveys, tickets) =>
        {
            var whole = Compute(surveys, tickets, parts: 1);
            var split = Compute(surveys, tickets, parts: 2);
            split.SelectMany(p => p.Kpis).ShouldBe(whole.SelectMany(p => p.Kpis));
            split.SelectMany(p => p.Ranks).ShouldBe(whole.SelectMany(p => p.Ranks));
        }, iter: 60, threads: 1);

    [Fact]
    public void Compute_OneThreadOrTwo_SameRun() =>
        // Ids drawn from a small range repeat, so duplicates (first one wins) and their errors come up.
        Gen.Select(Surveys, Tickets, Gen.Int[1, 30]).Sample((surveys, tickets, idRange) =>
        {
            using var data = new DataFolderBuilder().Employee("E1").Employee("E2").Employee("E3", role: "senior_agent");
            Write(data, "surveys", SurveyHeader, surveys.Select((row, i) => $"S{i % idRange},{row}").ToArray(), parts: 2);
            Write(data, "tickets", TicketHeader, tickets.Select((row, i) => $"T{i % idRange},{row}").ToArray(), parts: 1);
            var folder = data.Build();
            var inLine = KpiCalculator.Compute(folder, Q3, KpiOptions.Default with { Threads = 1 });
            var split = KpiCalculator.Compute(folder, Q3, KpiOptions.Default with { Threads = 2 });
            split.People.SelectMany(p => p.Kpis).ShouldBe(inLine.People.SelectMany(p => p.Kpis));
            split.People.SelectMany(p => p.Ranks).ShouldBe(inLine.People.SelectMany(p => p.Ranks));
            split.Errors.ShouldBe(inLine.Errors);
            split.Inputs.ShouldBe(inLine.Inputs);
        }, iter: 60, threads: 1);

    [Fact]
    public void Compute_AnyEvents_RatesStayInRange() =>
        Gen.Select(Surveys, Tickets).Sample((surveys, tickets) =>
        {
            foreach (var kpi in Compute(surveys, tickets, parts: 1).SelectMany(p => p.Kpis).Where(k => k.Value is not null))
            {
                var (min, max) = kpi.Kpi switch
                {
                    "nps" => (-100m, 100m),
                    "csat" or "ces_low_effort_pct" or "sla_adherence" or "resolution_rate" => (0m, 100m),
                    "csat_avg" => (1m, 5m),
                    "ces" => (1m, 7m),
                    _ => (0m, decimal.MaxValue),
                };
                kpi.Value!.Value.ShouldBeInRange(min, max, kpi.Kpi);
                kpi.N.ShouldBeGreaterThan(0);
            }
        }, iter: 60, threads: 1);
}
