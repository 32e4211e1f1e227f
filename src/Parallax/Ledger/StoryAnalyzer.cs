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
        var conflicts = ConflictFinder.Find(docs, entities).Concat(attributionConflicts).ToList();
        var ledger = MarkContested(claims.Claims, conflicts);
        return new Story
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
            Summary = Summarize(ledger, independence),
        };
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
    /// The best-corroborated claims (most independent sources, then earliest in their reports), in the order the
    /// reports tell them; contested claims only when nothing better is left, and never two alike.
    /// </summary>
    private List<SummarySentence> Summarize(IReadOnlyList<Claim> claims, SourceIndependence independence)
    {
        var picked = claims
            .Where(c => c.Status == ClaimStatus.Corroborated)
            .OrderByDescending(c => independence.IndependentCount(c.Articles))
            .ThenBy(c => c.Evidence.Min(e => e.Span.Start))
            .Take(SummaryLength)
            .OrderBy(c => c.Evidence.Min(e => e.Span.Start))
            .ToList();
        return [.. picked.Select(c => new SummarySentence(c.Text, c.Articles, c.Evidence))];
    }

    /// <summary>A claim whose sentences carry a conflicting value is contested.</summary>
    private static List<Claim> MarkContested(IReadOnlyList<Claim> claims, List<Conflict> conflicts)
    {
        var contested = conflicts.SelectMany(c => c.Values).SelectMany(v => v.Evidence).ToList();
        return [.. claims.Select(c => c.Evidence.Any(e => contested.Any(x => x.Article == e.Article && e.Span.Overlaps(x.Span)))
            ? c with { Status = ClaimStatus.Contested }
            : c)];
    }
}
