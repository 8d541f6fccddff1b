using Payout.Calc.Model;

namespace Payout.Cli.Sample;

/// <summary>
/// Generates a company's support data per the data contract: teams of ten (a lead, two seniors,
/// seven agents; every seventh team is CSMs), tickets, csat/nps/ces surveys, calls, QA reviews,
/// feedback, CSM account books and targets. Seeded: the same arguments give the same files.
/// </summary>
internal sealed class SampleGenerator(int employees, int eventsPerPerson, int seed, Period period)
{
    private readonly Random _rng = new(seed);
    private long _tickets, _surveys, _calls, _reviews, _feedback;

    /// <summary>Writes every file; returns the number of data rows written.</summary>
    public long Write(string directory)
    {
        Directory.CreateDirectory(directory);
        using var people = new CsvOut(directory, "employees.csv", "employee_id,name,role,team,currency,annual_base_salary,variable_pay_pct,hire_date,termination_date,fte");
        using var tickets = new CsvOut(directory, "tickets.csv", "ticket_id,employee_id,created_at,channel,priority,first_response_at,resolved_at,contacts_to_resolve,is_complaint,sla_first_response_minutes,sla_resolution_minutes");
        using var surveys = new CsvOut(directory, "surveys.csv", "survey_id,employee_id,kind,score,submitted_at");
        using var calls = new CsvOut(directory, "calls.csv", "call_id,team,offered_at,employee_id,answered_at,abandoned,talk_seconds,hold_seconds,acw_seconds");
        using var reviews = new CsvOut(directory, "qa_reviews.csv", "review_id,employee_id,reviewed_at,criterion,score,scale_min,scale_max,weight");
        using var feedback = new CsvOut(directory, "feedback.csv", "feedback_id,employee_id,received_at,responded_at");
        using var accounts = new CsvOut(directory, "accounts.csv", "employee_id,account_id,period,status,arr_start,arr_end,retention_cost");
        using var targets = new CsvOut(directory, "targets.csv", "employee_id,period,kpi,target");
        for (var i = 0; i < employees; i++)
        {
            var teamIndex = i / 10;
            var csmTeam = teamIndex % 7 == 6;
            var team = (csmTeam ? "Success " : "Support ") + (teamIndex + 1).ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
            var currency = teamIndex % 4 == 3 ? "EUR" : "USD";
            var id = "E" + (i + 1).ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
            var seat = i % 10;
            var role = csmTeam ? "csm" : seat == 0 ? "team_lead" : seat <= 2 ? "senior_agent" : "agent";
            var salary = role switch { "csm" => 85000 + 5000 * _rng.Next(6), "team_lead" => 70000 + 2000 * _rng.Next(5), "senior_agent" => 55000 + 2000 * _rng.Next(5), _ => 40000 + 2000 * _rng.Next(6) };
            var hire = _rng.Next(40) == 0 ? period.Start.AddDays(_rng.Next(period.Days)) : (DateOnly?)null;
            var leave = hire is null && _rng.Next(50) == 0 ? period.Start.AddDays(_rng.Next(period.Days)) : (DateOnly?)null;
            people.Row(id, $"Person {i + 1}", role, team, currency, salary, role == "csm" ? 0.10m + _rng.Next(11) / 100m : null, hire, leave, _rng.Next(20) == 0 ? 0.5m : null);
            if (role == "csm")
            {
                Book(accounts, targets, id);
                continue;
            }

            var quality = 0.6 + _rng.NextDouble() * 0.4; // this person's share of good outcomes
            var start = hire is { } h ? new DateTimeOffset(h.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : period.StartUtc;
            var end = leave is { } l ? new DateTimeOffset(l.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : period.EndUtc;
            var n = eventsPerPerson;
            for (var k = 0; k < n * 55 / 100; k++)
            {
                Ticket(tickets, id, At(start, end), quality);
            }

            for (var k = 0; k < n * 25 / 100; k++)
            {
                Survey(surveys, id, At(start, end), quality);
            }

            for (var k = 0; k < n * 14 / 100; k++)
            {
                Call(calls, team, id, At(start, end));
            }

            for (var r = 0; r < 2; r++)
            {
                var review = "R" + (++_reviews).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
                var when = At(start, end);
                foreach (var (criterion, weight) in new[] { ("accuracy", 3), ("empathy", 2), ("resolution", 2) })
                {
                    reviews.Row(review, id, when, criterion, _rng.NextDouble() < quality ? 5 - _rng.Next(2) : 2 + _rng.Next(2), 1, 5, weight);
                }
            }

            for (var k = 0; k < 3; k++)
            {
                var received = At(start, end);
                feedback.Row("F" + (++_feedback).ToString("D9", System.Globalization.CultureInfo.InvariantCulture), id, received, _rng.NextDouble() < quality ? received.AddHours(1 + _rng.Next(40)) : null);
            }

            targets.Row(id, period.Name, "csat", 85);
        }

        return people.Rows + tickets.Rows + surveys.Rows + calls.Rows + reviews.Rows + feedback.Rows + accounts.Rows + targets.Rows;
    }

    private DateTimeOffset At(DateTimeOffset start, DateTimeOffset end) =>
        start.AddSeconds(_rng.NextInt64(Math.Max(1, (long)(end - start).TotalSeconds - 86_400)));

    private void Ticket(CsvOut tickets, string id, DateTimeOffset created, double quality)
    {
        var priority = _rng.Next(4) switch { 0 => "low", 3 => "high", _ => "normal" };
        var sla = priority switch { "low" => 480, "high" => 60, _ => 240 };
        var firstResponse = created.AddMinutes(_rng.NextDouble() < quality ? 1 + _rng.Next(sla) : sla + _rng.Next(sla));
        DateTimeOffset? resolved = _rng.Next(12) == 0 ? null : created.AddMinutes(30 + _rng.Next(_rng.NextDouble() < quality ? 1400 : 4000));
        tickets.Row("T" + (++_tickets).ToString("D10", System.Globalization.CultureInfo.InvariantCulture), id, created, _rng.Next(3) switch { 0 => "email", 1 => "chat", _ => "phone" },
            priority, firstResponse, resolved, 1 + (_rng.NextDouble() < quality ? 0 : _rng.Next(3)), _rng.Next(20) == 0, sla, 2880);
    }

    private void Survey(CsvOut surveys, string id, DateTimeOffset submitted, double quality)
    {
        var pick = _rng.Next(10);
        var (kind, score) = pick < 7 ? ("csat", _rng.NextDouble() < quality ? 4 + _rng.Next(2) : 1 + _rng.Next(3))
            : pick < 9 ? ("nps", _rng.NextDouble() < quality ? 8 + _rng.Next(3) : _rng.Next(8))
            : ("ces", _rng.NextDouble() < quality ? 1 + _rng.Next(3) : 3 + _rng.Next(5));
        surveys.Row("S" + (++_surveys).ToString("D10", System.Globalization.CultureInfo.InvariantCulture), id, kind, score, submitted);
    }

    private void Call(CsvOut calls, string team, string id, DateTimeOffset offered)
    {
        var callId = "C" + (++_calls).ToString("D10", System.Globalization.CultureInfo.InvariantCulture);
        if (_rng.Next(15) == 0)
        {
            calls.Row(callId, team, offered, null, null, true, null, null, null);
            return;
        }

        calls.Row(callId, team, offered, id, offered.AddSeconds(5 + _rng.Next(300)), false, 60 + _rng.Next(900), _rng.Next(120), 10 + _rng.Next(170));
    }

    private void Book(CsvOut accounts, CsvOut targets, string id)
    {
        for (var a = 0; a < 20; a++)
        {
            var status = _rng.Next(10) switch { 0 => "churned", 1 => "new", _ => "retained" };
            var arrStart = status == "new" ? 0 : 10_000 + 1_000 * _rng.Next(90);
            var arrEnd = status switch { "churned" => 0, "new" => 5_000 + 1_000 * _rng.Next(40), _ => arrStart * (90 + _rng.Next(30)) / 100 };
            accounts.Row(id, $"{id}-A{a + 1:D2}", period.Name, status, arrStart, arrEnd, 50 * _rng.Next(20));
        }

        targets.Row(id, period.Name, "nrr", 100);
    }
}
