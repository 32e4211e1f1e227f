using Parallax.Framing;
using Parallax.Ledger;
using Parallax.Model;
using Parallax.Pipeline;
using Parallax.Stories;
using Parallax.Text;

namespace Parallax.Eval.Framing;

/// <summary>Hits against gold spans: how many gold spans a view recovers and how many of the view's items hold one.</summary>
public readonly record struct SpanScore(int Gold, int GoldFound, int Items, int ItemsHolding)
{
    public double Recall => Gold == 0 ? 0 : (double)GoldFound / Gold;
    public double Precision => Items == 0 ? 0 : (double)ItemsHolding / Items;
    public double F1 => Recall + Precision == 0 ? 0 : 2 * Recall * Precision / (Recall + Precision);

    public static SpanScore operator +(SpanScore a, SpanScore b) =>
        new(a.Gold + b.Gold, a.GoldFound + b.GoldFound, a.Items + b.Items, a.ItemsHolding + b.ItemsHolding);
}

/// <summary>
/// BASIL scores of the framing views, per outlet code and in total:
/// <list type="bullet">
/// <item><see cref="Exclusive"/>: informational-bias spans that fall in sentences the "only this outlet reports" view marks
/// (recall), and the share of those sentences that hold one (precision);</item>
/// <item><see cref="AllSentences"/>: the same for every sentence of the outlet, the baseline (recall 1, precision = base rate);</item>
/// <item><see cref="ChanceRecall"/>: the recall expected of as many sentences per article picked at random as the view marks;</item>
/// <item><see cref="Loaded"/> and <see cref="LoadedOutsideQuotes"/>: lexical-bias spans that hold a loaded word of the view
/// (all lexical spans, and those the annotators did not mark as quotes), and the share of loaded words inside a lexical span;
/// <see cref="LoadedBaseline"/> takes every content word of the reporter's own text as loaded (precision = base rate).</item>
/// <item><see cref="Conflicts"/>: every conflict the ledger flags between the outlets of an event (BASIL has no conflict
/// gold: these are for a reader to judge; each should be a real contradiction).</item>
/// <item><see cref="Aligned"/>: every claim the ledger finds in more than one outlet of an event, with each outlet's clause
/// (no gold either: a reader judges whether each states the same thing), and <see cref="ClaimCount"/> claims in all.</item>
/// <item><see cref="Quotations"/>: every statement the quote merger finds in more than one outlet of an event, with each
/// outlet's wording (no gold: a reader judges whether each pair says the same thing).</item>
/// </list>
/// </summary>
public sealed record BasilScores(
    int Triplets, int Articles, int Unplaced, double MinNovelty,
    SpanScore Exclusive, SpanScore AllSentences, double ChanceRecall,
    SpanScore Loaded, SpanScore LoadedOutsideQuotes, SpanScore LoadedBaseline,
    IReadOnlyDictionary<string, SpanScore> ExclusiveBySource,
    IReadOnlyList<BasilConflict> Conflicts,
    IReadOnlyList<BasilClaim> Aligned,
    int ClaimCount,
    IReadOnlyList<BasilQuotation> Quotations)
{
    /// <summary>Precision of the view over the base rate: how many times likelier than chance an exclusive sentence holds a span.</summary>
    public double Lift => AllSentences.Precision == 0 ? 0 : Exclusive.Precision / AllSentences.Precision;
}

/// <summary>A conflict flagged in one BASIL event, with the outlet codes of each value's articles.</summary>
public sealed record BasilConflict(string Event, Conflict Conflict, IReadOnlyList<IReadOnlyList<string>> Outlets);

/// <summary>A claim the ledger found in more than one outlet of one BASIL event: each outlet code with its clause.</summary>
public sealed record BasilClaim(string Event, ClaimStatus Status, IReadOnlyList<(string Outlet, string Clause)> Clauses);

/// <summary>A statement the quote merger found in more than one outlet of one BASIL event: its speaker, and each outlet code with its wording.</summary>
public sealed record BasilQuotation(string Event, string? Speaker, IReadOnlyList<(string Outlet, string Wording)> Wordings);

public static class BasilEvaluation
{
    /// <summary>Scores the framing views with the given settings (the shipped ones when none are given).</summary>
    public static BasilScores Run(IReadOnlyList<BasilTriplet> triplets, DocPipeline pipeline, StoryAnalyzer analyzer, CancellationToken cancellationToken = default) =>
        Run(triplets, pipeline, analyzer, [FramingOptions.Default], cancellationToken)[0];

    /// <summary>Scores each of several settings; every triplet is analysed once.</summary>
    public static IReadOnlyList<BasilScores> Run(
        IReadOnlyList<BasilTriplet> triplets, DocPipeline pipeline, StoryAnalyzer analyzer, IReadOnlyList<FramingOptions> settings,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(triplets);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(settings);
        var analysed = new List<(BasilTriplet Triplet, List<Doc> Docs, Story Story)>();
        foreach (var triplet in triplets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var docs = triplet.Articles.Select(a => pipeline.Run(a.Article, cancellationToken)).ToList();
            analysed.Add((triplet, docs, analyzer.Analyze(triplet.Id, new StoryCluster(docs))));
        }
        return [.. settings.Select(o => Score(analysed, o))];
    }

    private static BasilScores Score(List<(BasilTriplet Triplet, List<Doc> Docs, Story Story)> analysed, FramingOptions options)
    {
        SpanScore exclusive = default, all = default, loaded = default, loadedOutside = default, loadedBaseline = default;
        double chanceFound = 0;
        int articles = 0, unplaced = 0;
        var bySource = new SortedDictionary<string, SpanScore>(StringComparer.Ordinal);
        foreach (var (triplet, docs, story) in analysed)
        {
            var framings = ReferenceEquals(options, FramingOptions.Default) ? story.Framing : FramingAnalyzer.Analyze(docs, story, options);
            for (int i = 0; i < docs.Count; i++)
            {
                var doc = docs[i];
                var gold = triplet.Articles[i];
                articles++;
                unplaced += gold.Unplaced;
                var framing = framings.Single(f => f.Article == doc.Article.Id);
                var marked = framing.Exclusive.SelectMany(x => x.Evidence).Where(e => e.Article == doc.Article.Id)
                    .Select(e => doc.SentenceAt(e.Span.Start)).Where(s => s >= 0).ToHashSet();
                var inf = gold.Spans.Where(s => s.Bias == BasilBias.Informational).Select(s => s.Span).ToList();
                var sentences = doc.Sentences.Select(s => s.Span).ToList();
                var mine = Score(inf, [.. marked.Order().Select(s => sentences[s])]);
                exclusive += mine;
                all += Score(inf, sentences);
                if (sentences.Count > 0)
                {
                    chanceFound += inf.Count * (double)marked.Count / sentences.Count;
                }
                bySource[gold.Source] = bySource.GetValueOrDefault(gold.Source) + mine;
                var words = framing.Loaded.Select(l => l.Evidence.Span).ToList();
                loaded += Score([.. gold.Spans.Where(s => s.Bias == BasilBias.Lexical).Select(s => s.Span)], words);
                loadedOutside += Score([.. gold.Spans.Where(s => s.Bias == BasilBias.Lexical && !s.InQuote).Select(s => s.Span)], words);
                loadedBaseline += Score([.. gold.Spans.Where(s => s.Bias == BasilBias.Lexical && !s.InQuote).Select(s => s.Span)], ReporterWords(doc));
            }
        }
        return new BasilScores(analysed.Count, articles, unplaced, options.MinNovelty, exclusive, all,
            exclusive.Gold == 0 ? 0 : chanceFound / exclusive.Gold, loaded, loadedOutside, loadedBaseline, bySource,
            [.. analysed.SelectMany(a => a.Story.Conflicts.Select(c => new BasilConflict(a.Triplet.Id, c,
                [.. c.Values.Select(v => (IReadOnlyList<string>)[.. v.Articles.Select(id => OutletOf(a.Docs, id))])])))],
            [.. analysed.SelectMany(a => a.Story.Claims.Where(c => c.Articles.Count > 1).Select(c => new BasilClaim(a.Triplet.Id, c.Status,
                [.. c.Evidence.Select(e => (OutletOf(a.Docs, e.Article), ClaimAligner.CleanSentence(a.Docs.Single(d => d.Article.Id == e.Article).Slice(e.Span))))])))],
            analysed.Sum(a => a.Story.Claims.Count),
            [.. analysed.SelectMany(a => a.Story.Quotes.Where(q => q.Articles.Count > 1).Select(q => new BasilQuotation(a.Triplet.Id, q.SpeakerName,
                [.. q.Evidence.Select(e => (OutletOf(a.Docs, e.Article), a.Docs.Single(d => d.Article.Id == e.Article).Slice(e.Span)))])))]);
    }

    private static string OutletOf(List<Doc> docs, string article) => docs.Single(d => d.Article.Id == article).Article.Outlet ?? article;

    /// <summary>Every content word outside quotations: the baseline for the loaded-words view.</summary>
    private static List<TextSpan> ReporterWords(Doc doc)
    {
        var quoted = FramingAnalyzer.QuotedSpans(doc);
        return [.. doc.Tokens.Select(t => t.Span)
            .Where(span => span.Length >= 3 && doc.Text.AsSpan(span.Start, span.Length).ContainsAnyExceptInRange('0', '9') &&
                           !StopWords.Contains(Normalize.Fold(doc.Text.AsSpan(span.Start, span.Length))) &&
                           char.IsLetter(doc.Text[span.Start]) && !quoted.Any(q => q.Overlaps(span)))];
    }

    /// <summary>Gold spans overlapping any item, and items overlapping any gold span.</summary>
    public static SpanScore Score(IReadOnlyList<TextSpan> gold, IReadOnlyList<TextSpan> items) =>
        new(gold.Count, gold.Count(g => items.Any(i => i.Overlaps(g))), items.Count, items.Count(i => gold.Any(g => g.Overlaps(i))));
}
