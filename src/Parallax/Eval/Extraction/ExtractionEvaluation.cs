using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Parallax.Extraction;
using Parallax.Storage;

namespace Parallax.Eval.Extraction;

/// <summary>One scored page; on the snippet set, the snippets that were missed and those kept that should not have been.</summary>
public sealed record PageScore(string Id, string File, double? Precision, double? Recall, string? Error,
    IReadOnlyList<string>? Missed = null, IReadOnlyList<string>? Unwanted = null);

/// <summary>Scores of one data set.</summary>
public sealed record ExtractionReport(
    string Data, string Metric, double Precision, double Recall, double F1, int Pages, int Failed, double Seconds,
    DateAccuracy? Dates, IReadOnlyList<PageScore> PerPage)
{
    public double PagesPerSecond => Seconds > 0 ? Pages / Seconds : 0;
}

/// <summary>Publication dates against gold dates (here: the date printed in the article's URL path, where there is one).</summary>
public sealed record DateAccuracy(int Known, int Correct, int Missing)
{
    public double Accuracy => Known > 0 ? (double)Correct / Known : 0;
}

/// <summary>
/// Scores Parallax's HTML extraction on the two extraction sets of ../shared/data/extraction (or your own data in the
/// same layout): <c>scrapinghub</c> (<c>ground-truth.json</c> with <c>{id: {articleBody, url}}</c> and <c>html/ID.html.gz</c>)
/// and <c>trafilatura</c> (<c>evaldata.json</c> with, per URL, the file and the snippets that must and must not appear).
/// </summary>
public static partial class ExtractionEvaluation
{
    private static readonly string[] SnippetFolders = ["eval", "cache", ""];

    [GeneratedRegex(@"/(?<y>(?:19|20)\d\d)/(?<m>[01]\d)/(?<d>[0-3]\d)/", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();

    /// <summary>Scrapinghub layout: word 4-gram shingle precision/recall per page, averaged; F1 from the averages.</summary>
    /// <param name="folder">Holds ground-truth.json and html/ID.html.gz.</param>
    /// <param name="ct">Cancellation.</param>
    /// <param name="limit">Score only the first N pages.</param>
    /// <param name="predictions">Another extractor's output ({id: {articleBody}}) to score instead of Parallax's.</param>
    public static ExtractionReport ScoreShingles(string folder, CancellationToken ct, int? limit = null, IReadOnlyDictionary<string, string>? predictions = null)
    {
        var truthPath = Path.Combine(folder, "ground-truth.json");
        using var truth = JsonDocument.Parse(File.ReadAllText(truthPath));
        var scores = new List<ShingleCounts>();
        var pages = new List<PageScore>();
        int failed = 0, known = 0, correct = 0, missing = 0;
        var watch = new Stopwatch();
        foreach (var entry in truth.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal).Take(limit ?? int.MaxValue))
        {
            ct.ThrowIfCancellationRequested();
            var gold = entry.Value.TryGetProperty("articleBody", out var body) ? body.GetString() ?? "" : "";
            var file = Path.Combine(folder, "html", entry.Name + ".html.gz");
            if (!File.Exists(file))
            {
                continue; // a page whose HTML is not shipped (held out) is not scored
            }
            if (predictions is not null)
            {
                var other = ShingleMatch.Score(gold, predictions.GetValueOrDefault(entry.Name) ?? "");
                scores.Add(other);
                pages.Add(new PageScore(entry.Name, file, other.Precision, other.Recall, null));
                continue;
            }
            watch.Start();
            var result = ArticleReader.ReadFile(file, ct).First();
            watch.Stop();
            string predicted = "";
            string? error = null;
            if (result is Extracted.Ok ok)
            {
                predicted = ok.Article.Body;
                var url = entry.Value.TryGetProperty("url", out var u) ? u.GetString() : null;
                if (url is not null && UrlDate().Match(url) is { Success: true } m)
                {
                    known++;
                    var goldDate = new DateOnly(int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture),
                        int.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture),
                        int.Parse(m.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture));
                    if (ok.Article.Published is not { } p)
                    {
                        missing++;
                    }
                    else if (DateOnly.FromDateTime(p.DateTime) == goldDate)
                    {
                        correct++;
                    }
                }
            }
            else
            {
                failed++;
                error = ((Extracted.Rejected)result).Detail;
            }
            var score = ShingleMatch.Score(gold, predicted);
            scores.Add(score);
            pages.Add(new PageScore(entry.Name, file, score.Precision, score.Recall, error));
        }
        var agg = ShingleMatch.Aggregate(scores);
        return new ExtractionReport(folder, "word 4-gram shingles, P/R averaged per page", agg.Precision, agg.Recall, agg.F1,
            pages.Count, failed, watch.Elapsed.TotalSeconds, new DateAccuracy(known, correct, missing), pages);
    }

    /// <summary>Reads another extractor's output: a JSON object {id: {articleBody: text}}.</summary>
    public static Dictionary<string, string> ReadPredictions(string path)
    {
        using var doc = JsonFiles.Parse(path, JsonValueKind.Object, "an object {id: {\"articleBody\": text}}");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in doc.RootElement.EnumerateObject())
        {
            result[entry.Name] = entry.Value.ValueKind == JsonValueKind.Object && entry.Value.TryGetProperty("articleBody", out var body)
                ? body.GetString() ?? ""
                : entry.Value.ValueKind == JsonValueKind.String ? entry.Value.GetString() ?? "" : "";
        }
        return result;
    }

    /// <summary>Trafilatura layout: snippets that must appear (TP/FN) and must not appear (FP/TN), summed over pages.</summary>
    public static ExtractionReport ScoreSnippets(string folder, CancellationToken ct, int? limit = null)
    {
        using var data = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "evaldata.json")));
        int tp = 0, fn = 0, fp = 0, tn = 0, failed = 0, knownDates = 0, correctDates = 0, missingDates = 0;
        var pages = new List<PageScore>();
        var watch = new Stopwatch();
        foreach (var entry in data.RootElement.EnumerateObject().Take(limit ?? int.MaxValue))
        {
            ct.ThrowIfCancellationRequested();
            var name = entry.Value.GetProperty("file").GetString() ?? "";
            var file = SnippetFolders.Select(d => Path.Combine(folder, d, name)).FirstOrDefault(File.Exists);
            string text = "";
            string? error = null;
            if (file is null)
            {
                error = $"{name}: not found under eval/ or cache/";
                failed++;
            }
            else
            {
                watch.Start();
                var result = ArticleReader.ReadBytes(File.ReadAllBytes(file), file, InputKind.Html, entry.Name, null, ct).First();
                watch.Stop();
                if (result is Extracted.Ok ok)
                {
                    text = Visible(ok.Article.Body.Replace("\n", " ", StringComparison.Ordinal));
                    // Gold publication dates, where the set gives one ("date": "2020-01-13"): the calendar day printed by the page.
                    if (entry.Value.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String
                        && DateOnly.TryParseExact(d.GetString(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var goldDate))
                    {
                        knownDates++;
                        if (ok.Article.Published is not { } published)
                        {
                            missingDates++;
                        }
                        else if (DateOnly.FromDateTime(published.DateTime) == goldDate)
                        {
                            correctDates++;
                        }
                    }
                }
                else
                {
                    failed++;
                    error = ((Extracted.Rejected)result).Detail;
                }
            }
            int ptp = 0, pfn = 0, pfp = 0, ptn = 0;
            var missed = new List<string>();
            var unwanted = new List<string>();
            foreach (var s in Strings(entry.Value, "with"))
            {
                if (text.Contains(Visible(s), StringComparison.Ordinal)) { ptp++; } else { pfn++; missed.Add(s); }
            }
            foreach (var s in Strings(entry.Value, "without"))
            {
                if (text.Contains(Visible(s), StringComparison.Ordinal)) { pfp++; unwanted.Add(s); } else { ptn++; }
            }
            tp += ptp; fn += pfn; fp += pfp; tn += ptn;
            pages.Add(new PageScore(entry.Name, file ?? name,
                ptp + pfp > 0 ? (double)ptp / (ptp + pfp) : null, ptp + pfn > 0 ? (double)ptp / (ptp + pfn) : null, error, missed, unwanted));
        }
        double precision = tp + fp > 0 ? (double)tp / (tp + fp) : 0;
        double recall = tp + fn > 0 ? (double)tp / (tp + fn) : 0;
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new ExtractionReport(folder, "snippets with/without, summed over pages", precision, recall, f1,
            pages.Count, failed, watch.Elapsed.TotalSeconds, new DateAccuracy(knownDates, correctDates, missingDates), pages);
    }

    /// <summary>
    /// Text as a reader sees it: whitespace collapsed and soft hyphens removed (some gold snippets were copied with the page's
    /// invisible soft hyphens, "Klima\u00ADwandel"; an extractor that drops them must still match).
    /// </summary>
    private static string Visible(string text) => TextNormalizer.CollapseWhitespace(text.Replace("\u00AD", "", StringComparison.Ordinal));

    private static IEnumerable<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.String).Select(s => s.GetString()!).Where(s => s.Length > 0)
            : [];
}
