using Parallax.Model;
using Parallax.Text;

namespace Parallax.Ledger;

/// <summary>
/// Joins the quotes of a story's reports: the same words from the same speaker are one statement, whichever
/// outlets carry it and however much of it each one quotes ("a fair offer" inside "All in all, I think it
/// was a fair offer."). Each outlet's wording is kept as evidence.
/// </summary>
public sealed class QuoteMerger
{
    /// <summary>Least overlap of content-word stems (over the smaller quote) for two wordings to be one statement.</summary>
    public double Overlap { get; init; } = 0.6;

    private sealed record Item(int Doc, Quote Quote, string? Speaker, string SourceKey, string Text, List<string> Words, HashSet<string> Stems);

    public (IReadOnlyList<StoryQuote> Quotes, IReadOnlyList<Conflict> AttributionConflicts) Merge(
        IReadOnlyList<Doc> docs, IReadOnlyDictionary<(int Doc, int Mention), string> entityOf, IReadOnlyList<StoryEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(entityOf);
        ArgumentNullException.ThrowIfNull(entities);
        var items = new List<Item>();
        for (int d = 0; d < docs.Count; d++)
        {
            var quoted = docs[d].Quotes.Where(q => q.Kind != QuoteKind.Indirect).Select(q => q.Content).ToList();
            foreach (var q in docs[d].Quotes.Where(q => docs[d].Article.InBody(q.Content)))
            {
                // Reported speech that holds the report's own quoted words is represented by those words.
                if (q.Kind == QuoteKind.Indirect && quoted.Any(c => q.Content.Contains(c)))
                {
                    continue;
                }
                string? speaker = q.SpeakerMention is { } m && entityOf.TryGetValue((d, m), out var e) ? e : null;
                var text = docs[d].Slice(q.Content).Trim();
                var words = Normalize.Words(text);
                if (words.Count == 0)
                {
                    continue;
                }
                var source = q.Source is { } s ? string.Join(' ', Normalize.Words(docs[d].Slice(s))) : "";
                items.Add(new Item(d, q, speaker, source, text, words,
                    [.. words.Where(w => !StopWords.Contains(w)).Select(Normalize.Stem)]));
            }
        }
        var byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var uf = new UnionFind(items.Count);
        var attributionPairs = new List<(int, int)>();
        for (int i = 0; i < items.Count; i++)
        {
            for (int j = i + 1; j < items.Count; j++)
            {
                if (!SameWords(items[i], items[j]))
                {
                    continue;
                }
                if (SameSpeaker(items[i], items[j]))
                {
                    uf.Union(i, j);
                }
                else if (SameStatement(items[i], items[j]) && Contradicts(docs, items[i], items[j], byId))
                {
                    attributionPairs.Add((i, j));
                }
            }
        }
        var quotes = items.Select((it, i) => (it, i)).GroupBy(x => uf.Find(x.i))
            .Select(g => g.Select(x => x.it).ToList())
            .Select(g => ToStoryQuote(docs, g, byId))
            .OrderByDescending(q => q.Articles.Count)
            .ThenBy(q => q.Evidence[0].Article, StringComparer.Ordinal)
            .ThenBy(q => q.Evidence[0].Span.Start)
            .ToList();
        var conflicts = attributionPairs
            .DistinctBy(p => (uf.Find(p.Item1), uf.Find(p.Item2)))
            .Select(p => new Conflict
            {
                Kind = ConflictKind.Attribution,
                Subject = $"who said \"{Shorten(items[p.Item1].Text)}\"",
                Values = [Value(docs, items[p.Item1], byId), Value(docs, items[p.Item2], byId)],
            })
            .ToList();
        return (quotes, conflicts);
    }

    /// <summary>
    /// Quoted words (not paraphrase) of two named speakers in different reports that are one statement: at least
    /// three content words of one are quoted word for word in the other, or four with nearly all words shared.
    /// </summary>
    private static bool SameStatement(Item a, Item b)
    {
        if (a.Speaker is null || b.Speaker is null || a.Doc == b.Doc || a.Quote.Kind == QuoteKind.Indirect || b.Quote.Kind == QuoteKind.Indirect)
        {
            return false;
        }
        var (shorter, longer) = a.Words.Count <= b.Words.Count ? (a, b) : (b, a);
        if (shorter.Stems.Count >= 3 && ContainsRun(longer.Words, shorter.Words))
        {
            return true;
        }
        int shared = shorter.Stems.Count(longer.Stems.Contains);
        return shared >= 4 && shared >= 0.8 * Math.Max(a.Stems.Count, b.Stems.Count);
    }

    /// <summary>Fewest words for two speakers of one quotation to contradict: shorter ones are slogans many repeat.</summary>
    private const int MinAttributedWords = 8;

    /// <summary>
    /// Two speakers of one quotation contradict each other only when each report names its person in the attribution
    /// itself (not "he" or "the president" resolved from elsewhere, where the resolution is the likelier error), the
    /// words are more than a slogan, and the two names cannot be one person's.
    /// </summary>
    private static bool Contradicts(IReadOnlyList<Doc> docs, Item a, Item b, Dictionary<string, StoryEntity> byId)
    {
        bool Named(Item it) => it.Quote.SpeakerMention is { } m && it.Quote.Source is { } s &&
            docs[it.Doc].Mentions[m] is { Type: EntityType.Person } mention && s.Overlaps(mention.Span);
        if (!Named(a) || !Named(b) || Math.Min(a.Words.Count, b.Words.Count) < MinAttributedWords)
        {
            return false;
        }
        var (x, y) = (byId[a.Speaker!], byId[b.Speaker!]);
        return !x.Aliases.Any(n => y.Aliases.Any(m => Names.MaybeSame(n, m)));
    }

    private static ConflictValue Value(IReadOnlyList<Doc> docs, Item it, Dictionary<string, StoryEntity> byId) =>
        new(byId[it.Speaker!].Name, [docs[it.Doc].Article.Id], [new Evidence(docs[it.Doc].Article.Id, it.Quote.Content)]);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private static bool SameSpeaker(Item a, Item b) =>
        a.Speaker is not null && b.Speaker is not null ? a.Speaker == b.Speaker
        : a.Speaker is null && b.Speaker is null && a.SourceKey.Length > 0 && a.SourceKey == b.SourceKey;

    /// <summary>One wording contains the other word for word, or they share most content words.</summary>
    private bool SameWords(Item a, Item b)
    {
        var (shorter, longer) = a.Words.Count <= b.Words.Count ? (a, b) : (b, a);
        if (shorter.Stems.Count >= 2 && ContainsRun(longer.Words, shorter.Words))
        {
            return true;
        }
        if (shorter.Stems.Count < 2)
        {
            return shorter.Words.SequenceEqual(longer.Words);
        }
        // Other wording or translation: most content words shared, and enough of them to be more than a topic.
        int shared = shorter.Stems.Count(longer.Stems.Contains);
        return (double)shared / shorter.Stems.Count >= Overlap && shared >= 3;
    }

    private static bool ContainsRun(List<string> haystack, List<string> needle)
    {
        // Leading articles differ between outlets ("a good start" / "good start").
        int skip = needle.Count > 1 && needle[0] is "a" or "an" or "the" ? 1 : 0;
        int n = needle.Count - skip;
        for (int i = 0; i + n <= haystack.Count; i++)
        {
            int k = 0;
            while (k < n && haystack[i + k] == needle[skip + k])
            {
                k++;
            }
            if (k == n)
            {
                return true;
            }
        }
        return false;
    }

    private static StoryQuote ToStoryQuote(IReadOnlyList<Doc> docs, List<Item> group, Dictionary<string, StoryEntity> byId)
    {
        // The wording most reports share: the version found word for word in the most of them, the longer on a tie.
        var text = group
            .OrderByDescending(c => group.Count(x => ContainsRun(x.Words, c.Words)))
            .ThenByDescending(c => c.Words.Count)
            .First().Text;
        var speaker = group.Select(x => x.Speaker).FirstOrDefault(s => s is not null);
        string? speakerName = speaker is not null ? byId[speaker].Name
            : group.Select(x => x.Quote.Source is { } s ? docs[x.Doc].Slice(s) : null).FirstOrDefault(s => s is not null);
        return new StoryQuote
        {
            Speaker = speaker,
            SpeakerName = speakerName,
            Text = text.Trim('"', '\u201C', '\u201D', '\'', '\u2018', '\u2019', ' '),
            Articles = [.. group.Select(x => docs[x.Doc].Article.Id).Distinct()],
            Evidence = [.. group.OrderBy(x => x.Doc).ThenBy(x => x.Quote.Content.Start).Select(x => new Evidence(docs[x.Doc].Article.Id, x.Quote.Content))],
        };
    }
}
