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
        var story = new Story
        {
            Id = id,
            Title = Title(docs),
            Articles = [.. docs.Select(d => d.Article.Id)],
            Entities = entities.Entities,
            Quotes = quotes,
            Claims = MarkContested(claims.Claims, conflicts),
            Conflicts = conflicts,
            Timeline = TimelineBuilder.Build(docs, claims),
        };
        return story with { Framing = Framing.FramingAnalyzer.Analyze(docs, story) };
    }

    /// <summary>The title of the earliest report that has one.</summary>
    private static string Title(IReadOnlyList<Doc> docs) =>
        docs.Where(d => !string.IsNullOrWhiteSpace(d.Article.Title))
            .OrderBy(d => d.Article.Published ?? DateTimeOffset.MaxValue)
            .Select(d => d.Article.Title!)
            .FirstOrDefault() ?? docs[0].Article.DisplayName;

    /// <summary>A claim whose sentences carry a conflicting value is contested.</summary>
    private static List<Claim> MarkContested(IReadOnlyList<Claim> claims, List<Conflict> conflicts)
    {
        var contested = conflicts.SelectMany(c => c.Values).SelectMany(v => v.Evidence).ToList();
        return [.. claims.Select(c => c.Evidence.Any(e => contested.Any(x => x.Article == e.Article && e.Span.Overlaps(x.Span)))
            ? c with { Status = ClaimStatus.Contested }
            : c)];
    }
}
