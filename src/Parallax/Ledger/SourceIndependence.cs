using Parallax.Model;

namespace Parallax.Ledger;

/// <summary>
/// Which reports are copies of which: a report that names the story it rewrites ("Source reference: URL") counts
/// with that story, not as a second source. Corroboration counts independent sources only.
/// </summary>
public sealed class SourceIndependence
{
    private readonly Dictionary<string, string> _sourceOf = new(StringComparer.Ordinal);

    public SourceIndependence(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var byUrl = articles.Where(a => a.Url is not null).GroupBy(a => UrlKey(a.Url!)).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        foreach (var a in articles)
        {
            if (a.BasedOn is not { } basedOn)
            {
                _sourceOf[a.Id] = a.Id;
                continue;
            }
            // Derived from a report in this set: count it with that report; else with the outlet it names.
            _sourceOf[a.Id] = byUrl.TryGetValue(UrlKey(basedOn), out var original) ? original : "ext:" + UrlKey(basedOn);
        }
    }

    /// <summary>The source a report stands for: itself, or the report it derives from.</summary>
    public string SourceOf(string articleId) => _sourceOf.GetValueOrDefault(articleId, articleId);

    public int IndependentCount(IEnumerable<string> articleIds) => articleIds.Select(SourceOf).Distinct(StringComparer.Ordinal).Count();

    internal static string UrlKey(string url)
    {
        var u = url.Trim().ToLowerInvariant();
        foreach (var prefix in (ReadOnlySpan<string>)["https://", "http://"])
        {
            if (u.StartsWith(prefix, StringComparison.Ordinal))
            {
                u = u[prefix.Length..];
            }
        }
        if (u.StartsWith("www.", StringComparison.Ordinal))
        {
            u = u[4..];
        }
        int q = u.IndexOfAny(['?', '#']);
        return (q >= 0 ? u[..q] : u).TrimEnd('/');
    }
}
