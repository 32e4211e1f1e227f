using Parallax.Model;
using Parallax.Text;

namespace Parallax.Ledger;

/// <summary>
/// A first claim ledger: each report's statement sentences, aligned across outlets when they state the same thing
/// in other words (shared content words and entities). A claim is corroborated when independent outlets carry it,
/// single-source when one outlet (or copies of one outlet) does.
/// </summary>
public sealed class ClaimAligner
{
    /// <summary>Least shared content words and entities for two sentences to state one claim.</summary>
    public int MinShared { get; init; } = 4;

    /// <summary>Least share of the shorter sentence's words that the longer one must have.</summary>
    public double MinOverlap { get; init; } = 0.45;

    public sealed record Result(IReadOnlyList<Claim> Claims, IReadOnlyDictionary<(int Doc, int Sentence), int> ClaimOf);

    private sealed record Item(int Doc, int Sentence, TextSpan Span, HashSet<string> Terms, string Text);

    public Result Align(IReadOnlyList<Doc> docs, IReadOnlyDictionary<(int Doc, int Mention), string> entityOf, SourceIndependence independence)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(entityOf);
        ArgumentNullException.ThrowIfNull(independence);
        var items = new List<Item>();
        for (int d = 0; d < docs.Count; d++)
        {
            var doc = docs[d];
            for (int s = 0; s < doc.Sentences.Count; s++)
            {
                var span = doc.Sentences[s].Span;
                if (!IsStatement(doc, s, span))
                {
                    continue;
                }
                var text = doc.Slice(span);
                var terms = Normalize.ContentWords(text).Select(Normalize.Stem).ToHashSet(StringComparer.Ordinal);
                for (int m = 0; m < doc.Mentions.Count; m++)
                {
                    if (span.Contains(doc.Mentions[m].Span) && entityOf.TryGetValue((d, m), out var e))
                    {
                        terms.Add("@" + e);
                    }
                }
                items.Add(new Item(d, s, span, terms, text));
            }
        }
        var uf = new UnionFind(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            for (int j = i + 1; j < items.Count; j++)
            {
                if (Same(items[i].Terms, items[j].Terms))
                {
                    uf.Union(i, j);
                }
            }
        }
        var groups = items.Select((it, i) => (it, i)).GroupBy(x => uf.Find(x.i)).Select(g => g.Select(x => x.it).ToList()).ToList();
        var claims = new List<Claim>();
        var claimOf = new Dictionary<(int, int), int>();
        foreach (var g in groups
                     .OrderByDescending(g => independence.IndependentCount(g.Select(x => docs[x.Doc].Article.Id)))
                     .ThenBy(g => g.Min(x => (x.Doc, x.Sentence))))
        {
            var articles = g.Select(x => docs[x.Doc].Article.Id).Distinct().ToList();
            foreach (var x in g)
            {
                claimOf[(x.Doc, x.Sentence)] = claims.Count;
            }
            claims.Add(new Claim
            {
                Text = Representative(g),
                Articles = articles,
                Status = independence.IndependentCount(articles) >= 2 ? ClaimStatus.Corroborated : ClaimStatus.SingleSource,
                Evidence = [.. g.OrderBy(x => x.Doc).ThenBy(x => x.Sentence).Select(x => new Evidence(docs[x.Doc].Article.Id, x.Span))],
            });
        }
        return new Result(claims, claimOf);
    }

    /// <summary>The shortest wording that still carries the claim: the most atomic statement.</summary>
    private static string Representative(List<Item> group) =>
        CleanSentence(group.OrderBy(x => x.Text.Length).First().Text);

    internal static string CleanSentence(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).TrimStart('*', '-', ' ');

    private bool Same(HashSet<string> a, HashSet<string> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        int shared = small.Count(large.Contains);
        return shared >= MinShared && (double)shared / small.Count >= MinOverlap;
    }

    /// <summary>A sentence that states something: long enough, not mostly a quotation, naming an entity or a number.</summary>
    private static bool IsStatement(Doc doc, int s, TextSpan span)
    {
        int words = doc.Sentences[s].TokenCount;
        if (words < 6 || words > 90)
        {
            return false;
        }
        int quoted = doc.Quotes.Where(q => q.Kind == QuoteKind.Direct && span.Overlaps(q.Content))
            .Sum(q => Math.Min(span.End, q.Content.End) - Math.Max(span.Start, q.Content.Start));
        if (quoted * 2 > span.Length)
        {
            return false;
        }
        return doc.Mentions.Any(m => span.Contains(m.Span)) || doc.Slice(span).Any(char.IsDigit);
    }
}
