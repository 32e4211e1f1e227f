using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parallax.Eval.Framing;
using Parallax.Eval.Ledger;
using Parallax.Extraction;
using Parallax.Framing;
using Parallax.Ledger;
using Parallax.Model;
using Parallax.Pipeline;
using Parallax.Reports;
using Parallax.Stories;

namespace Parallax.Cli.Commands;

/// <summary>
/// `parallax eval ledger`: the story ledger measured. --basil scores the framing views against BASIL's bias spans;
/// --seeds and --samples print the conflicts found in each story of a folder of reports.
/// </summary>
internal static partial class EvalLedgerCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create()
    {
        var basil = new Option<DirectoryInfo?>("--basil")
        {
            Description = "The BASIL folder (articles/<year>/*.json, annotations/<year>/*_ann.json), e.g. ../shared/data/framing/basil.",
        };
        var seeds = new Option<DirectoryInfo?>("--seeds") { Description = "A folder of reports (e.g. ../shared/seeds): print the conflicts of each story." };
        var samples = new Option<DirectoryInfo?>("--samples") { Description = "A folder of reports (e.g. samples/): print the conflicts of each story." };
        var folder = new Option<DirectoryInfo?>("--folder")
        {
            Description = "Any folder of reports (e.g. eval/neighbours): print the conflicts of each story; with --folder-expect, score them and the stories.",
        };
        var folderExpect = new Option<FileInfo?>("--folder-expect")
        {
            Description = "Conflicts the --folder folder is known to hold, and optionally which event each report tells " +
                "(\"reports\": [{\"title\", \"event\"}], \"together\": events that may share a story), e.g. eval/expected/neighbours-conflicts.json: " +
                "prints found, missed and false conflicts, conflicts between different events, and events split or mixed across stories.",
        };
        var folderClaims = new Option<FileInfo?>("--folder-claims") { Description = "Claim gold of the --folder folder (for --claim-gold)." };
        var oneStory = new Option<bool>("--one-story")
        {
            Description = "With --folder: analyse every report of the folder as one story instead of clustering them (a stress test: no conflict may arise between different events told in one story).",
        };
        var seedsExpect = GoldFile("--seeds-expect", "Conflicts the --seeds folder is known to hold (default eval/expected/seeds-conflicts.json when present): prints found, missed and false conflicts.", "seeds-conflicts.json");
        var samplesExpect = GoldFile("--samples-expect", "Conflicts the --samples folder is known to hold (default eval/expected/samples-conflicts.json when present).", "samples-conflicts.json");
        var split = new Option<string>("--split")
        {
            Description = "BASIL triplets to score: dev (2010-2014, for tuning), test (2015-2019, held out) or all.",
            DefaultValueFactory = _ => "all",
        };
        split.AcceptOnlyFromAmong("dev", "test", "all");
        var claims = new Option<bool>("--claims")
        {
            Description = "With --seeds, --samples or --basil: also list every claim more than one report states, with each report's clause, and (with --basil) every quotation more than one outlet carries, with each outlet's wording (for checking the alignment by hand).",
        };
        var (positions, seedsPositions, samplesPositions) = PositionOptions();
        var sweep = new Option<bool>("--sweep") { Description = "Score the novelty threshold from 0 to 0.9 in steps of 0.1 (tune on dev only)." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("ledger",
            "Measure the story ledger: on BASIL (--basil), how many informational-bias spans the 'only this outlet reports' view " +
            "recovers against all sentences as the baseline, and lexical-bias spans against the loaded-words view; on report " +
            "folders (--seeds, --samples), the conflicts found per story.")
        {
            basil, split, sweep, seeds, samples, folder, oneStory, seedsExpect, samplesExpect, folderExpect, folderClaims, claims, positions, seedsPositions, samplesPositions, format,
        };
        // Claim alignment against a gold of multi-report facts (EvalClaimAlignment), with a bag-of-words peer.
        var claimGold = new Option<bool>("--claim-gold")
        {
            Description = "With --seeds or --samples: score the claims aligned across reports against the folder's claim gold (pair precision, recall, F1, facts recalled; missed and unmatched pairs) next to a bag-of-words sentence aligner.",
        };
        var seedsClaims = GoldFile("--seeds-claims", "Claim gold of the --seeds folder (default eval/expected/seeds-claims.json when present).", "seeds-claims.json");
        var samplesClaims = GoldFile("--samples-claims", "Claim gold of the --samples folder (default eval/expected/samples-claims.json when present).", "samples-claims.json");
        command.Options.Add(claimGold);
        command.Options.Add(seedsClaims);
        command.Options.Add(samplesClaims);
        command.SetAction((parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var json = parse.GetValue(format) == "json";
            var any = false;
            try
            {
                if (parse.GetValue(basil) is { } b)
                {
                    any = true;
                    PrintBasil(output, b, parse.GetValue(split)!, parse.GetValue(sweep), json, parse.GetValue(claims), ct);
                }
                foreach (var (dir, expect, gold, claimsGold, claimsOption, together) in new[]
                {
                    (parse.GetValue(seeds), parse.GetValue(seedsExpect), parse.GetValue(seedsPositions), parse.GetValue(seedsClaims), "--seeds-claims", false),
                    (parse.GetValue(samples), parse.GetValue(samplesExpect), parse.GetValue(samplesPositions), parse.GetValue(samplesClaims), "--samples-claims", false),
                    (parse.GetValue(folder), parse.GetValue(folderExpect), null, parse.GetValue(folderClaims), "--folder-claims", parse.GetValue(oneStory)),
                })
                {
                    if (dir is null)
                    {
                        continue;
                    }
                    any = true;
                    // Each folder is analysed once for every view asked of it.
                    var analysed = AnalysedFolder.Read(dir, ct, together);
                    if (parse.GetValue(positions))
                    {
                        PrintPositions(output, analysed, gold, json);
                    }
                    else
                    {
                        PrintConflicts(output, analysed, expect, json, parse.GetValue(claims));
                    }
                    if (parse.GetValue(claimGold))
                    {
                        EvalClaimAlignment.Print(output, analysed, claimsGold ?? throw new FileNotFoundException(
                            $"no claim gold for {dir.FullName}: give {claimsOption} FILE (or run from the repository root, where eval/expected/ holds the defaults)"), json);
                    }
                }
            }
            catch (Exception e) when (e is IOException or FormatException or JsonException)
            {
                error.WriteLine("parallax eval ledger: " + e.Message);
                return Task.FromResult(2);
            }
            if (!any)
            {
                error.WriteLine("parallax eval ledger: give at least one of --basil DIR, --seeds DIR, --samples DIR, --folder DIR (e.g. --basil ../shared/data/framing/basil)");
                return Task.FromResult(1);
            }
            return Task.FromResult(0);
        });
        return command;
    }

    private static FileInfo? Existing(string path) => File.Exists(path) ? new FileInfo(path) : null;

    /// <summary>A folder of reports read and analysed as `analyze` does, once for every view scored on it.</summary>
    internal sealed record AnalysedFolder(DirectoryInfo Dir, Dossier Dossier)
    {
        public static AnalysedFolder Read(DirectoryInfo dir, CancellationToken ct, bool oneStory = false)
        {
            if (!dir.Exists)
            {
                throw new DirectoryNotFoundException($"'{dir.FullName}' does not exist; give a folder of reports (.txt, .html, .htm, .json, .jsonl)");
            }
            // One story: a clusterer that joins every report to the first (no threshold, no window, no occasion).
            var analyzer = new Analyzer(DefaultPipeline.Create())
            {
                Clusterer = oneStory
                    ? new StoryClusterer { Threshold = double.NegativeInfinity, MaxDaysApart = int.MaxValue, MaxLeadDaysApart = int.MaxValue }
                    : new StoryClusterer(),
            };
            var inputs = ArticleReader.Read([dir.FullName], ct).ToList();
            if (!inputs.Any(i => i is Extracted.Ok))
            {
                throw new FileNotFoundException($"no report could be read in '{dir.FullName}'; give a folder of reports (.txt, .html, .htm, .json, .jsonl)");
            }
            return new(dir, analyzer.Analyze(inputs, cancellationToken: ct));
        }
    }

    /// <summary>An option naming a gold file, by default eval/expected/<paramref name="file"/> when it is there.</summary>
    private static Option<FileInfo?> GoldFile(string name, string description, string file) =>
        new(name) { Description = description, DefaultValueFactory = _ => Existing(Path.Combine("eval", "expected", file)) };

    private static void PrintBasil(TextWriter output, DirectoryInfo dir, string split, bool sweep, bool json, bool listClaims, CancellationToken ct)
    {
        if (!dir.Exists)
        {
            throw new DirectoryNotFoundException($"'{dir.FullName}' does not exist; give the BASIL folder, e.g. --basil ../shared/data/framing/basil");
        }
        var triplets = Basil.Read(dir.FullName, ct)
            .Where(t => split == "all" || Basil.IsDevYear(t.Year) == (split == "dev")).ToList();
        var settings = sweep
            ? Enumerable.Range(0, 10).Select(i => new FramingOptions { MinNovelty = i / 10.0 }).ToList()
            : [FramingOptions.Default];
        var scores = BasilEvaluation.Run(triplets, DefaultPipeline.Create(), new StoryAnalyzer(), settings, ct);
        if (json)
        {
            static object P(SpanScore x) => new
            {
                gold = x.Gold, goldFound = x.GoldFound, items = x.Items, itemsHolding = x.ItemsHolding,
                recall = Math.Round(x.Recall, 4), precision = Math.Round(x.Precision, 4), f1 = Math.Round(x.F1, 4),
            };
            output.WriteLine(JsonSerializer.Serialize(scores.Select(s => new
            {
                split, triplets = s.Triplets, articles = s.Articles, unplacedAnnotations = s.Unplaced, minNovelty = s.MinNovelty,
                exclusive = P(s.Exclusive), allSentences = P(s.AllSentences), chanceRecall = Math.Round(s.ChanceRecall, 4),
                lift = Math.Round(s.Lift, 3),
                exclusiveBySource = s.ExclusiveBySource.ToDictionary(x => x.Key, x => P(x.Value)),
                loaded = P(s.Loaded), loadedOutsideQuotes = P(s.LoadedOutsideQuotes), loadedBaseline = P(s.LoadedBaseline),
                conflicts = s.Conflicts.Select(c => new
                {
                    @event = c.Event, kind = c.Conflict.Kind.ToString().ToLowerInvariant(), subject = c.Conflict.Subject,
                    importance = c.Conflict.Importance,
                    values = c.Conflict.Values.Select((v, i) => new { value = v.Value, outlets = c.Outlets[i] }),
                }),
                claims = s.ClaimCount,
                aligned = s.Aligned.Select(c => new
                {
                    @event = c.Event, status = c.Status.ToString().ToLowerInvariant(),
                    clauses = c.Clauses.Select(x => new { outlet = x.Outlet, clause = x.Clause }),
                }),
                quotations = s.Quotations.Select(q => new
                {
                    @event = q.Event, speaker = q.Speaker,
                    wordings = q.Wordings.Select(x => new { outlet = x.Outlet, wording = x.Wording }),
                }),
            }), Indented));
            return;
        }
        foreach (var s in scores)
        {
            output.WriteLine(Inv($"BASIL {split}: {s.Triplets} triplets, {s.Articles} articles ({s.Unplaced} annotations not in the body, e.g. of the title, left out); novelty threshold {s.MinNovelty:0.0}"));
            output.WriteLine(Inv($"informational-bias spans in 'only this outlet reports' sentences: recall {s.Exclusive.Recall:0.000} ({s.Exclusive.GoldFound}/{s.Exclusive.Gold}; chance {s.ChanceRecall:0.000}), precision {s.Exclusive.Precision:0.000} ({s.Exclusive.ItemsHolding}/{s.Exclusive.Items} sentences)"));
            output.WriteLine(Inv($"baseline, all sentences: recall {s.AllSentences.Recall:0.000}, precision {s.AllSentences.Precision:0.000} ({s.AllSentences.ItemsHolding}/{s.AllSentences.Items}); lift {s.Lift:0.00}"));
            foreach (var (source, x) in s.ExclusiveBySource)
            {
                output.WriteLine(Inv($"  {source}: recall {x.Recall:0.000} ({x.GoldFound}/{x.Gold}), precision {x.Precision:0.000} ({x.ItemsHolding}/{x.Items})"));
            }
            output.WriteLine(Inv($"lexical-bias spans holding a loaded word: recall {s.Loaded.Recall:0.000} ({s.Loaded.GoldFound}/{s.Loaded.Gold}), precision {s.Loaded.Precision:0.000} ({s.Loaded.ItemsHolding}/{s.Loaded.Items} words)"));
            output.WriteLine(Inv($"  lexical spans outside quotes: recall {s.LoadedOutsideQuotes.Recall:0.000} ({s.LoadedOutsideQuotes.GoldFound}/{s.LoadedOutsideQuotes.Gold}), precision {s.LoadedOutsideQuotes.Precision:0.000}"));
            output.WriteLine(Inv($"  baseline, every content word outside quotes: recall {s.LoadedBaseline.Recall:0.000}, precision {s.LoadedBaseline.Precision:0.000} ({s.LoadedBaseline.ItemsHolding}/{s.LoadedBaseline.Items} words)"));
            output.WriteLine(Inv($"conflicts flagged between the outlets of one event (no gold; judge each): {s.Conflicts.Count}"));
            foreach (var c in s.Conflicts)
            {
                output.WriteLine(Inv($"  {c.Event} {c.Conflict.Kind.ToString().ToLowerInvariant()}: {c.Conflict.Subject}: ") +
                    string.Join(" | ", c.Conflict.Values.Select((v, i) => $"{v.Value} ({string.Join(",", c.Outlets[i])})")));
            }
            output.WriteLine(Inv($"claims: {s.ClaimCount}; stated by more than one outlet (no gold; judge each): {s.Aligned.Count}"));
            if (listClaims)
            {
                foreach (var c in s.Aligned)
                {
                    output.WriteLine(Inv($"  {c.Event} [{c.Status.ToString().ToLowerInvariant()}]"));
                    foreach (var (outlet, clause) in c.Clauses)
                    {
                        output.WriteLine(Inv($"    {outlet}: {clause}"));
                    }
                }
            }
            output.WriteLine(Inv($"quotations: stated by more than one outlet (no gold; judge each): {s.Quotations.Count}"));
            if (listClaims)
            {
                foreach (var q in s.Quotations)
                {
                    output.WriteLine(Inv($"  {q.Event}: {q.Speaker ?? "(no speaker)"}"));
                    foreach (var (outlet, wording) in q.Wordings)
                    {
                        output.WriteLine(Inv($"    {outlet}: {wording}"));
                    }
                }
            }
        }
    }

    /// <summary>
    /// The conflicts of each story of a folder of reports, read and analysed as `analyze` does; with an expectation
    /// file (<c>{"conflicts": [{"kind", "values"}]}</c>), also the expected conflicts found and missed and the false
    /// conflicts (found but not expected), the figure the ledger aims to keep at zero.
    /// </summary>
    internal static void PrintConflicts(TextWriter output, AnalysedFolder folder, FileInfo? expect, bool json, bool listClaims)
    {
        var (dir, dossier) = folder;
        var outlet = new ReportText(dossier);
        var conflicts = dossier.Stories.SelectMany(s => s.Conflicts).ToList();
        var expected = expect is null ? null : ConflictExpectations.Read(expect.FullName);
        var score = expected is null ? null : ConflictExpectations.Score(conflicts, expected);
        var gold = expect is null ? null : EventGold.Read(expect.FullName);
        var events = gold is null ? null : EventExpectations.Score(dossier, gold, expected!);
        var eventOf = dossier.Articles.ToDictionary(a => a.Id, a => a.Title is { } t && gold?.EventOfTitle.TryGetValue(t, out var e) == true ? e : null, StringComparer.Ordinal);
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                folder = dir.FullName,
                stories = dossier.Stories.Select(s => new
                {
                    title = s.Title,
                    reports = s.Articles.Select(outlet.Outlet),
                    conflicts = s.Conflicts.Select(c => new
                    {
                        kind = c.Kind.ToString().ToLowerInvariant(),
                        subject = c.Subject,
                        values = c.Values.Select(v => new { value = v.Value, outlets = v.Articles.Select(outlet.Outlet) }),
                    }),
                }),
                expected = score?.Expected,
                found = score?.Found.Count,
                missed = score?.Missed.Select(m => new { kind = m.Kind.ToString().ToLowerInvariant(), values = m.Values }),
                falseConflicts = score?.False.Select(f => new { kind = f.Kind.ToString().ToLowerInvariant(), subject = f.Subject }),
                events = events is null ? null : new
                {
                    stories = events.Stories.Select(s => new { title = s.Story, events = s.Events }),
                    splitEvents = events.SplitEvents,
                    mixedStories = events.MixedStories,
                    crossEventConflicts = events.CrossEvent.Select(f => new { kind = f.Kind.ToString().ToLowerInvariant(), subject = f.Subject }),
                    extraValueConflicts = events.ExtraValues.Select(f => new { kind = f.Kind.ToString().ToLowerInvariant(), subject = f.Subject }),
                    falseConflicts = score!.False.Union(events.False).Count(),
                    unknownReports = events.UnknownReports,
                },
            }, Indented));
            return;
        }
        output.WriteLine(Inv($"{dir.FullName}: {dossier.Articles.Count} reports, {dossier.Stories.Count} stories"));
        foreach (var s in dossier.Stories)
        {
            output.WriteLine(Inv($"- {s.Title} ({s.Articles.Count} reports, {s.Conflicts.Count} conflicts)"));
            if (gold is not null)
            {
                foreach (var a in s.Articles)
                {
                    output.WriteLine(Inv($"  report [{eventOf[a] ?? "no event in the gold"}] {outlet.Outlet(a)}: {dossier.Articles.First(x => x.Id == a).Title}"));
                }
            }
            output.WriteLine(Inv($"  claims: {s.Claims.Count} ({s.Claims.Count(c => c.Status == ClaimStatus.Corroborated)} corroborated, {s.Claims.Count(c => c.Status == ClaimStatus.SingleSource)} single-source, {s.Claims.Count(c => c.Status == ClaimStatus.Contested)} contested; {s.Claims.Count(c => c.Articles.Count > 1)} stated by more than one report)"));
            foreach (var c in s.Conflicts)
            {
                output.WriteLine(Inv($"  {c.Kind.ToString().ToLowerInvariant()}: {c.Subject}"));
                foreach (var v in c.Values)
                {
                    output.WriteLine(Inv($"    {v.Value} — {outlet.Outlets(v.Articles)}"));
                }
            }
            if (listClaims)
            {
                foreach (var c in s.Claims.Where(c => c.Articles.Count > 1))
                {
                    output.WriteLine(Inv($"  claim [{ReportText.Status(c.Status)}] {c.Text}"));
                    foreach (var e in c.Evidence)
                    {
                        output.WriteLine(Inv($"    {outlet.Outlet(e.Article)}: {outlet.Quote(e)}"));
                    }
                }
            }
        }
        if (score is not null)
        {
            output.WriteLine(Inv($"expected conflicts found: {score.Found.Count}/{score.Expected}; false conflicts: {score.False.Count}"));
            foreach (var m in score.Missed)
            {
                output.WriteLine(Inv($"  missed {m.Kind.ToString().ToLowerInvariant()}: {string.Join(" / ", m.Values)}"));
            }
            foreach (var f in score.False)
            {
                output.WriteLine(Inv($"  false {f.Kind.ToString().ToLowerInvariant()}: {f.Subject}"));
            }
        }
        if (score is not null && events is not null)
        {
            // A conflict is false when it matches no expectation, sets two events against each other, or adds another event's value.
            output.WriteLine(Inv($"events: {events.SplitEvents.Count} split across stories{Listed(events.SplitEvents)}; {events.MixedStories.Count} stories mixing events that are not one story{Listed(events.MixedStories)}"));
            output.WriteLine(Inv($"conflicts between different events: {events.CrossEvent.Count}; matching an expected conflict but with another event's value: {events.ExtraValues.Count}"));
            foreach (var f in events.False)
            {
                output.WriteLine(Inv($"  across events {f.Kind.ToString().ToLowerInvariant()}: {f.Subject}: {string.Join(" | ", f.Values.Select(v => $"{v.Value} ({outlet.Outlets(v.Articles)})"))}"));
            }
            output.WriteLine(Inv($"false conflicts, all causes: {score.False.Union(events.False).Count()}; expected found {score.Found.Count}/{score.Expected} and not mixed with another event: {score.Found.Count(e => !events.False.Any(f => ConflictExpectations.Matches(f, e)))}"));
            foreach (var u in events.UnknownReports)
            {
                output.WriteLine(Inv($"  report not in the gold: {u}"));
            }
        }
    }

    private static string Listed(IReadOnlyList<string> items) => items.Count == 0 ? "" : " (" + string.Join("; ", items) + ")";

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
