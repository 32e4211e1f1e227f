using Parallax.Ledger;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Framing;

/// <summary>
/// Framing per outlet within one story: for each report, what it alone reports, whom it quotes and for which side,
/// the words and topics it dwells on, its tone toward the main actors, its loaded words and its lead, each compared
/// with the story's independent other outlets and each traced to spans of the report.
/// </summary>
public static class FramingAnalyzer
{
    /// <summary>How many distinctive terms to list per outlet.</summary>
    private const int TermCount = 8;

    /// <summary>z above which a word is used more than by the other outlets at the 5% level (one-sided: only over-use is listed).</summary>
    private const double SignificantZ = 1.645;

    /// <summary>
    /// α0 as a share of the story's words: how much the story-wide prior of the log-odds is worth. Not tuned (there is
    /// no gold for distinctive words): a tenth of the story, so the prior steadies rare words without swamping the
    /// counts of a short report.
    /// </summary>
    private const double PriorShare = 0.1;

    /// <summary>How many of the story's main topics to compare.</summary>
    private const int TopicCount = 6;

    /// <summary>Words either side of a mention whose tone counts toward the actor. Not tuned: no tone gold at hand.</summary>
    private const int ToneWindow = 6;

    /// <summary>Words before a tone word in which a negator flips it ("not a success", "never fair").</summary>
    private const int NegationScope = 3;

    /// <summary>Most main actors compared for tone.</summary>
    private const int ActorCount = 10;

    /// <summary>Least words for a sentence to open a report (shorter first lines are titles, bylines, datelines).</summary>
    private const int LeadMinTokens = 12;

    /// <summary>Least words for a sentence to count as a statement of its own (as the claim ledger).</summary>
    private const int MinSentenceTokens = 6;

    private const int MaxEvidence = 5;

    private static readonly HashSet<string> ExpertWords = new(StringComparer.Ordinal)
    {
        "analyst", "analysts", "expert", "experts", "professor", "economist", "economists", "researcher", "researchers",
        "scholar", "scholars", "academic", "academics", "fellow", "lecturer", "observers", "commentator",
        "commentators", "strategist", "specialist", "specialists", "historian", "scientist", "scientists",
    };

    private static readonly HashSet<string> UnnamedWords = new(StringComparer.Ordinal)
    {
        "official", "officials", "source", "sources", "familiar", "diplomat", "diplomats", "aide", "aides", "insider",
        "insiders", "person", "people", "someone", "spokesman", "spokeswoman", "spokesperson", "witness", "witnesses",
        "resident", "residents", "analyst", "analysts", "expert", "experts", "observers", "critics", "supporters",
    };

    private sealed record WordToken(string Form, string Stem, TextSpan Span, int Token, int Sentence, bool Content, bool InMention);

    private sealed class Ctx
    {
        public required Doc Doc { get; init; }
        public required string Id { get; init; }
        public required string Source { get; init; }
        public required List<WordToken> Words { get; init; }
        public required string?[] EntityOfMention { get; init; }
        public required List<TextSpan> Quoted { get; init; }
        public required List<HashSet<string>> SentenceTerms { get; init; }
        public TextSpan? Lead { get; set; }

        /// <summary>Its quotations' speakers (<see cref="QuotesOf"/>), read once: each outlet is compared with every other.</summary>
        public List<Speaker>? Speakers { get; set; }

        /// <summary>Per quotation, the key and label of the side it is counted for (<see cref="SideLabel"/>), read once.</summary>
        public List<(string Key, string Label)>? SideKeys { get; set; }

        /// <summary>The entities and terms of its lead (<see cref="LeadContent"/>), read once.</summary>
        public (List<(string Key, string Name)> Actors, List<(string Key, string Name)> Terms)? LeadItems { get; set; }

        /// <summary>Per topic, the share of its sentences that name it (<see cref="SentenceShare"/>), read once.</summary>
        public Dictionary<string, double> TopicShare { get; } = new(StringComparer.Ordinal);

        /// <summary>Per stem, how often each written form of it is used.</summary>
        public Dictionary<string, Dictionary<string, int>> Forms => _forms ??= Words
            .GroupBy(w => w.Stem, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.GroupBy(w => w.Form, StringComparer.Ordinal).ToDictionary(f => f.Key, f => f.Count(), StringComparer.Ordinal), StringComparer.Ordinal);

        private Dictionary<string, Dictionary<string, int>>? _forms;
    }

    public static IReadOnlyList<OutletFraming> Analyze(IReadOnlyList<Doc> docs, Story story, FramingOptions? options = null) =>
        Analyze(docs, story, new SourceIndependence([.. docs.Select(d => d.Article)]), options);

    /// <summary>As above, with the story's own independence (so the reports' shared passages are compared once).</summary>
    public static IReadOnlyList<OutletFraming> Analyze(IReadOnlyList<Doc> docs, Story story, SourceIndependence independence, FramingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(independence);
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(story);
        options ??= FramingOptions.Default;
        if (docs.Count == 0)
        {
            return [];
        }
        var entityAt = new Dictionary<(string, TextSpan), string>();
        foreach (var e in story.Entities)
        {
            foreach (var m in e.Mentions)
            {
                entityAt.TryAdd((m.Article, m.Span), e.Id);
            }
        }
        var entities = story.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var ctxs = docs.Select(d => Context(d, independence.SourceOf(d.Article.Id), entityAt)).ToList();
        foreach (var c in ctxs)
        {
            c.Lead = LeadSpan(c.Doc);
        }
        var sides = Sides(ctxs, entities);
        var ids = ctxs.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var originals = ctxs.Where(c => c.Source == c.Id || !ids.Contains(c.Source)).ToList();
        var isOriginal = originals.ToHashSet();
        var background = Counts(originals);
        var topics = MainTopics(originals);
        var topicForms = topics.ToDictionary(t => t, t => FormCounts(originals, t), StringComparer.Ordinal);
        var actors = story.Entities
            .Where(e => independence.IndependentCount(e.Articles) >= 2)
            .OrderByDescending(e => independence.IndependentCount(e.Articles)).ThenByDescending(e => e.Mentions.Count)
            .Take(ActorCount).ToList();
        var tones = ctxs.ToDictionary(c => c.Id, c => actors.ToDictionary(a => a.Id, a => Tone(c, a.Id)), StringComparer.Ordinal);
        var termSources = new TermSources(ctxs);
        var sourcesOfSpeaker = ctxs.SelectMany(o => QuotesOf(o, entities, sides).Select(q => (q.Key, o.Source)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Source).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var result = new List<OutletFraming>(ctxs.Count);
        foreach (var c in ctxs)
        {
            var others = ctxs.Where(o => o.Source != c.Source).ToList();
            var independentOthers = others.Where(isOriginal.Contains).ToList();
            // The originals told by the outlet's own source: the story's counts less theirs are the other outlets' counts.
            var ownSource = originals.Where(o => o.Source == c.Source).ToList();
            result.Add(new OutletFraming
            {
                Article = c.Id,
                Outlet = c.Doc.Article.DisplayName,
                CopyOf = c.Source != c.Id && ids.Contains(c.Source) ? c.Source : null,
                Compared = others.Select(o => o.Source).Distinct(StringComparer.Ordinal).Count(),
                Exclusive = others.Count == 0 ? [] : Exclusive(c, others, story, independence, options.MinNovelty, termSources),
                Speakers = SpeakersOf(c, sourcesOfSpeaker, entities, sides),
                Sides = others.Count == 0 ? [] : SideShares(c, independentOthers, entities, sides),
                Terms = others.Count == 0 ? [] : Distinctive(c, Without(background, Counts(ownSource)), background),
                Topics = others.Count == 0 ? [] : TopicShares(c, independentOthers, topics,
                    t => CommonForm(Without(topicForms[t], FormCounts(ownSource, t)), FormCounts([c], t))),
                Tone = ToneOf(c, originals, actors, tones),
                Loaded = LoadedWords(c),
                Lead = LeadOf(c, independentOthers, entities),
            });
        }
        return result;
    }

    private static Ctx Context(Doc doc, string source, Dictionary<(string, TextSpan), string> entityAt)
    {
        var id = doc.Article.Id;
        var entityOfMention = doc.Mentions.Select(m => entityAt.GetValueOrDefault((id, m.Span))).ToArray();
        var mentionAt = doc.FirstOverlapping(doc.Mentions, m => m.Span);
        var words = new List<WordToken>();
        int sentence = 0;
        for (int t = 0; t < doc.Tokens.Count; t++)
        {
            var span = doc.Tokens[t].Span;
            while (sentence < doc.Sentences.Count && doc.Sentences[sentence].Span.End <= span.Start)
            {
                sentence++;
            }
            var form = Normalize.Fold(doc.Text.AsSpan(span.Start, span.Length));
            if (!form.Any(char.IsLetter))
            {
                continue;
            }
            bool content = form.Length >= 3 && form.All(ch => char.IsLetter(ch) || ch is '-' or '\'') && !StopWords.Contains(form);
            bool inMention = mentionAt[t] >= 0;
            words.Add(new WordToken(form, Normalize.Stem(form), span, t, Math.Min(sentence, Math.Max(0, doc.Sentences.Count - 1)), content, inMention));
        }
        var sentenceTerms = doc.Sentences.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToList();
        foreach (var w in words.Where(w => w.Content && sentenceTerms.Count > 0))
        {
            sentenceTerms[w.Sentence].Add(w.Stem);
        }
        for (int m = 0; m < doc.Mentions.Count; m++)
        {
            int s = doc.SentenceAt(doc.Mentions[m].Span.Start);
            if (s >= 0 && entityOfMention[m] is { } e)
            {
                sentenceTerms[s].Add("@" + e);
            }
        }
        return new Ctx
        {
            Doc = doc,
            Id = id,
            Source = source,
            Words = words,
            EntityOfMention = entityOfMention,
            Quoted = QuotedSpans(doc),
            SentenceTerms = sentenceTerms,
        };
    }

    /// <summary>Direct and partial quotations found by the quote stage, and any text between quotation marks.</summary>
    internal static List<TextSpan> QuotedSpans(Doc doc)
    {
        var spans = doc.Quotes.Where(q => q.Kind != QuoteKind.Indirect).Select(q => q.Content).ToList();
        var text = doc.Text;
        int open = -1;
        int straight = -1;
        for (int i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\u201C':
                    open = i;
                    break;
                case '\u201D' when open >= 0:
                    spans.Add(new TextSpan(open, i + 1));
                    open = -1;
                    break;
                case '"' when straight < 0:
                    straight = i;
                    break;
                case '"':
                    spans.Add(new TextSpan(straight, i + 1));
                    straight = -1;
                    break;
                case '\n':
                    // Quotation marks do not pair across paragraphs.
                    open = straight = -1;
                    break;
            }
        }
        return spans;
    }

    // (a) What it alone reports.
    /// <summary>
    /// The single-source claims of the ledger it carries, and its sentences the ledger holds no claim for that no
    /// other outlet states, each kept when enough of its content is new: when at least <paramref name="minNovelty"/>
    /// of its content words and entities appear nowhere in the independent other outlets. A claim the ledger could not
    /// match but whose words the others all use is the same material told differently, not material left out.
    /// </summary>
    private static List<ExclusiveItem> Exclusive(Ctx c, List<Ctx> others, Story story, SourceIndependence independence, double minNovelty, TermSources sources)
    {
        Func<string, bool> vocabulary = t => sources.UsedBesides(t, c.Source);
        var items = new List<ExclusiveItem>();
        var covered = new HashSet<int>();
        foreach (var claim in story.Claims)
        {
            var mine = claim.Evidence.Where(e => e.Article == c.Id).ToList();
            var sentences = mine.Select(e => c.Doc.SentenceAt(e.Span.Start)).Where(s => s >= 0).ToList();
            covered.UnionWith(sentences);
            if (mine.Count == 0 || independence.IndependentCount(claim.Articles) != 1)
            {
                continue;
            }
            double novelty = Novelty(sentences.SelectMany(s => c.SentenceTerms[s]).ToHashSet(StringComparer.Ordinal), vocabulary);
            if (novelty >= minNovelty)
            {
                var evidence = mine.Concat(claim.Evidence.Where(e => e.Article != c.Id)).ToList();
                items.Add(new ExclusiveItem(claim.Text, ExclusiveBasis.Claim, Salience(c, mine[0].Span), novelty, evidence) { Parts = claim.Parts });
            }
        }
        // Material counts as told elsewhere only when another outlet says it with four or more of the same words
        // making up nearly half of the shorter sentence: a stricter test than the ledger's (which also aligns
        // paraphrases), so that a detail one outlet adds is not lost in a topic all share.
        for (int s = 0; s < c.Doc.Sentences.Count; s++)
        {
            var terms = c.SentenceTerms[s];
            if (covered.Contains(s) || !c.Doc.Article.InBody(c.Doc.Sentences[s].Span) || c.Doc.Sentences[s].TokenCount < MinSentenceTokens || terms.Count < MinShared)
            {
                continue;
            }
            double novelty = Novelty(terms, vocabulary);
            if (novelty >= minNovelty && !others.Any(o => o.SentenceTerms.Any(t => ToldElsewhere(terms, t))))
            {
                var span = c.Doc.Sentences[s].Span;
                items.Add(new ExclusiveItem(ClaimAligner.CleanSentence(c.Doc.Slice(span)), ExclusiveBasis.Sentence, Salience(c, span), novelty, [new Evidence(c.Id, span)]));
            }
        }
        return [.. items.OrderByDescending(i => i.Salience).ThenBy(i => i.Evidence[0].Span.Start)];
    }

    /// <summary>The share of a sentence's content words and entities that the other outlets never use.</summary>
    private static double Novelty(HashSet<string> terms, Func<string, bool> vocabulary) =>
        terms.Count == 0 ? 0 : Math.Round((double)terms.Count(t => !vocabulary(t)) / terms.Count, 3);

    /// <summary>
    /// Per sentence term of a story, the source of the first report using it and whether another source uses it too:
    /// whether reports of other sources use a term, answered without joining their words for every report.
    /// </summary>
    private sealed class TermSources
    {
        private readonly Dictionary<string, (string First, bool Several)> _sources = new(StringComparer.Ordinal);

        public TermSources(IEnumerable<Ctx> ctxs)
        {
            foreach (var c in ctxs)
            {
                foreach (var term in c.SentenceTerms.SelectMany(t => t))
                {
                    if (!_sources.TryGetValue(term, out var seen))
                    {
                        _sources[term] = (c.Source, false);
                    }
                    else if (!seen.Several && seen.First != c.Source)
                    {
                        _sources[term] = (seen.First, true);
                    }
                }
            }
        }

        /// <summary>Whether a report whose source is not <paramref name="source"/> uses the term.</summary>
        public bool UsedBesides(string term, string source) =>
            _sources.TryGetValue(term, out var seen) && (seen.Several || seen.First != source);
    }

    private const int MinShared = 4;
    private const double MinOverlap = 0.45;

    private static bool ToldElsewhere(HashSet<string> a, HashSet<string> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        int shared = small.Count(large.Contains);
        return small.Count > 0 && shared >= MinShared && (double)shared / small.Count >= MinOverlap;
    }

    /// <summary>
    /// How prominent an item is: early in the report (half the weight), naming entities (0.3), giving numbers (0.2).
    /// An ordering, not a measured quantity.
    /// </summary>
    private static double Salience(Ctx c, TextSpan span)
    {
        double position = 1 - (double)span.Start / Math.Max(1, c.Doc.Text.Length);
        int entities = Enumerable.Range(0, c.Doc.Mentions.Count)
            .Where(m => span.Contains(c.Doc.Mentions[m].Span))
            .Select(m => c.EntityOfMention[m] ?? "m" + m).Distinct(StringComparer.Ordinal).Count();
        int numbers = c.Doc.Tokens.Count(t => span.Contains(t.Span) && c.Doc.Text.AsSpan(t.Span.Start, t.Span.Length).ContainsAnyInRange('0', '9'));
        return Math.Round(0.5 * position + 0.3 * Math.Min(entities, 3) / 3.0 + 0.2 * Math.Min(numbers, 2) / 2.0, 3);
    }

    // (b) Whom it quotes.
    private sealed record Speaker(string Key, string Name, SpeakerKind Kind, bool Expert, string? Side, Evidence Evidence);

    /// <summary>Each entity's side: the place or body its roles are held for, as most often written.</summary>
    private static Dictionary<string, string> Sides(List<Ctx> ctxs, Dictionary<string, StoryEntity> entities)
    {
        var votes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var c in ctxs)
        {
            for (int m = 0; m < c.Doc.Mentions.Count; m++)
            {
                if (c.EntityOfMention[m] is { } e && c.Doc.Mentions[m].RoleOf is { Length: > 0 } of)
                {
                    (votes.TryGetValue(e, out var list) ? list : votes[e] = []).Add(CanonicalSide(of, entities));
                }
            }
        }
        var sides = votes.ToDictionary(
            v => v.Key,
            v => v.Value.GroupBy(Names.PlaceKey).OrderByDescending(g => g.Count()).First().GroupBy(x => x).OrderByDescending(g => g.Count()).First().Key,
            StringComparer.Ordinal);
        // A body that speaks for itself is its own side.
        foreach (var e in entities.Values.Where(e => e.Type is EntityType.Organization or EntityType.Location))
        {
            sides.TryAdd(e.Id, e.Name);
        }
        return sides;
    }

    /// <summary>
    /// A side as a place or body rather than an adjective: "Iranian" is Iran, and an adjective the country table does
    /// not know is the story's place it is formed from ("Lestrian" and Lestria).
    /// </summary>
    private static string CanonicalSide(string side, Dictionary<string, StoryEntity> entities)
    {
        side = side.Trim();
        if (Entities.RoleLexicon.Countries.TryGetValue(side, out var country))
        {
            return country;
        }
        return Quotes.Demonyms.IsDemonym(side)
            ? entities.Values.Where(e => e.Type == EntityType.Location).Select(e => e.Name).FirstOrDefault(p => Quotes.Demonyms.Matches(side, p)) ?? side
            : side;
    }

    private static List<Speaker> QuotesOf(Ctx c, Dictionary<string, StoryEntity> entities, Dictionary<string, string> sides) =>
        c.Speakers ??= ReadQuotes(c, entities, sides);

    private static List<Speaker> ReadQuotes(Ctx c, Dictionary<string, StoryEntity> entities, Dictionary<string, string> sides)
    {
        var list = new List<Speaker>();
        foreach (var q in c.Doc.Quotes)
        {
            var evidence = new Evidence(c.Id, q.Content);
            var sourceText = q.Source is { } s ? c.Doc.Slice(s).Trim() : null;
            var sourceWords = sourceText is null ? [] : Normalize.Words(sourceText);
            if (q.SpeakerMention is { } m && m >= 0 && m < c.EntityOfMention.Length && c.EntityOfMention[m] is { } id && entities.TryGetValue(id, out var entity))
            {
                var mention = c.Doc.Mentions[m];
                bool expert = IsExpert(mention.Role) || entity.Roles.Any(IsExpert) || sourceWords.Any(ExpertWords.Contains);
                var side = mention.RoleOf is { Length: > 0 } of ? CanonicalSide(of, entities) : sides.GetValueOrDefault(id);
                list.Add(new Speaker(id, entity.Name, SpeakerKind.Named, expert, side, evidence));
            }
            else if (sourceText is not null && sourceWords.Count > 0)
            {
                bool unnamed = sourceWords.Any(UnnamedWords.Contains) && !sourceText.Skip(1).Any(char.IsUpper);
                var key = string.Join(' ', sourceWords);
                list.Add(new Speaker((unnamed ? "unnamed:" : "source:") + key, sourceText, unnamed ? SpeakerKind.Unnamed : SpeakerKind.Named,
                    sourceWords.Any(ExpertWords.Contains), null, evidence));
            }
            else
            {
                list.Add(new Speaker("unattributed", "unattributed", SpeakerKind.Unattributed, false, null, evidence));
            }
        }
        return list;
    }

    private static bool IsExpert(string? role) =>
        role is not null && Normalize.Words(role).Any(ExpertWords.Contains);

    /// <summary>
    /// The outlet's speakers, each with how many other sources quote it (<paramref name="sourcesOfSpeaker"/>: per speaker
    /// key, the sources of the story quoting it).
    /// </summary>
    private static List<QuotedSpeaker> SpeakersOf(Ctx c, Dictionary<string, HashSet<string>> sourcesOfSpeaker, Dictionary<string, StoryEntity> entities,
        Dictionary<string, string> sides)
    {
        int OtherSources(string key) => sourcesOfSpeaker.TryGetValue(key, out var set) ? set.Count - (set.Contains(c.Source) ? 1 : 0) : 0;
        return [.. QuotesOf(c, entities, sides).GroupBy(s => s.Key, StringComparer.Ordinal)
            .Select(g => new QuotedSpeaker
            {
                Entity = g.First().Kind == SpeakerKind.Named && entities.ContainsKey(g.Key) ? g.Key : null,
                Name = g.First().Name,
                Kind = g.First().Kind,
                Expert = g.Any(s => s.Expert),
                Side = g.Select(s => s.Side).FirstOrDefault(s => s is not null),
                Count = g.Count(),
                OtherOutlets = g.First().Kind == SpeakerKind.Unattributed ? 0 : OtherSources(g.Key),
                Evidence = [.. g.Select(s => s.Evidence)],
            })
            .OrderByDescending(s => s.Count).ThenBy(s => s.Evidence[0].Span.Start)];
    }

    /// <summary>The side a quote is counted for: the speaker's side, else analysts, unnamed sources, or other voices.</summary>
    private static string SideLabel(Speaker s) =>
        s.Side ?? (s.Expert ? "analysts and experts" : s.Kind switch
        {
            SpeakerKind.Unnamed => "unnamed sources",
            SpeakerKind.Unattributed => "unattributed",
            _ => "other voices",
        });

    private static List<SideShare> SideShares(Ctx c, List<Ctx> others, Dictionary<string, StoryEntity> entities, Dictionary<string, string> sides)
    {
        var mine = SideKeysOf(c, entities, sides);
        if (mine.Count == 0)
        {
            return [];
        }
        var theirs = others.SelectMany(o => SideKeysOf(o, entities, sides)).ToList();
        var labels = mine.Concat(theirs).GroupBy(s => s.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Label, StringComparer.Ordinal);
        var mineCount = mine.CountBy(s => s.Key, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var theirCount = theirs.CountBy(s => s.Key, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        return [.. labels
            .Select(l => new SideShare(l.Value,
                mineCount.GetValueOrDefault(l.Key),
                Math.Round((double)mineCount.GetValueOrDefault(l.Key) / mine.Count, 3),
                theirs.Count == 0 ? 0 : Math.Round((double)theirCount.GetValueOrDefault(l.Key) / theirs.Count, 3)))
            .OrderByDescending(s => s.Share).ThenByDescending(s => s.OthersShare).ThenBy(s => s.Side, StringComparer.Ordinal)];
    }

    private static List<(string Key, string Label)> SideKeysOf(Ctx c, Dictionary<string, StoryEntity> entities, Dictionary<string, string> sides) =>
        c.SideKeys ??= [.. QuotesOf(c, entities, sides).Select(s => SideLabel(s)).Select(label => (Names.PlaceKey(label), label))];

    /// <summary>Counts less a part of them (keys whose count falls to nothing are left out, as counting never holds them).</summary>
    private static Dictionary<string, int> Without(Dictionary<string, int> counts, Dictionary<string, int> part)
    {
        var rest = new Dictionary<string, int>(counts, StringComparer.Ordinal);
        foreach (var (key, n) in part)
        {
            if ((rest[key] -= n) == 0)
            {
                rest.Remove(key);
            }
        }
        return rest;
    }

    // (c) The issues it dwells on.
    private static Dictionary<string, int> Counts(IEnumerable<Ctx> ctxs)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in ctxs.SelectMany(c => c.Words).Where(w => w.Content))
        {
            counts[w.Stem] = counts.GetValueOrDefault(w.Stem) + 1;
        }
        return counts;
    }

    /// <summary>The terms an outlet uses more than the other independent outlets (<paramref name="theirs"/>: their word counts).</summary>
    private static List<DistinctiveTerm> Distinctive(Ctx c, Dictionary<string, int> theirs, Dictionary<string, int> background)
    {
        var mine = Counts([c]);
        var prior = new Dictionary<string, int>(background, StringComparer.Ordinal);
        foreach (var (w, n) in mine.Concat(theirs))
        {
            prior.TryAdd(w, n);
        }
        return [.. LogOdds.Compare(mine, theirs, prior, Math.Max(1, PriorShare * prior.Values.Sum()))
            .Where(s => s.Z > SignificantZ && s.Count >= 2)
            .OrderByDescending(s => s.Z).ThenBy(s => s.Word, StringComparer.Ordinal)
            .Take(TermCount)
            .Select(s =>
            {
                var uses = c.Words.Where(w => w.Content && w.Stem == s.Word).ToList();
                var form = uses.GroupBy(w => w.Form).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
                return new DistinctiveTerm(form, Math.Round(s.Z, 2), s.Count, s.OthersCount,
                    [.. uses.Take(MaxEvidence).Select(w => new Evidence(c.Id, w.Span))]);
            })];
    }

    /// <summary>
    /// The story's main topics: words (not names) used by at least half of the independent outlets, and by two or more,
    /// most used first.
    /// </summary>
    private static List<string> MainTopics(List<Ctx> originals)
    {
        int need = Math.Max(2, (originals.Count + 1) / 2);
        return [.. originals
            .SelectMany(c => c.Words.Where(w => w.Content && !w.InMention).Select(w => (w.Stem, c.Id)))
            .GroupBy(x => x.Stem, StringComparer.Ordinal)
            .Where(g => g.Select(x => x.Id).Distinct(StringComparer.Ordinal).Count() >= need)
            .OrderByDescending(g => g.Select(x => x.Id).Distinct(StringComparer.Ordinal).Count())
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(TopicCount)
            .Select(g => g.Key)];
    }

    private static double SentenceShare(Ctx c, string topic)
    {
        if (!c.TopicShare.TryGetValue(topic, out var share))
        {
            share = c.TopicShare[topic] = c.Doc.Sentences.Count == 0 ? 0 : (double)c.SentenceTerms.Count(t => t.Contains(topic)) / c.Doc.Sentences.Count;
        }
        return share;
    }

    /// <summary>How often the reports write each form of a stem.</summary>
    private static Dictionary<string, int> FormCounts(IEnumerable<Ctx> ctxs, string stem)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in ctxs)
        {
            if (c.Forms.TryGetValue(stem, out var forms))
            {
                foreach (var (form, n) in forms)
                {
                    counts[form] = counts.GetValueOrDefault(form) + n;
                }
            }
        }
        return counts;
    }

    /// <summary>The form written most often in the counts taken together (ties: the first in ordinal order).</summary>
    private static string CommonForm(Dictionary<string, int> counts, Dictionary<string, int> more)
    {
        foreach (var (form, n) in more)
        {
            counts[form] = counts.GetValueOrDefault(form) + n;
        }
        return counts.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key;
    }

    /// <summary>Per main topic, the outlet's share of sentences naming it against the other outlets' (<paramref name="formOf"/>: the topic's word as written).</summary>
    private static List<TopicShare> TopicShares(Ctx c, List<Ctx> others, List<string> topics, Func<string, string> formOf) =>
        [.. topics.Select(t =>
        {
            var form = formOf(t);
            var evidence = Enumerable.Range(0, c.Doc.Sentences.Count).Where(s => c.SentenceTerms[s].Contains(t))
                .Take(MaxEvidence).Select(s => new Evidence(c.Id, c.Doc.Sentences[s].Span)).ToList();
            return new TopicShare(form, Math.Round(SentenceShare(c, t), 3),
                others.Count == 0 ? 0 : Math.Round(others.Average(o => SentenceShare(o, t)), 3), evidence);
        }).OrderByDescending(t => t.Share).ThenBy(t => t.Topic, StringComparer.Ordinal)];

    // (d) Tone toward the main actors.
    private sealed record ToneResult(int Mentions, double Score, List<ToneSentence> Sentences);

    private sealed class SentenceTone
    {
        public double Score { get; set; }
        public List<string> Words { get; } = [];
    }

    private static ToneResult Tone(Ctx c, string entity)
    {
        var doc = c.Doc;
        var wordAt = c.Words.ToDictionary(w => w.Token);
        var perSentence = new SortedDictionary<int, SentenceTone>();
        var counted = new HashSet<int>();
        int mentions = 0;
        double total = 0;
        for (int m = 0; m < doc.Mentions.Count; m++)
        {
            if (c.EntityOfMention[m] != entity)
            {
                continue;
            }
            var span = doc.Mentions[m].Span;
            int s = doc.SentenceAt(span.Start);
            if (s < 0)
            {
                continue;
            }
            mentions++;
            var sentence = doc.Sentences[s];
            int first = FirstTokenAt(doc, span.Start, sentence);
            int last = first;
            while (last + 1 < sentence.EndToken && doc.Tokens[last + 1].Span.Start < span.End)
            {
                last++;
            }
            for (int t = Math.Max(sentence.FirstToken, first - ToneWindow); t <= Math.Min(sentence.EndToken - 1, last + ToneWindow); t++)
            {
                if (t >= first && t <= last || !wordAt.TryGetValue(t, out var w) || w.InMention)
                {
                    continue;
                }
                int polarity = FramingLexicon.Polarity(w.Form);
                if (polarity == 0)
                {
                    continue;
                }
                bool negated = Negated(doc, wordAt, t, sentence.FirstToken);
                int value = negated ? -polarity : polarity;
                total += value;
                if (counted.Add(t))
                {
                    var entry = perSentence.TryGetValue(s, out var e) ? e : perSentence[s] = new SentenceTone();
                    entry.Score += value;
                    entry.Words.Add(negated ? "not " + w.Form : w.Form);
                }
            }
        }
        var sentences = perSentence.Select(p => new ToneSentence(new Evidence(c.Id, doc.Sentences[p.Key].Span), p.Value.Score, p.Value.Words)).ToList();
        return new ToneResult(mentions, mentions == 0 ? 0 : total / mentions, sentences);
    }

    private static int FirstTokenAt(Doc doc, int offset, Sentence sentence)
    {
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (doc.Tokens[t].Span.End > offset)
            {
                return t;
            }
        }
        return sentence.EndToken - 1;
    }

    /// <summary>A negator among the few words before, with no clause break (, ; :) between.</summary>
    private static bool Negated(Doc doc, Dictionary<int, WordToken> wordAt, int token, int sentenceStart)
    {
        for (int t = token - 1; t >= Math.Max(sentenceStart, token - NegationScope); t--)
        {
            var text = doc.TokenText(t);
            if (text is "," or ";" or ":" or "—" or "--")
            {
                return false;
            }
            var form = wordAt.TryGetValue(t, out var w) ? w.Form : Normalize.Fold(text);
            if (FramingLexicon.Negators.Contains(form))
            {
                return true;
            }
        }
        return false;
    }

    private static List<ActorTone> ToneOf(Ctx c, List<Ctx> originals, List<StoryEntity> actors, Dictionary<string, Dictionary<string, ToneResult>> tones) =>
        [.. actors
            .Where(a => tones[c.Id][a.Id].Mentions > 0)
            .Select(a =>
            {
                var mine = tones[c.Id][a.Id];
                var all = originals.Select(o => tones[o.Id][a.Id]).Where(t => t.Mentions > 0).ToList();
                return new ActorTone
                {
                    Entity = a.Id,
                    Name = a.Name,
                    Score = Math.Round(mine.Score, 3),
                    StoryMean = Math.Round(all.Count == 0 ? mine.Score : all.Average(t => t.Score), 3),
                    Mentions = mine.Mentions,
                    Sentences = mine.Sentences,
                };
            })];

    // (e) Loaded words.
    private static List<LoadedWord> LoadedWords(Ctx c) =>
        [.. c.Words
            .Where(w => FramingLexicon.Loaded.Contains(w.Form) && !c.Quoted.Any(q => q.Overlaps(w.Span)))
            .Select(w => new LoadedWord(w.Form, new Evidence(c.Id, w.Span)))];

    // (f) The lead.
    /// <summary>The first sentence long enough to be prose, with the next one when it is in the same paragraph.</summary>
    internal static TextSpan? LeadSpan(Doc doc)
    {
        for (int s = 0; s < doc.Sentences.Count; s++)
        {
            if (doc.Sentences[s].TokenCount < LeadMinTokens)
            {
                continue;
            }
            var span = doc.Sentences[s].Span;
            if (s + 1 < doc.Sentences.Count)
            {
                var next = doc.Sentences[s + 1].Span;
                if (!doc.Text.AsSpan(span.End, next.Start - span.End).Contains('\n'))
                {
                    span = TextSpan.Cover(span, next);
                }
            }
            return span;
        }
        return null;
    }

    private static (List<(string Key, string Name)> Actors, List<(string Key, string Name)> Terms) LeadContent(Ctx c, Dictionary<string, StoryEntity> entities) =>
        c.LeadItems ??= ReadLead(c, entities);

    private static (List<(string Key, string Name)> Actors, List<(string Key, string Name)> Terms) ReadLead(Ctx c, Dictionary<string, StoryEntity> entities)
    {
        if (c.Lead is not { } lead)
        {
            return ([], []);
        }
        var actors = Enumerable.Range(0, c.Doc.Mentions.Count)
            .Where(m => lead.Contains(c.Doc.Mentions[m].Span) && c.EntityOfMention[m] is not null)
            .Select(m => c.EntityOfMention[m]!).Distinct(StringComparer.Ordinal)
            .Select(e => (e, entities.TryGetValue(e, out var x) ? x.Name : e)).ToList();
        var terms = c.Words.Where(w => w.Content && !w.InMention && lead.Contains(w.Span))
            .GroupBy(w => w.Stem, StringComparer.Ordinal).Select(g => (g.Key, g.First().Form)).ToList();
        return (actors, terms);
    }

    private static LeadFraming? LeadOf(Ctx c, List<Ctx> others, Dictionary<string, StoryEntity> entities)
    {
        if (c.Lead is not { } lead)
        {
            return null;
        }
        var (actors, terms) = LeadContent(c, entities);
        var otherLeads = others.GroupBy(o => o.Source).Select(g => LeadContent(g.First(), entities)).ToList();
        return new LeadFraming(
            new Evidence(c.Id, lead),
            [.. actors.Select(a => new LeadItem(a.Key, a.Name, otherLeads.Count(o => o.Actors.Any(x => x.Key == a.Key))))],
            [.. terms.Select(t => new LeadItem(t.Key, t.Name, otherLeads.Count(o => o.Terms.Any(x => x.Key == t.Key))))
                .OrderBy(t => t.OtherLeads)]);
    }
}
