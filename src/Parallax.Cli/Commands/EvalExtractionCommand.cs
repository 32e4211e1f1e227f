using System.CommandLine;
using System.Text.Json;
using Parallax.Eval.Extraction;

namespace Parallax.Cli.Commands;

/// <summary>`parallax eval extraction`: main-text extraction scored on the scrapinghub and trafilatura sets.</summary>
internal static class EvalExtractionCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "Folder holding scrapinghub-dev/ and trafilatura-eval/ (default: ../shared/data/extraction)" };
        var set = new Option<string>("--set") { Description = "scrapinghub, trafilatura or all", DefaultValueFactory = _ => "all" };
        set.AcceptOnlyFromAmong("scrapinghub", "trafilatura", "all");
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var limit = new Option<int?>("--limit") { Description = "Score only the first N pages of each set" }.AtLeast(1);
        var pages = new Option<bool>("--pages") { Description = "List every page's scores (worst first) with the snippets missed and kept unwanted" };
        var predictions = new Option<string?>("--predictions") { Description = "Score another extractor's output ({id: {articleBody}} JSON) on the scrapinghub set instead of Parallax" };
        var command = new Command("extraction", "Score main-text extraction: scrapinghub (word 4-gram shingles) and trafilatura (snippets).")
        {
            data, set, format, limit, pages, predictions,
        };
        command.SetAction((parseResult, ct) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var root = parseResult.GetValue(data) ?? FindDefault();
            if (root is null || !Directory.Exists(root))
            {
                error.WriteLine($"no extraction data at '{root ?? "../shared/data/extraction"}': give --data DIR with scrapinghub-dev/ and/or trafilatura-eval/");
                return Task.FromResult(2);
            }
            var which = parseResult.GetValue(set);
            var reports = new List<ExtractionReport>();
            var scrapinghub = Path.Combine(root, "scrapinghub-dev");
            var trafilatura = Path.Combine(root, "trafilatura-eval");
            if (which is "scrapinghub" or "all" && File.Exists(Path.Combine(scrapinghub, "ground-truth.json")))
            {
                Dictionary<string, string>? other;
                try
                {
                    other = parseResult.GetValue(predictions) is { } path ? ExtractionEvaluation.ReadPredictions(path) : null;
                }
                catch (Exception e) when (e is IOException or FormatException)
                {
                    error.WriteLine($"parallax eval extraction: {e.Message}");
                    return Task.FromResult(2);
                }
                reports.Add(ExtractionEvaluation.ScoreShingles(scrapinghub, ct, parseResult.GetValue(limit), other));
            }
            if (which is "trafilatura" or "all" && parseResult.GetValue(predictions) is null && File.Exists(Path.Combine(trafilatura, "evaldata.json")))
            {
                reports.Add(ExtractionEvaluation.ScoreSnippets(trafilatura, ct, parseResult.GetValue(limit)));
            }
            if (reports.Count == 0)
            {
                error.WriteLine($"'{root}' holds neither scrapinghub-dev/ground-truth.json nor trafilatura-eval/evaldata.json");
                return Task.FromResult(2);
            }
            if (parseResult.GetValue(format) == "json")
            {
                var json = reports.Select(r => new
                {
                    r.Data, r.Metric, r.Precision, r.Recall, r.F1, r.Pages, r.Failed, r.Seconds, r.PagesPerSecond,
                    Dates = r.Dates is { } d ? new { d.Known, d.Correct, d.Missing, d.Accuracy } : null,
                    PerPage = parseResult.GetValue(pages) ? r.PerPage : null,
                });
                output.WriteLine(JsonSerializer.Serialize(json, ExtractCommand.Json));
                return Task.FromResult(0);
            }
            foreach (var r in reports)
            {
                output.WriteLine($"{r.Data}");
                output.WriteLine($"  {r.Metric}: precision {r.Precision:F4}  recall {r.Recall:F4}  F1 {r.F1:F4}  ({r.Pages} pages, {r.Failed} rejected, {r.PagesPerSecond:F1} pages/s)");
                if (r.Dates is { Known: > 0 } d)
                {
                    output.WriteLine($"  publication date (day) vs {(r.Metric.StartsWith("word", StringComparison.Ordinal) ? "the date in the URL" : "the gold date")}: {d.Correct}/{d.Known} = {d.Accuracy:F3} ({d.Missing} without a date)");
                }
                if (parseResult.GetValue(pages))
                {
                    foreach (var p in r.PerPage.OrderBy(p => Math.Min(p.Precision ?? 0, p.Recall ?? 0)))
                    {
                        output.WriteLine($"    P {p.Precision,6:F3}  R {p.Recall,6:F3}  {Path.GetFileName(p.File)}  {p.Error}");
                        foreach (var m in p.Missed ?? [])
                        {
                            output.WriteLine($"      missed:   {m}");
                        }
                        foreach (var u in p.Unwanted ?? [])
                        {
                            output.WriteLine($"      unwanted: {u}");
                        }
                    }
                }
            }
            return Task.FromResult(0);
        });
        return command;
    }

    private static string? FindDefault()
    {
        var env = Environment.GetEnvironmentVariable("PARALLAX_SHARED");
        if (!string.IsNullOrEmpty(env))
        {
            return Path.Combine(env, "data", "extraction");
        }
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "data", "extraction");
            if (Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }
        return null;
    }
}
