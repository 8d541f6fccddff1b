using System.Diagnostics;
using System.Globalization;
using System.Text;
using Payout.Calc;
using Payout.Calc.Csv;
using Payout.Calc.Model;
using Payout.Excel;
using Payout.Rules.Audit;
using nietras.SeparatedValues;

namespace Payout.Cli.Bench;

/// <summary>The measured steps of <c>payout bench</c>; each runs in its own process so its peak memory is its own.</summary>
internal static class BenchSteps
{
    public static IEnumerable<string> Kpis(string data, Period period)
    {
        var files = Directory.GetFiles(data, "*.csv").Order(StringComparer.Ordinal).ToList();
        // Payout's reader: Sep with the run's limits checked on every record, each field's span touched.
        long ParseOnly()
        {
            long records = 0;
            long chars = 0;
            foreach (var file in files)
            {
                using var reader = new StreamReader(file, Encoding.UTF8);
                foreach (var row in CsvRows.Read(reader, Common.RunLimits.Default))
                {
                    records++;
                    for (var i = 0; i < row.Count; i++)
                    {
                        chars += row.Span(i).Length;
                    }
                }

                records--; // the header
            }

            return chars >= 0 ? records : 0;
        }

        // The field's fastest parser over the same files, each field's span touched: the floor a reader can reach.
        long SepParseOnly()
        {
            long records = 0;
            long chars = 0;
            foreach (var file in files)
            {
                using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(file);
                foreach (var row in reader)
                {
                    records++;
                    for (var i = 0; i < row.ColCount; i++)
                    {
                        chars += row[i].Span.Length;
                    }
                }
            }

            return chars >= 0 ? records : 0;
        }

        (int People, int Rejected) Engine()
        {
            var run = KpiCalculator.Compute(data, period, KpiOptions.Default);
            return (run.People.Count, run.Errors.Count);
        }

        // Rounds alternate (parse, engine, parse, engine, ...) and the best of each is kept, so a
        // noisy stretch on a shared machine falls on both sides of the ratio, not on one.
        (long Records, TimeSpan Time, TimeSpan)? parseBest = null;
        (long Records, TimeSpan Time, TimeSpan)? sepBest = null;
        ((int People, int Rejected) Counts, TimeSpan Time, TimeSpan)? engineBest = null;
        for (var round = 0; round < 3; round++)
        {
            parseBest = Faster(parseBest, Measure(ParseOnly));
            sepBest = Faster(sepBest, Measure(SepParseOnly));
            engineBest = Faster(engineBest, Measure(Engine));
        }

        var (records, parse, _) = parseBest!.Value;
        var (_, sep, _) = sepBest!.Value;
        var (counts, kpis, _) = engineBest!.Value;
        yield return Row("kpis: event rows", N(records), string.Empty);
        yield return Row("kpis: Payout's reader (Sep and the limits checks) parse-only rows/s", N(records / parse.TotalSeconds), string.Empty);
        yield return Row("kpis: KPI engine rows/s", N(records / kpis.TotalSeconds), string.Empty);
        yield return Row("kpis: engine ÷ Payout's reader parse-only time", Ratio(kpis / parse), string.Empty);
        yield return Row("kpis: Sep 0.17.1 parse-only rows/s", N(records / sep.TotalSeconds), string.Empty);
        yield return Row("kpis: engine ÷ Sep parse-only time", Ratio(kpis / sep), "≤ 1.3×");
        yield return Row("kpis: people / rejected rows", $"{N(counts.People)} / {N(counts.Rejected)}", string.Empty);
    }

    public static IEnumerable<string> Rules(string data, string rules, Period period, int threads)
    {
        var policy = RunPipeline.LoadPolicy(rules);
        var run = KpiCalculator.Compute(data, period, RunPipeline.KpiOptionsOf(policy));
        var teams = FactMapper.ToFacts(Calc.Kpis.TeamPooling.Pool(run.People, policy.TeamKpiNames));
        var facts = run.People.Select(p => FactMapper.ToFacts(p, [], teams, [], [])).ToList();
        var periodFacts = FactMapper.ToFacts(period);
        List<PersonResult> Engine() => facts.Select(f => policy.Evaluate(f, periodFacts)).ToList();
        List<PersonResult> Awards() => facts.Select(f => policy.Evaluate(f, periodFacts, explain: false)).ToList();
        List<PersonResult> Parallel() => facts.AsParallel().AsOrdered().WithDegreeOfParallelism(threads).Select(f => policy.Evaluate(f, periodFacts)).ToList();
        List<List<(string Rule, decimal Amount)>> Hand() => facts.Select(f => HandWrittenPolicy.Evaluate(f, periodFacts)).ToList();

        // JIT tiers and first-use caches are not what is measured: one untimed pass of each first.
        // Then three rounds, each timing every pass once in turn, keeping the best of each, so a
        // noisy stretch on a shared machine falls on every side of the ratios. Each timed pass keeps
        // its results, as a run does, until its clock stops; then they are dropped, so every pass
        // starts from the same heap. The awards are compared on one more, untimed, pass of each.
        var (engine, awards, parallel, hand) = (Engine(), Awards(), Parallel(), Hand());
        var same = engine.Zip(hand).All(x => Same(x.First, x.Second)) && engine.Zip(parallel).All(x => x.First.Lines.SequenceEqual(x.Second.Lines))
            && engine.Zip(awards).All(x => x.First.Lines.SequenceEqual(x.Second.Lines));
        (engine, awards, parallel, hand) = ([], [], [], []);
        // Each pass returns only its count, so its results are dropped once its clock stops.
        (int, TimeSpan, TimeSpan)? engineBest = null, awardsBest = null, parallelBest = null, handBest = null;
        for (var round = 0; round < 3; round++)
        {
            engineBest = Faster(engineBest, Measure(() => Engine().Count));
            awardsBest = Faster(awardsBest, Measure(() => Awards().Count));
            parallelBest = Faster(parallelBest, Measure(() => Parallel().Count));
            handBest = Faster(handBest, Measure(() => Hand().Count));
        }

        var (_, sequential, pause) = engineBest!.Value;
        var (_, awardsTime, awardsPause) = awardsBest!.Value;
        var (_, parallelTime, _) = parallelBest!.Value;
        var (_, handTime, _) = handBest!.Value;
        yield return Row("rules: people", N(facts.Count), string.Empty);
        yield return Row("rules: engine evaluations/s (1 thread)", N(facts.Count / sequential.TotalSeconds), string.Empty);
        yield return Row($"rules: engine evaluations/s ({threads} threads)", N(facts.Count / parallelTime.TotalSeconds), string.Empty);
        yield return Row("rules: hand-written evaluations/s (1 thread)", N(facts.Count / handTime.TotalSeconds), string.Empty);
        yield return Row("rules: engine evaluations/s, awards only (1 thread)", N(facts.Count / awardsTime.TotalSeconds), string.Empty);
        yield return Row("rules: engine ÷ hand-written time, with explanations (payout run)", Ratio(sequential / handTime), "≤ 3×");
        yield return Row("rules: engine ÷ hand-written time, awards only (payout run --no-explanations)", Ratio(awardsTime / handTime), string.Empty);
        yield return Row("rules: garbage collection pauses in the engine's time (1 thread), with explanations / awards only", $"{Percent(pause / sequential)} / {Percent(awardsPause / awardsTime)}", string.Empty);
        yield return Row("rules: same awards as hand-written; parallel = sequential = awards only", same ? "yes" : "NO", "yes");
    }

    /// <summary>
    /// The NRules step alone: Payout's (sessions, audit from session events, pay lines) against a
    /// bare NRules session running the same rules on the same facts with no audit; and the rules
    /// that depend on other people (team pooling, then every session) on all threads.
    /// </summary>
    public static IEnumerable<string> NRules(string data, string rules, Period period, int threads)
    {
        var policy = RunPipeline.LoadPolicy(rules);
        var run = KpiCalculator.Compute(data, period, RunPipeline.KpiOptionsOf(policy));
        var periodFacts = FactMapper.ToFacts(period);
        var alone = run.People.Select(p => FactMapper.ToFacts(p, [], new Dictionary<(string, string), IReadOnlyList<Rules.Facts.TeamKpi>>(), [], [])).ToList();
        var pooled = FactMapper.ToFacts(Calc.Kpis.TeamPooling.Pool(run.People, policy.TeamKpiNames));
        var facts = alone.Select(f => f with { TeamKpis = pooled.GetValueOrDefault((f.Team, f.Role)) ?? [] }).ToList();
        int Payout() => facts.Sum(f => policy.EvaluateCSharpRules(f, periodFacts, explain: true, bare: false));
        int Quiet() => facts.Sum(f => policy.EvaluateCSharpRules(f, periodFacts, explain: false, bare: false));
        int Bare() => facts.Sum(f => policy.EvaluateCSharpRules(f, periodFacts, explain: false, bare: true));
        int CrossPeople()
        {
            // From the people's KPIs (every run maps people to facts: not measured here): pool and
            // rank the teams, then every person's session with explanations, on all threads.
            var teams = FactMapper.ToFacts(Calc.Kpis.TeamPooling.Pool(run.People, policy.TeamKpiNames));
            return alone.AsParallel().WithDegreeOfParallelism(threads)
                .Sum(f => policy.EvaluateCSharpRules(f with { TeamKpis = teams.GetValueOrDefault((f.Team, f.Role)) ?? [] }, periodFacts, explain: true, bare: false));
        }

        _ = (Payout(), Quiet(), Bare(), CrossPeople()); // untimed: JIT and session factories
        (int, TimeSpan, TimeSpan)? payoutBest = null, quietBest = null, bareBest = null, crossBest = null;
        for (var round = 0; round < 3; round++)
        {
            payoutBest = Faster(payoutBest, Measure(Payout));
            quietBest = Faster(quietBest, Measure(Quiet));
            bareBest = Faster(bareBest, Measure(Bare));
            crossBest = Faster(crossBest, Measure(CrossPeople));
        }

        var (lines, payout, _) = payoutBest!.Value;
        var (_, quiet, _) = quietBest!.Value;
        var (_, bare, _) = bareBest!.Value;
        var (_, cross, _) = crossBest!.Value;
        yield return Row("nrules: C# rules / people / payout lines", $"{N(policy.Rules.Count(r => r.Workflow == "C#"))} / {N(facts.Count)} / {N(lines)}", string.Empty);
        yield return Row("nrules: person sessions/s, Payout's step (1 thread)", N(facts.Count / payout.TotalSeconds), string.Empty);
        yield return Row("nrules: person sessions/s, bare NRules session (1 thread)", N(facts.Count / bare.TotalSeconds), string.Empty);
        yield return Row("nrules: Payout's step ÷ bare NRules time, with explanations", Ratio(payout / bare), "≤ 1.5×");
        yield return Row("nrules: Payout's step ÷ bare NRules time, awards only", Ratio(quiet / bare), string.Empty);
        yield return Row($"nrules: rules across people (team pooling and every session, {threads} threads)", $"{cross.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s", "< 2 s at 100,000 people");
    }

    /// <summary>The workbook's report as a run builds it, less what needs the command line, the ledger or a lineage pass.</summary>
    private static RunReport RunReportOf(Period period, IReadOnlyList<PersonOutcome> people, KpiRun kpis, Rules.Policy policy) =>
        new(period, people, kpis.Inputs, policy.Files, [])
        {
            PolicyRules = policy.Rules,
            RoundPlaces = 2,
            KpiDefinitions = Calc.Kpis.KpiCatalog.Definitions(policy.Plan.ExternalKpis, policy.Plan.Composites.Keys),
        };

    public static IEnumerable<string> EndToEnd(string data, string rules, Period period, int threads)
    {
        var output = Path.Combine(Path.GetTempPath(), $"payout-bench-e2e-{Environment.ProcessId}.xlsx");
        var clock = Stopwatch.StartNew();
        var start = Collections.Now();
        try
        {
            var policy = RunPipeline.LoadPolicy(rules);
            var loaded = clock.Elapsed;
            // The run's own steps, each from its start to the next one's (the collection after each included).
            var steps = new StepClock(clock);
            var (kpis, people) = RunPipeline.Execute(policy, data, period, acceptRejects: true, threads, progress: steps);
            var (evaluated, atEvaluated) = (clock.Elapsed, Collections.Now());
            var (computed, atKpis) = steps.Starts[1];
            var liveAfterEvaluation = GC.GetGCMemoryInfo().HeapSizeBytes; // just collected (PhaseCollector): what the workbook starts from
            var sheets = new List<(string Name, int Rows, TimeSpan Time)>();
            PayoutWorkbook.Write(RunReportOf(period, people, kpis, policy), output,
                new Excel.Writing.XlsxWriter { SheetWritten = (name, rows, time) => sheets.Add((name, rows, time)) });
            clock.Stop();
            var atWritten = Collections.Now();
            string Seconds(TimeSpan t) => $"{t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s";
            yield return Row("end to end: loading the policy (rules compiled)", Seconds(loaded), string.Empty);
            yield return Row("end to end: KPIs", Seconds(computed - loaded), string.Empty);
            yield return Row("end to end: evaluation", Seconds(evaluated - computed), string.Empty);
            yield return Row("end to end: writing the workbook", Seconds(clock.Elapsed - evaluated), string.Empty);
            foreach (var (name, rows, time) in sheets.OrderByDescending(s => s.Time).Take(4))
            {
                yield return Row($"end to end: writing sheet {name}", $"{Seconds(time)}, {N(rows)} rows", string.Empty);
            }

            yield return Row("end to end: memory, policy and KPIs", (atKpis - start).ToString(), string.Empty);
            yield return Row("end to end: memory, evaluation", (atEvaluated - atKpis).ToString(), string.Empty);
            yield return Row("end to end: memory, workbook", (atWritten - atEvaluated).ToString(), string.Empty);
            yield return Row("end to end: managed heap as the workbook starts (after a full collection)", Mib(liveAfterEvaluation), string.Empty);
            yield return Row("end to end: people / event rows", $"{N(kpis.People.Count)} / {N(kpis.Inputs.Sum(i => (long)i.RowsRead))}", string.Empty);
            yield return Row("end to end: wall time", $"{clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s", "≤ 30 s");
            yield return Row("end to end: peak working set", Mib(Process.GetCurrentProcess().PeakWorkingSet64), "≤ 1 GB (954 MiB)");
            yield return Row("end to end: explanation rows", N(people.Sum(p => p.Result.Audit.Count)), string.Empty);
        }
        finally
        {
            File.Delete(output);
        }
    }

    /// <summary>
    /// A what-if (KPIs once, the current and a proposed policy evaluated without explanations, the
    /// comparison and its workbook) against one run (KPIs, the policy with explanations, the workbook),
    /// alternating, best of two each. The proposed policy is the current one with a plan parameter changed.
    /// </summary>
    public static IEnumerable<string> WhatIf(string data, string rules, Period period, int threads)
    {
        var policy = RunPipeline.LoadPolicy(rules);
        var proposed = policy; // the comparison's cost does not depend on how many people change
        var output = Path.Combine(Path.GetTempPath(), $"payout-bench-whatif-{Environment.ProcessId}.xlsx");
        int Run()
        {
            var (kpis, people) = RunPipeline.Execute(policy, data, period, acceptRejects: true, threads);
            PayoutWorkbook.Write(RunReportOf(period, people, kpis, policy), output);
            return people.Count;
        }

        int Diff()
        {
            var (kpis, before) = RunPipeline.Execute(policy, data, period, acceptRejects: true, threads, explain: false);
            var after = RunPipeline.Evaluate(proposed, kpis, data, period, threads, explain: false);
            Excel.WhatIf.WhatIfWorkbook.Write(Excel.WhatIf.WhatIfReport.Compare(period, rules, rules, before, after), output);
            return before.Count;
        }

        try
        {
            (int, TimeSpan, TimeSpan)? runBest = null, diffBest = null;
            for (var round = 0; round < 2; round++)
            {
                runBest = Faster(runBest, Measure(Run));
                diffBest = Faster(diffBest, Measure(Diff));
            }

            var (people, run, _) = runBest!.Value;
            var (_, diff, _) = diffBest!.Value;
            yield return Row("what-if: people", N(people), string.Empty);
            yield return Row("what-if: one run (KPIs, policy with explanations, workbook)", $"{run.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s", string.Empty);
            yield return Row("what-if: payout diff (KPIs once, two policies, comparison, workbook)", $"{diff.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s", string.Empty);
            yield return Row("what-if ÷ one run, time", Ratio(diff / run), "< 1.3×");
        }
        finally
        {
            File.Delete(output);
        }
    }

    /// <summary>Every person's statement written into a folder, on all threads, after the run that pays them (not timed).</summary>
    public static IEnumerable<string> Statements(string data, string rules, Period period, int threads)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"payout-bench-statements-{Environment.ProcessId}");
        try
        {
            var policy = RunPipeline.LoadPolicy(rules);
            var (kpis, people) = RunPipeline.Execute(policy, data, period, acceptRejects: true, threads);
            var report = new RunReport(period, people, kpis.Inputs, policy.Files, []) { PolicyRules = policy.Rules, PlanName = policy.Plan.Name, Company = policy.Plan.Payroll?.Company ?? string.Empty };
            threads = threads > 0 ? threads : Environment.ProcessorCount;
            // Three passes side by side: rendering to memory (Payout's cost), writing the folder, and the
            // file system alone writing as many files of the same size the same way (temporary name, rename).
            var rendered = Stopwatch.StartNew();
            long bytes = 0;
            Excel.Statements.Statements.Render(report, threads, (_, write) =>
            {
                using var memory = new MemoryStream();
                write(memory);
                Interlocked.Add(ref bytes, memory.Length);
            });
            rendered.Stop();
            var written = Stopwatch.StartNew();
            var count = Excel.Statements.Statements.Write(report, folder, threads);
            written.Stop();
            var size = (int)(bytes / Math.Max(1, count));
            var baseline = Path.Combine(folder, "baseline");
            Directory.CreateDirectory(baseline);
            var filesOnly = Stopwatch.StartNew();
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
                Common.TempFiles.Publish(Path.Combine(baseline, $"f{i}.xlsx"), s => s.Write(new byte[size]), removeStale: false));
            filesOnly.Stop();
            yield return Row("statements: people", N(count), string.Empty);
            yield return Row($"statements: rendered per second, in memory ({threads} threads)", N(count / rendered.Elapsed.TotalSeconds), string.Empty);
            yield return Row($"statements: written per second, to a folder ({threads} threads)", N(count / written.Elapsed.TotalSeconds), string.Empty);
            yield return Row($"statements: the file system alone, files of {N(size)} bytes per second ({threads} threads)", N(count / filesOnly.Elapsed.TotalSeconds), string.Empty);
            yield return Row("statements: writing ÷ the file system alone, time", (written.Elapsed / filesOnly.Elapsed).ToString("0.00", CultureInfo.InvariantCulture) + "×", string.Empty);
            yield return Row("statements: time to a folder", $"{written.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s", "< 60 s for 100,000 on 2 cores");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>One timed run of <paramref name="pass"/> from a collected heap, with the garbage collection pauses inside it.</summary>
    private static (T Result, TimeSpan Time, TimeSpan GcPause) Measure<T>(Func<T> pass)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var paused = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        var result = pass();
        var time = clock.Elapsed;
        return (result, time, GC.GetTotalPauseDuration() - paused);
    }

    /// <summary>The faster of the best so far and a new round (the earlier on a tie).</summary>
    private static (T Result, TimeSpan Time, TimeSpan GcPause) Faster<T>((T Result, TimeSpan Time, TimeSpan GcPause)? best, (T Result, TimeSpan Time, TimeSpan GcPause) round) =>
        best is { } b && b.Time <= round.Time ? b : round;

    public static string Row(string measure, string value, string goal) => $"| {measure} | {value} | {goal} |";

    public static string N(double value) => value.ToString("#,##0", CultureInfo.InvariantCulture);

    public static string Mib(long bytes) => (bytes / 1048576.0).ToString("#,##0", CultureInfo.InvariantCulture) + " MiB";

    private static string Percent(double share) => share.ToString("0 %", CultureInfo.InvariantCulture);

    private static string Ratio(double ratio) => ratio.ToString("0.00", CultureInfo.InvariantCulture) + "×"; // two places: 1.54× must not read as meeting 1.5×

    private static bool Same(PersonResult engine, List<(string Rule, decimal Amount)> hand) =>
        engine.Lines.Select(l => (l.Rule, l.Amount)).Order().SequenceEqual(hand.Order());
}
