using Parallax.Model;
using Parallax.Stories;

namespace Parallax.Ledger;

/// <summary>Turns a cluster of analysed reports into a story: entities, quotes, claims, conflicts and timeline.</summary>
public sealed class StoryAnalyzer
{
    public EntityResolver Entities { get; init; } = new();
    public QuoteMerger Quotes { get; init; } = new();
    public ClaimAligner Claims { get; init; } = new();

    public Story Analyze(string id, StoryCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var docs = cluster.Docs;
        var independence = new SourceIndependence([.. docs.Select(d => d.Article)]);
        var entities = Entities.Resolve(docs);
        var (quotes, attributionConflicts) = Quotes.Merge(docs, entities.EntityOf, entities.Entities);
        var claims = Claims.Align(docs, entities.EntityOf, independence);
        var conflicts = ConflictRanker.Rank([.. ConflictFinder.Find(docs, entities), .. attributionConflicts], docs, independence);
        var ledger = MarkContested(claims.Claims, conflicts);
        var story = new Story
        {
            Id = id,
            Title = Title(docs),
            Articles = [.. docs.Select(d => d.Article.Id)],
            Entities = entities.Entities,
            Quotes = quotes,
            Claims = ledger,
            Conflicts = conflicts,
            Timeline = TimelineBuilder.Build(docs, claims),
            Independence = independence.Derivations,
            Summary = Summarize(docs, ledger, conflicts, independence),
            Positions = PositionFinder.Find(docs, entities),
        };
        return story with { Framing = Framing.FramingAnalyzer.Analyze(docs, story, independence) };
    }

    /// <summary>The title of the earliest report that has one.</summary>
    private static string Title(IReadOnlyList<Doc> docs) =>
        docs.Where(d => !string.IsNullOrWhiteSpace(d.Article.Title))
            .OrderBy(d => d.Article.Published ?? DateTimeOffset.MaxValue)
            .Select(d => d.Article.Title!)
            .FirstOrDefault() ?? docs[0].Article.DisplayName;

    /// <summary>Sentences in the summary.</summary>
    public int SummaryLength { get; init; } = 5;

    /// <summary>
    /// The best-corroborated claims (most independent sources, then earliest in their reports), told in the order
    /// the reports tell them. Each is worded by the report sentence that stands on its own best (no opening pronoun
    /// or connective), so the summary reads without its context.
    /// </summary>
    private List<SummarySentence> Summarize(IReadOnlyList<Doc> docs, IReadOnlyList<Claim> claims, IReadOnlyList<Conflict> conflicts, SourceIndependence independence)
    {
        var byId = docs.ToDictionary(d => d.Article.Id, StringComparer.Ordinal);
        var minority = MinorityValues(conflicts);
        double Position(Claim c) => c.Evidence.Average(e => (double)e.Span.Start / Math.Max(1, byId[e.Article].Text.Length));
        // Two claims of one sentence (its clauses) give it once.
        return [.. claims
            .Where(c => independence.IndependentCount(c.Articles) >= 2)
            .OrderByDescending(c => independence.IndependentCount(c.Articles))
            .ThenBy(Position)
            .Select(c => (Claim: c, Text: Wording(c, byId, minority)))
            .Where(x => x.Text is not null)
            .DistinctBy(x => x.Text, StringComparer.Ordinal)
            .Take(SummaryLength)
            .OrderBy(x => Position(x.Claim))
            .Select(x => new SummarySentence(x.Text!, x.Claim.Articles, x.Claim.Evidence))];
    }

    /// <summary>Share of a sentence the claim's own words must fill for the sentence to word it in the summary.</summary>
    // 0.4: "The talks lasted almost nine hours." words the figure "almost nine hours" (0.49); a sentence whose
    // corroborated part is only "since the strike began" (0.14) would cite several outlets for what one states.
    private const double MinShareOfSentence = 0.4;

    /// <summary>
    /// The claim as one report words it: a sentence that stands alone and is mostly the claim (a sentence that says
    /// much more than the corroborated clause would lend it the outlets of that clause), and for a contested claim one
    /// that does not carry a value given by fewer reports than a competing one (the dispute is shown under conflicts).
    /// Null when no report's sentence is mostly the claim.
    /// </summary>
    private static string? Wording(Claim claim, Dictionary<string, Doc> docs, List<Evidence> minority)
    {
        var candidates = claim.Evidence
            .Where(e => !minority.Any(m => m.Article == e.Article && m.Span.Overlaps(e.Span)))
            .Select(e => (Evidence: e, Sentence: SentenceOf(docs[e.Article], e.Span)))
            .Where(x => x.Evidence.Span.Length >= MinShareOfSentence * x.Sentence.Length)
            .Select(x => ClaimAligner.CleanSentence(docs[x.Evidence.Article].Slice(x.Sentence)))
            .ToList();
        return candidates.Where(StandsAlone).OrderBy(s => s.Length).FirstOrDefault() ?? candidates.FirstOrDefault();
    }

    /// <summary>The sentence a claim's clause or phrase stands in (the span itself outside every sentence): the summary cites whole sentences.</summary>
    internal static Model.TextSpan SentenceOf(Doc doc, Model.TextSpan clause) =>
        doc.SentenceAt(clause.Start) is var s and >= 0 ? doc.Sentences[s].Span : clause;

    /// <summary>Evidence of conflict values that fewer reports give than the leading value of the same conflict.</summary>
    private static List<Evidence> MinorityValues(IReadOnlyList<Conflict> conflicts) =>
        [.. conflicts.SelectMany(c => c.Values
            .Where(v => v.Articles.Count < c.Values.Max(x => x.Articles.Count))
            .SelectMany(v => v.Evidence))];

    private static bool StandsAlone(string sentence)
    {
        var first = sentence.Split(' ', 2)[0].Trim(',', ';', ':').ToLowerInvariant();
        return first is not ("he" or "she" or "they" or "it" or "this" or "that" or "these" or "those" or "however" or "but"
            or "and" or "meanwhile" or "still" or "yet" or "also" or "instead" or "then" or "so" or "thus" or "his" or "her" or "their" or "its");
    }

    /// <summary>A claim whose sentences carry a conflicting value is contested.</summary>
    private static List<Claim> MarkContested(IReadOnlyList<Claim> claims, IReadOnlyList<Conflict> conflicts)
    {
        var contested = conflicts.SelectMany(c => c.Values).SelectMany(v => v.Evidence).ToList();
        return [.. claims.Select(c => c.Evidence.Any(e => contested.Any(x => x.Article == e.Article && e.Span.Overlaps(x.Span)))
            ? c with { Status = ClaimStatus.Contested }
            : c)];
    }
}
