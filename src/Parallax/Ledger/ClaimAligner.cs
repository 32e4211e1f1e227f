using Parallax.Model;
using Parallax.Text;

namespace Parallax.Ledger;

/// <summary>
/// A first claim ledger: each report's statement sentences, aligned across outlets when they state the same thing
/// in other words. Sentences are compared as sets of concepts (content-word stems folded with common news synonyms)
/// and the story entities they name; pairs are joined best first, and a sentence joins a claim only when it is
/// close to every sentence already in it and the claim has none from its report yet, so claims never chain.
/// A claim is corroborated when independent outlets carry it, single-source when one outlet (or its copies) does.
/// </summary>
public sealed class ClaimAligner
{
    /// <summary>
    /// Least set cosine of two sentences for them to state one claim. 0.34: on the seeds and samples, the lowest
    /// value at which aligned pairs are paraphrases of one fact rather than sentences on the same topic.
    /// </summary>
    public double MinSimilarity { get; init; } = 0.34;

    /// <summary>Least shared concepts that are not entities: two sentences naming the same people say more than that.</summary>
    public int MinSharedWords { get; init; } = 3;

    public sealed record Result(IReadOnlyList<Claim> Claims, IReadOnlyDictionary<(int Doc, int Sentence), int> ClaimOf);

    private sealed record Item(int Doc, int Sentence, TextSpan Span, HashSet<string> Terms, int Words, string Text);

    public Result Align(IReadOnlyList<Doc> docs, IReadOnlyDictionary<(int Doc, int Mention), string> entityOf, SourceIndependence independence)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(entityOf);
        ArgumentNullException.ThrowIfNull(independence);
        var items = Statements(docs, entityOf);
        var score = new Dictionary<(int, int), double>();
        var pairs = new List<(int I, int J, double Score)>();
        for (int i = 0; i < items.Count; i++)
        {
            for (int j = i + 1; j < items.Count; j++)
            {
                double s = Similarity(items[i], items[j]);
                // Within one report only a repeated sentence (a summary bullet restating the lead) is the same claim.
                if (s >= MinSimilarity && (items[i].Doc != items[j].Doc || s >= 0.9))
                {
                    pairs.Add((i, j, s));
                    score[(i, j)] = s;
                }
            }
        }
        var clusterOf = new int[items.Count];
        Array.Fill(clusterOf, -1);
        var clusters = new List<List<int>>();
        foreach (var (i, j, _) in pairs.OrderByDescending(p => p.Score).ThenBy(p => p.I).ThenBy(p => p.J))
        {
            int ci = clusterOf[i], cj = clusterOf[j];
            if (ci < 0 && cj < 0)
            {
                clusterOf[i] = clusterOf[j] = clusters.Count;
                clusters.Add([i, j]);
            }
            else if (ci >= 0 && cj < 0 && Fits(j, clusters[ci]))
            {
                clusterOf[j] = ci;
                clusters[ci].Add(j);
            }
            else if (cj >= 0 && ci < 0 && Fits(i, clusters[cj]))
            {
                clusterOf[i] = cj;
                clusters[cj].Add(i);
            }
        }
        for (int i = 0; i < items.Count; i++)
        {
            if (clusterOf[i] < 0)
            {
                clusterOf[i] = clusters.Count;
                clusters.Add([i]);
            }
        }

        var claims = new List<Claim>();
        var claimOf = new Dictionary<(int, int), int>();
        foreach (var members in clusters
                     .OrderByDescending(c => independence.IndependentCount(c.Select(x => docs[items[x].Doc].Article.Id)))
                     .ThenBy(c => c.Min(x => (items[x].Doc, items[x].Sentence))))
        {
            var group = members.Select(x => items[x]).OrderBy(x => x.Doc).ThenBy(x => x.Sentence).ToList();
            var articles = group.Select(x => docs[x.Doc].Article.Id).Distinct().ToList();
            foreach (var x in group)
            {
                claimOf[(x.Doc, x.Sentence)] = claims.Count;
            }
            claims.Add(new Claim
            {
                Text = CleanSentence(Medoid(members, items, score).Text),
                Articles = articles,
                Status = independence.IndependentCount(articles) >= 2 ? ClaimStatus.Corroborated : ClaimStatus.SingleSource,
                Evidence = [.. group.Select(x => new Evidence(docs[x.Doc].Article.Id, x.Span))],
            });
        }
        return new Result(claims, claimOf);

        bool Fits(int candidate, List<int> cluster) =>
            cluster.All(m => items[m].Doc != items[candidate].Doc &&
                             score.ContainsKey((Math.Min(m, candidate), Math.Max(m, candidate))));
    }

    private static List<Item> Statements(IReadOnlyList<Doc> docs, IReadOnlyDictionary<(int Doc, int Mention), string> entityOf)
    {
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
                // Words of entity names count once, as the entity, not again as shared words.
                var terms = new HashSet<string>(StringComparer.Ordinal);
                var sentence = doc.Sentences[s];
                for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
                {
                    var tokenSpan = doc.Tokens[t].Span;
                    if (doc.Mentions.Any(m => m.Span.Contains(tokenSpan)))
                    {
                        continue;
                    }
                    foreach (var w in Normalize.ContentWords(doc.Slice(tokenSpan)))
                    {
                        terms.Add(Normalize.Concept(w));
                    }
                }
                for (int m = 0; m < doc.Mentions.Count; m++)
                {
                    if (span.Contains(doc.Mentions[m].Span) && entityOf.TryGetValue((d, m), out var e))
                    {
                        terms.Add("@" + e);
                    }
                }
                items.Add(new Item(d, s, span, terms, doc.Sentences[s].TokenCount, text));
            }
        }
        return items;
    }

    /// <summary>The sentence closest to all others in its claim: the wording the outlets share most.</summary>
    private static Item Medoid(List<int> members, List<Item> items, Dictionary<(int, int), double> score) =>
        items[members.OrderByDescending(m => members.Where(o => o != m).Sum(o => score.GetValueOrDefault((Math.Min(m, o), Math.Max(m, o)))))
            .ThenBy(m => items[m].Words)
            .First()];

    internal static string CleanSentence(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).TrimStart('*', '-', ' ');

    private double Similarity(Item a, Item b) => Similarity(a.Terms, b.Terms);

    private double Similarity(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }
        int shared = 0, sharedWords = 0;
        foreach (var t in a)
        {
            if (b.Contains(t))
            {
                shared++;
                if (t[0] != '@')
                {
                    sharedWords++;
                }
            }
        }
        return sharedWords < MinSharedWords ? 0 : shared / Math.Sqrt((double)a.Count * b.Count);
    }

    /// <summary>
    /// A sentence that states something: long enough, with a verb when parts of speech are known (headings have
    /// none), not mostly a quotation, naming an entity or a number.
    /// </summary>
    private static bool IsStatement(Doc doc, int s, TextSpan span)
    {
        var sentence = doc.Sentences[s];
        if (sentence.TokenCount < 6 || sentence.TokenCount > 90 || !doc.Article.InBody(span))
        {
            return false;
        }
        if (doc.PartOfSpeech.Count == doc.Tokens.Count && doc.Tokens.Count > 0 &&
            !Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Any(t => doc.PartOfSpeech[t] is "VBD" or "VBZ" or "VBP" or "MD" or "VBN" or "VB"))
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
