using System.Text.RegularExpressions;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Ledger;

public enum DerivationKind
{
    /// <summary>Says it rewrites another story ("Source reference: URL").</summary>
    Rewrite,
    /// <summary>Carries a wire service's copy (a "(Wire) --" dateline of another outlet).</summary>
    Wire,
    /// <summary>Shares long passages word for word with an earlier report.</summary>
    SharedText,
    /// <summary>Cites another outlet for part of what it reports ("As reported by X", "X reported").</summary>
    Cites,
}

/// <summary>One report's dependence on another report or outlet, with the sentences that show it.</summary>
public sealed record Derivation(string Article, DerivationKind Kind, string From, string? FromArticle, IReadOnlyList<Evidence> Evidence)
{
    /// <summary>Whether the whole report stands for its source (rewrite, wire copy, copied text), not just a part.</summary>
    public bool Whole => Kind != DerivationKind.Cites;
}

/// <summary>
/// Which reports are copies of which. A report that names the story it rewrites, carries a wire's copy, or shares
/// long passages with an earlier report counts with its source, not as a second source; one that cites an outlet
/// for part of its story is marked, but keeps its own voice. Corroboration counts independent sources only.
/// </summary>
public sealed partial class SourceIndependence
{
    /// <summary>Words in a shingle for detecting shared passages.</summary>
    private const int ShingleWords = 8;

    /// <summary>
    /// Share of the smaller report's 8-word shingles found in the other for it to be copied text. Rewrites in
    /// other words share few 8-word runs; wire copy shares most. 0.2 separates them on the samples and seeds.
    /// </summary>
    private const double SharedShare = 0.2;

    private readonly Dictionary<string, string> _sourceOf = new(StringComparer.Ordinal);

    public SourceIndependence(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var derivations = new List<Derivation>();
        var byUrl = articles.Where(a => a.Url is not null).GroupBy(a => UrlKey(a.Url!)).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var byOutlet = articles.Where(a => a.Outlet is not null).GroupBy(a => Names.Compact(a.Outlet!)).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var a in articles)
        {
            if (a.BasedOn is { } basedOn)
            {
                var original = byUrl.GetValueOrDefault(UrlKey(basedOn));
                derivations.Add(new Derivation(a.Id, DerivationKind.Rewrite, original?.DisplayName ?? Article.HostOf(basedOn) ?? basedOn, original?.Id,
                    Evidence(a, basedOn)));
            }
            derivations.AddRange(WireCopies(a, byOutlet));
            derivations.AddRange(Citations(a, byOutlet));
        }
        derivations.AddRange(SharedPassages(articles, derivations));
        Derivations = derivations;

        // A report stands for the root of its whole-derivation chain; an external source is its own root.
        foreach (var a in articles)
        {
            _sourceOf[a.Id] = Root(a.Id, derivations, []);
        }
    }

    /// <summary>Every derivation found, rewrites and wire copies first.</summary>
    public IReadOnlyList<Derivation> Derivations { get; }

    /// <summary>The source a report stands for: itself, or the report or outlet it derives from.</summary>
    public string SourceOf(string articleId) => _sourceOf.GetValueOrDefault(articleId, articleId);

    public int IndependentCount(IEnumerable<string> articleIds) => articleIds.Select(SourceOf).Distinct(StringComparer.Ordinal).Count();

    private static string Root(string id, List<Derivation> derivations, HashSet<string> seen)
    {
        if (!seen.Add(id))
        {
            return id;
        }
        var whole = derivations.FirstOrDefault(d => d.Article == id && d.Whole);
        return whole is null ? id
            : whole.FromArticle is { } from ? Root(from, derivations, seen)
            : "ext:" + Names.Compact(whole.From);
    }

    private static IReadOnlyList<Evidence> Evidence(Article a, string needle)
    {
        int at = a.Text.IndexOf(needle, StringComparison.Ordinal);
        return at < 0 ? [] : [new Evidence(a.Id, new TextSpan(at, at + needle.Length))];
    }

    [GeneratedRegex(@"^[A-Z][A-Za-z .'-]{1,40}, [A-Z][a-z]{2,8}\.? \d{1,2} \((?<wire>[A-Z][A-Za-z ]{1,30})\) *(?:--|—|–)", RegexOptions.Multiline)]
    private static partial Regex WireDateline();

    /// <summary>A dateline naming a wire other than the report's own outlet: the report carries that wire's copy.</summary>
    private static IEnumerable<Derivation> WireCopies(Article a, Dictionary<string, Article> byOutlet)
    {
        foreach (Match m in WireDateline().Matches(a.Text))
        {
            var wire = m.Groups["wire"].Value.Trim();
            if (a.Outlet is { } own && Names.Compact(own).Contains(Names.Compact(wire), StringComparison.Ordinal))
            {
                continue;
            }
            var original = byOutlet.GetValueOrDefault(Names.Compact(wire));
            yield return new Derivation(a.Id, DerivationKind.Wire, wire, original?.Id != a.Id ? original?.Id : null,
                [new Evidence(a.Id, new TextSpan(m.Index, m.Index + m.Length))]);
            yield break;
        }
    }

    [GeneratedRegex(@"\b(?i:as (?:first )?reported by|as reported in|according to(?: a report (?:by|in))?|citing(?: a report (?:by|in))?)\s+(?<outlet>(?:the )?[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,4})")]
    private static partial Regex CitationPattern();

    /// <summary>
    /// Words after "according to" that name a person or a side, not an outlet. An outlet is told from a person by
    /// being named as one in the story (another report's outlet) or by a media word in its name.
    /// </summary>
    private static bool LooksLikeOutlet(string name, Dictionary<string, Article> byOutlet)
    {
        var compact = Names.Compact(name);
        if (byOutlet.ContainsKey(compact))
        {
            return true;
        }
        var words = Normalize.Words(name);
        return words.Any(w => w is "news" or "times" or "post" or "press" or "tv" or "television" or "radio" or "agency" or "journal" or
                   "herald" or "gazette" or "tribune" or "guardian" or "telegraph" or "broadcasting" or "media" or "reuters" or "bbc" or "cnn" or "aljazeera") ||
               name.EndsWith(".com", StringComparison.OrdinalIgnoreCase);
    }

    private static IEnumerable<Derivation> Citations(Article a, Dictionary<string, Article> byOutlet)
    {
        foreach (var group in CitationPattern().Matches(a.Text)
                     .Where(m => LooksLikeOutlet(m.Groups["outlet"].Value, byOutlet) || m.Value.StartsWith("as reported", StringComparison.OrdinalIgnoreCase))
                     .GroupBy(m => Names.Compact(m.Groups["outlet"].Value)))
        {
            var first = group.First();
            var name = first.Groups["outlet"].Value;
            if (a.Outlet is { } own && Names.Compact(own) == group.Key)
            {
                continue;
            }
            var original = byOutlet.GetValueOrDefault(group.Key);
            yield return new Derivation(a.Id, DerivationKind.Cites, name, original?.Id,
                [.. group.Select(m => new Evidence(a.Id, new TextSpan(m.Index, m.Index + m.Length)))]);
        }
    }

    /// <summary>Pairs of reports that share long word-for-word passages: the later one derives from the earlier.</summary>
    private static IEnumerable<Derivation> SharedPassages(IReadOnlyList<Article> articles, List<Derivation> known)
    {
        var shingles = articles.Select(a => Shingles(a.Text)).ToList();
        // Each report's shingles as sorted numbers, so two reports' shared count is a merge, not a lookup per shingle.
        var number = new Dictionary<string, int>(StringComparer.Ordinal);
        var numbered = shingles.Select(sh => sh.Keys.Select(k => number.TryGetValue(k, out var n) ? n : number[k] = number.Count).Order().ToArray()).ToList();
        // Whole derivations already known, and those found here (a pair found once is not found again).
        var derived = known.Where(d => d.Whole).Select(d => (d.Article, d.FromArticle)).ToHashSet();
        for (int i = 0; i < articles.Count; i++)
        {
            for (int j = 0; j < articles.Count; j++)
            {
                if (i == j || !Later(articles[i], articles[j], i, j))
                {
                    continue;
                }
                var (a, b) = (articles[i], articles[j]);
                if (derived.Contains((a.Id, b.Id)))
                {
                    continue;
                }
                var sa = shingles[i];
                var sb = shingles[j];
                int smaller = Math.Min(sa.Count, sb.Count);
                if (smaller == 0 || (double)SharedCount(numbered[i], numbered[j]) / smaller < SharedShare)
                {
                    continue;
                }
                var shared = sa.Keys.Where(sb.ContainsKey).ToList();
                var spans = shared.Select(k => sa[k]).OrderBy(s => s.Start).Aggregate(new List<TextSpan>(), (acc, s) =>
                {
                    if (acc.Count > 0 && s.Start <= acc[^1].End)
                    {
                        acc[^1] = TextSpan.Cover(acc[^1], s);
                    }
                    else
                    {
                        acc.Add(s);
                    }
                    return acc;
                });
                derived.Add((a.Id, b.Id));
                yield return new Derivation(a.Id, DerivationKind.SharedText, b.DisplayName, b.Id, [.. spans.Select(s => new Evidence(a.Id, s))]);
            }
        }
    }

    /// <summary>How many numbers two sorted arrays of distinct numbers share.</summary>
    private static int SharedCount(int[] a, int[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j])
            {
                i++;
            }
            else if (a[i] > b[j])
            {
                j++;
            }
            else
            {
                shared++;
                i++;
                j++;
            }
        }
        return shared;
    }

    /// <summary>Whether report i came after report j (by publication time, else by order given).</summary>
    private static bool Later(Article a, Article b, int i, int j) =>
        a.Published is { } pa && b.Published is { } pb && pa != pb ? pa > pb : i > j;

    private static Dictionary<string, TextSpan> Shingles(string text)
    {
        var words = new List<(string Word, TextSpan Span)>();
        foreach (var t in Tokenizer.Tokenize(text))
        {
            var w = text.AsSpan(t.Span.Start, t.Span.Length);
            if (char.IsLetterOrDigit(w[0]))
            {
                words.Add((Normalize.Fold(w), t.Span));
            }
        }
        var result = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        for (int k = 0; k + ShingleWords <= words.Count; k++)
        {
            var key = string.Join(' ', words.Skip(k).Take(ShingleWords).Select(x => x.Word));
            result.TryAdd(key, TextSpan.Cover(words[k].Span, words[k + ShingleWords - 1].Span));
        }
        return result;
    }

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
