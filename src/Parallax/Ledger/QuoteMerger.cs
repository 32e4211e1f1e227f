using System.Text.RegularExpressions;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Ledger;

/// <summary>
/// Joins the quotes of a story's reports: the same words from the same speaker are one statement, whichever
/// outlets carry it and however much of it each one quotes ("a fair offer" inside "All in all, I think it
/// was a fair offer."). Statements of one party in other words are one statement too: the same speaker, or a
/// speaker and a phrase, country or body of the same party ("Foreign Minister Ana Berg said" and "the Veltrian side
/// asserted"), whose words share enough of what is particular to them (<see cref="Paraphrase"/>) and do not contradict
/// each other (<see cref="Contradict"/>). Each outlet's wording is kept as evidence.
/// </summary>
public sealed partial class QuoteMerger
{
    /// <summary>Least overlap of content-word stems (over the smaller quote) for two wordings to be one statement.</summary>
    public double Overlap { get; init; } = 0.6;

    /// <summary>
    /// Least share of the smaller wording's particular concepts (content words folded with their synonyms, less the
    /// story's topic words and names) that the other wording of the same party must hold too, for the two to be one
    /// statement in other words. 0.3 with <see cref="ParaphraseDice"/> 0.2: best claim-gold F1 on the seeds (0.376) and
    /// samples (0.420) with no aligned pair outside the gold, and the fewest wrong pairs among the BASIL dev quotations
    /// read by hand (0.25 and Dice alone joined different statements of one speaker); see eval/README.md "Story ledger".
    /// </summary>
    public double ParaphraseOverlap { get; init; } = 0.3;

    /// <summary>
    /// Least share (Dice) of both wordings' particular concepts that they share: two words in common between a short
    /// remark and a long speech are a topic, not a statement. 0.2: tuned with <see cref="ParaphraseOverlap"/>.
    /// </summary>
    public double ParaphraseDice { get; init; } = 0.2;

    /// <summary>Fewest particular concepts two paraphrases must share: one shared word is a topic, not a statement.</summary>
    public int ParaphraseShared { get; init; } = 2;

    private sealed record Item(int Doc, Quote Quote, string? Speaker, string SourceKey, string Text, List<string> Words, HashSet<string> Stems)
    {
        /// <summary>
        /// Who says it, as one key: the speaker, or with none the source phrase; null when neither is known. Two wordings
        /// with one key have the same speaker; the same-words and paraphrase comparisons are blocked by it.
        /// </summary>
        public string? SpeakerKey { get; } = Speaker is not null ? "\u0001" + Speaker : SourceKey.Length > 0 ? "\u0002" + SourceKey : null;

        /// <summary>The party the speaker speaks for: the speaker's body or country, or the party a phrase names ("the Veltrian side").</summary>
        public string? Party { get; init; }

        /// <summary>The speaker is a named person (two different people of one party are two statements).</summary>
        public bool Person { get; init; }

        /// <summary>Reported speech holding the report's own quoted words: it joins other wordings, never stands alone.</summary>
        public bool HoldsQuote { get; init; }

        /// <summary>Concepts of the content words, less the story's topic words and the names in the wording.</summary>
        public HashSet<string> Concepts { get; init; } = [];

        public bool Negated { get; init; }

        public HashSet<string> Numbers { get; init; } = [];
    }

    public (IReadOnlyList<StoryQuote> Quotes, IReadOnlyList<Conflict> AttributionConflicts) Merge(
        IReadOnlyList<Doc> docs, IReadOnlyDictionary<(int Doc, int Mention), string> entityOf, IReadOnlyList<StoryEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(entityOf);
        ArgumentNullException.ThrowIfNull(entities);
        return Merge(docs, new EntityResolver.Result(entities, entityOf));
    }

    public (IReadOnlyList<StoryQuote> Quotes, IReadOnlyList<Conflict> AttributionConflicts) Merge(IReadOnlyList<Doc> docs, EntityResolver.Result resolved)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(resolved);
        var (entityOf, entities) = (resolved.EntityOf, resolved.Entities);
        var byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var parties = new PositionFinder.Parties(docs, resolved);
        var topic = TopicConcepts(docs);
        var items = new List<Item>();
        for (int d = 0; d < docs.Count; d++)
        {
            var quoted = new SpanIndex(docs[d].Quotes.Where(q => q.Kind != QuoteKind.Indirect).Select(q => q.Content));
            foreach (var q in docs[d].Quotes.Where(q => docs[d].Article.InBody(q.Content)))
            {
                string? speaker = q.SpeakerMention is { } m && entityOf.TryGetValue((d, m), out var e) ? e : null;
                var text = docs[d].Slice(q.Content).Trim();
                var words = Normalize.Words(text);
                if (words.Count == 0)
                {
                    continue;
                }
                var source = q.Source is { } s ? string.Join(' ', Normalize.Words(docs[d].Slice(s))) : "";
                items.Add(new Item(d, q, speaker, source, text, words, [.. words.Where(w => !StopWords.Contains(w)).Select(Normalize.Stem)])
                {
                    Party = speaker is not null ? parties.PartyOf(speaker) : q.Source is { } phrase ? parties.OfPhrase(docs[d], d, phrase) : null,
                    Person = speaker is not null && byId[speaker].Type == EntityType.Person,
                    // Reported speech that holds the report's own quoted words is represented by those words, unless
                    // another report says it in other words ("were 'on the same page' about a retraining scheme").
                    HoldsQuote = q.Kind == QuoteKind.Indirect && quoted.Within(q.Content).Count > 0,
                    Concepts = Concepts(text, words, topic),
                    Negated = words.Any(IsNegation),
                    Numbers = [.. words.Where(IsNumber)],
                });
            }
        }
        var uf = new UnionFind(items.Count);
        // Only wordings of one speaker are compared for the same words, not every pair of the story's quotations.
        foreach (var (i, j) in Blocking.Pairs(Blocking.Blocks(items.Count, i => items[i].SpeakerKey)))
        {
            if (!items[i].HoldsQuote && !items[j].HoldsQuote && SameWords(items[i], items[j]))
            {
                uf.Union(i, j);
            }
        }
        // Attribution conflicts: the same words given to two named people by different reports.
        var attributable = Enumerable.Range(0, items.Count).Where(i => Attributable(docs, items[i])).ToList();
        var attributionPairs = new List<(int, int)>();
        foreach (var (i, j) in Blocking.Pairs([attributable]))
        {
            if (items[i].Speaker != items[j].Speaker && SameWords(items[i], items[j]) && SameStatement(items[i], items[j]) &&
                Contradicts(docs, items[i], items[j], byId))
            {
                attributionPairs.Add((i, j));
            }
        }
        JoinParaphrases(items, uf);
        var quotes = items.Select((it, i) => (it, i)).GroupBy(x => uf.Find(x.i))
            .Select(g => g.Select(x => x.it).ToList())
            .Where(g => !g.All(x => x.HoldsQuote) || g.Select(x => x.Doc).Distinct().Count() > 1)
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
        if (!Attributable(docs, a) || !Attributable(docs, b))
        {
            return false;
        }
        var (x, y) = (byId[a.Speaker!], byId[b.Speaker!]);
        return !x.Aliases.Any(n => y.Aliases.Any(m => Names.MaybeSame(n, m)));
    }

    /// <summary>
    /// A quotation that can stand in an attribution conflict: quoted words (not reported speech) of more than a slogan,
    /// given to a person the report names in the attribution itself.
    /// </summary>
    private static bool Attributable(IReadOnlyList<Doc> docs, Item it) =>
        it.Speaker is not null && it.Quote.Kind != QuoteKind.Indirect && !it.HoldsQuote && it.Words.Count >= MinAttributedWords &&
        it.Quote.SpeakerMention is { } m && it.Quote.Source is { } s &&
        docs[it.Doc].Mentions[m] is { Type: EntityType.Person } mention && s.Overlaps(mention.Span);

    /// <summary>
    /// Joins statements of one party in other words, best pair first. Two statements join only when every pair of
    /// their reports' wordings is the same statement (<see cref="Linked"/>), so one loose match does not chain two
    /// statements of a speaker together.
    /// </summary>
    private void JoinParaphrases(List<Item> items, UnionFind uf)
    {
        // Linked wordings have one speaker (or source phrase) or one party (SameParty): only pairs within those blocks,
        // each pair once (a pair of one speaker and one party is taken with the speaker's).
        var bySpeaker = Blocking.Pairs(Blocking.Blocks(items.Count, i => items[i].SpeakerKey));
        var byParty = Blocking.Pairs(Blocking.Blocks(items.Count, i => items[i].Party)).Where(p => items[p.I].SpeakerKey is not { } k || k != items[p.J].SpeakerKey);
        var pairs = new List<(int I, int J, double Score)>();
        foreach (var (i, j) in bySpeaker.Concat(byParty))
        {
            if (items[i].Doc != items[j].Doc && uf.Find(i) != uf.Find(j) && Linked(items[i], items[j]))
            {
                pairs.Add((i, j, Share(items[i], items[j])));
            }
        }
        var members = new Dictionary<int, List<int>>();
        for (int x = 0; x < items.Count; x++)
        {
            int r = uf.Find(x);
            if (!members.TryGetValue(r, out var list))
            {
                members[r] = list = [];
            }
            list.Add(x);
        }
        foreach (var (i, j, _) in pairs.OrderByDescending(p => p.Score).ThenBy(p => p.I).ThenBy(p => p.J))
        {
            int ri = uf.Find(i), rj = uf.Find(j);
            if (ri == rj)
            {
                continue;
            }
            var (a, b) = (members[ri], members[rj]);
            if (a.All(x => b.All(y => items[x].Doc == items[y].Doc || Linked(items[x], items[y]))))
            {
                uf.Union(i, j);
                members.Remove(ri);
                members.Remove(rj);
                members[uf.Find(i)] = [.. a, .. b];
            }
        }
    }

    /// <summary>Two wordings of one party's statement: compatible speakers, the same or other words, and no contradiction.</summary>
    private bool Linked(Item a, Item b) =>
        SameParty(a, b) && !Contradict(a, b) && (!a.HoldsQuote && !b.HoldsQuote && SameWords(a, b) || Paraphrase(a, b));

    /// <summary>
    /// Speakers of one statement: the same person or body, the same phrase, or a speaker and a phrase, country or body
    /// of the same party. Two different people of one party are two speakers (the same words given to both are an
    /// attribution conflict, not one statement).
    /// </summary>
    private static bool SameParty(Item a, Item b)
    {
        if (SameSpeaker(a, b))
        {
            return true;
        }
        return a.Party is not null && a.Party == b.Party && !(a.Person && b.Person);
    }

    /// <summary>
    /// The same statement in other words: at least <see cref="ParaphraseShared"/> particular concepts shared, making at
    /// least <see cref="ParaphraseOverlap"/> of the smaller statement's.
    /// </summary>
    private bool Paraphrase(Item a, Item b)
    {
        int shared = a.Concepts.Count(b.Concepts.Contains);
        return shared >= ParaphraseShared && Share(a, b) >= ParaphraseOverlap &&
               2.0 * shared / (a.Concepts.Count + b.Concepts.Count) >= ParaphraseDice;
    }

    private static double Share(Item a, Item b)
    {
        int smaller = Math.Min(a.Concepts.Count, b.Concepts.Count);
        return smaller == 0 ? 0 : (double)a.Concepts.Count(b.Concepts.Contains) / smaller;
    }

    /// <summary>
    /// Two wordings that cannot be one statement: one is negated and the other not ("will accept" / "will not accept"),
    /// or both give numbers and none is the same ("12 injured" / "19 injured").
    /// </summary>
    private static bool Contradict(Item a, Item b) =>
        a.Negated != b.Negated || a.Numbers.Count > 0 && b.Numbers.Count > 0 && !a.Numbers.Overlaps(b.Numbers);

    private static bool IsNegation(string word) =>
        word is "not" or "no" or "never" or "nothing" or "none" or "neither" or "nor" or "cannot" or "nobody" or "n't" ||
        word.EndsWith("n't", StringComparison.Ordinal);

    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty",
        "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "dozen",
        "dozens", "half", "third", "quarter", "first", "second", "fourth", "fifth", "last", "latest",
    };

    private static bool IsNumber(string word) => NumberWords.Contains(word) || word.Any(char.IsDigit);

    /// <summary>
    /// What a wording says, as concepts of its content words: less the story's topic words and the names in it ("Berg",
    /// "Portvale", "Veltrian"), which tell whom or where a statement is about, not what it says.
    /// </summary>
    private static HashSet<string> Concepts(string text, List<string> words, HashSet<string> topic)
    {
        var names = Capitalized().Matches(text).Where(m => m.Index > 0 && !SentenceStart(text, m.Index))
            .Select(m => Normalize.Fold(m.Value)).ToHashSet(StringComparer.Ordinal);
        return [.. words.Where(w => !StopWords.Contains(w) && !names.Contains(w)).Select(Normalize.Concept).Where(c => !topic.Contains(c))];
    }

    /// <summary>Whether the word at <paramref name="at"/> opens a sentence or a quotation (so its capital says nothing).</summary>
    private static bool SentenceStart(string text, int at)
    {
        int i = at - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '\u201C' or '\'' or '\u2018' or '(' or '\u2014' or '-'))
        {
            i--;
        }
        return i < 0 || text[i] is '.' or '!' or '?' or ':' or ';' or '\u2026';
    }

    [GeneratedRegex(@"\b\p{Lu}[\p{L}\p{N}'\u2019-]*")]
    private static partial Regex Capitalized();

    /// <summary>
    /// Concepts every report of a story of three or more uses ("talks", "sides", "nuclear" in a story of nuclear talks):
    /// sharing them says nothing about which statement two wordings are.
    /// </summary>
    private static HashSet<string> TopicConcepts(IReadOnlyList<Doc> docs)
    {
        if (docs.Count < 3)
        {
            return [];
        }
        HashSet<string>? common = null;
        foreach (var doc in docs)
        {
            var concepts = Normalize.Words(doc.Text).Where(w => !StopWords.Contains(w)).Select(Normalize.Concept).ToHashSet(StringComparer.Ordinal);
            if (common is null)
            {
                common = concepts;
            }
            else
            {
                common.IntersectWith(concepts);
            }
        }
        return common ?? [];
    }

    private static ConflictValue Value(IReadOnlyList<Doc> docs, Item it, Dictionary<string, StoryEntity> byId) =>
        new(byId[it.Speaker!].Name, [docs[it.Doc].Article.Id], [new Evidence(docs[it.Doc].Article.Id, it.Quote.Content)]);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private static bool SameSpeaker(Item a, Item b) => a.SpeakerKey is { } k && k == b.SpeakerKey;

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
        // One party's statement given by several of its speakers ("Berg", "the Veltrian side") is the party's.
        bool severalSpeakers = group.Select(x => x.Speaker ?? "\0" + x.SourceKey).Distinct(StringComparer.Ordinal).Count() > 1;
        var speaker = severalSpeakers && group[0].Party is { } party && group.All(x => x.Party == party)
            ? party
            : group.Select(x => x.Speaker).FirstOrDefault(s => s is not null);
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
