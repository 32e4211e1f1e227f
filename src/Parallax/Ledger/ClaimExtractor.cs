using System.Globalization;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Ledger;

/// <summary>
/// An atomic claim of one report: a clause of a reporter's sentence with its parts, and the keys it is aligned by.
/// </summary>
public sealed record ClauseClaim(int Doc, int Sentence, TextSpan Span, string Text, ClaimParts Parts)
{
    /// <summary>Story entities that act ("@" + id); empty when the subject names none.</summary>
    public required IReadOnlySet<string> Actors { get; init; }

    /// <summary>Every entity the subject names, its head or not ("the talks between Veltria and Lestria").</summary>
    public required IReadOnlySet<string> Involved { get; init; }

    /// <summary>The predicate's concept with its negation ("talk", "not agree").</summary>
    public required string Predicate { get; init; }

    /// <summary>Entities ("@" + id) and concepts of what the verb is done to (places, dates and numbers left out).</summary>
    public required IReadOnlySet<string> Objects { get; init; }

    /// <summary>Concepts of the subject's words when it names no entity ("the talks", "two sides").</summary>
    public required IReadOnlySet<string> SubjectTerms { get; init; }

    /// <summary>Concepts of the common nouns of the subject, beside any entity ("striking dockworkers and the Harbour Authority").</summary>
    public IReadOnlySet<string> SubjectNouns { get; init; } = new HashSet<string>();

    /// <summary>Every concept and entity of the clause, for ranking aligned pairs.</summary>
    public required IReadOnlySet<string> Terms { get; init; }

    public int Words { get; init; }
}

/// <summary>
/// Splits each reporter sentence (the words outside quotations: quotes are their own layer) into clauses at
/// coordination ("and", "but", ";"), non-restrictive relative clauses (", who ..."), participial clauses
/// (", saying ...") and subordinate clauses ("after X did Y"), using the part-of-speech layer, and fills for each
/// clause who did what, to whom, when, where, how many, in what role and with what result, every part a span of the
/// article. A clause without a finite verb or without a subject is not a claim. Documents without part-of-speech
/// tags give none.
/// </summary>
public static class ClaimExtractor
{
    /// <summary>Adverbs that complete a verb as its particle ("walked out", "broke off").</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase) { "out", "up", "off", "down", "away", "back", "over" };

    private static readonly HashSet<string> Finite = new(StringComparer.Ordinal) { "VBD", "VBZ", "VBP", "MD" };

    private static readonly HashSet<string> NounPhraseTags = new(StringComparer.Ordinal)
    {
        "NN", "NNS", "NNP", "NNPS", "PRP", "DT", "PDT", "JJ", "JJR", "JJS", "CD", "POS", "PRP$", "HYPH",
    };

    /// <summary>Words that open a subordinate clause whose event is a claim of its own.</summary>
    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal)
    {
        "after", "before", "when", "while", "as", "because", "since", "although", "though", "whereas", "until", "once",
    };

    /// <summary>Participles that introduce a phrase rather than a clause (", including ...", ", according to ...").</summary>
    private static readonly HashSet<string> NotClauses = new(StringComparer.Ordinal)
    {
        "including", "according", "following", "regarding", "concerning", "excluding", "during", "pending", "considering",
        "notwithstanding", "barring", "beginning", "starting",
    };

    /// <summary>Participles that state the outcome of the clause they follow (", leaving three dead").</summary>
    private static readonly HashSet<string> ResultParticiples = new(StringComparer.Ordinal)
    {
        "resulting", "leading", "ending", "leaving", "prompting", "causing", "paving", "forcing",
    };

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    {
        "in", "at", "near", "from", "outside", "inside",
    };

    private static readonly HashSet<string> ObjectPrepositions = new(StringComparer.Ordinal)
    {
        "with", "to", "on", "about", "for", "against", "into", "over", "toward", "towards", "as",
    };

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "not", "n't", "never" };

    private static readonly Dictionary<string, string> NumberWords = new(StringComparer.Ordinal)
    {
        ["one"] = "1", ["two"] = "2", ["three"] = "3", ["four"] = "4", ["five"] = "5", ["six"] = "6", ["seven"] = "7",
        ["eight"] = "8", ["nine"] = "9", ["ten"] = "10", ["eleven"] = "11", ["twelve"] = "12", ["dozen"] = "12",
        ["twenty"] = "20", ["hundred"] = "100", ["thousand"] = "1000", ["hundreds"] = "100+", ["thousands"] = "1000+",
        ["dozens"] = "12+",
    };

    /// <summary>Words before a number that say how exact it is ("at least 12", "about 1,000").</summary>
    private static readonly HashSet<string> NumberModifiers = new(StringComparer.Ordinal)
    {
        "about", "some", "nearly", "around", "over", "almost", "roughly", "approximately", "least", "than", "to", "only",
    };

    private enum Kind
    {
        Main,
        Relative,
        Participial,
        Coordinate,
        Subordinate,

        /// <summary>A participle describing a noun (", led by the carrier,"): not a claim, skipped.</summary>
        Aside,
    }

    private sealed class Clause(Kind kind)
    {
        public Kind Kind { get; } = kind;
        public List<int> Tokens { get; } = [];

        /// <summary>The clause whose subject this one shares (a participle, a coordinated verb phrase).</summary>
        public Clause? SubjectFrom { get; set; }

        /// <summary>For a relative clause: the last token of the noun phrase it describes.</summary>
        public int Antecedent { get; set; } = -1;

        /// <summary>After a speech verb the rest is what was said: not split further.</summary>
        public bool Complement { get; set; }

        public bool HasFiniteVerb { get; set; }

        /// <summary>A participial clause that states the outcome of <see cref="SubjectFrom"/>.</summary>
        public bool IsResult { get; set; }

        /// <summary>An indirect question ("declined to say when they would meet again"): asked, not stated.</summary>
        public bool IsQuestion { get; set; }

        public Parsed? Parsed { get; set; }
    }

    private sealed record Parsed(int VerbStart, int VerbEnd, int MainVerb, int Catenative, bool Negated, (int Start, int End)? Subject, (int Start, int End)? Apposition);

    /// <summary>The atomic claims of one report; <paramref name="docIndex"/> keys <paramref name="entityOf"/>.</summary>
    public static IReadOnlyList<ClauseClaim> Extract(Doc doc, int docIndex, IReadOnlyDictionary<(int Doc, int Mention), string> entityOf)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(entityOf);
        if (doc.PartOfSpeech.Count != doc.Tokens.Count || doc.Tokens.Count == 0)
        {
            return [];
        }
        var ctx = new Context(doc, docIndex, entityOf);
        var claims = new List<ClauseClaim>();
        for (int s = 0; s < doc.Sentences.Count; s++)
        {
            var sentence = doc.Sentences[s];
            if (sentence.TokenCount < 3 || sentence.TokenCount > 120 || !doc.Article.InBody(sentence.Span))
            {
                continue;
            }
            var clauses = Split(ctx, sentence);
            foreach (var c in clauses)
            {
                c.Parsed = Parse(ctx, c);
            }
            foreach (var c in clauses)
            {
                if (c.IsResult || c.IsQuestion || Build(ctx, s, c, clauses) is not { } claim)
                {
                    continue;
                }
                claims.Add(claim);
            }
        }
        return claims;
    }

    private sealed class Context
    {
        public Context(Doc doc, int docIndex, IReadOnlyDictionary<(int Doc, int Mention), string> entityOf)
        {
            Doc = doc;
            DocIndex = docIndex;
            EntityOf = entityOf;
            int n = doc.Tokens.Count;
            Masked = new bool[n];
            Tags = RepairTags(Enumerable.Range(0, n).Select(t => doc.TokenText(t)).ToList(), doc.PartOfSpeech, doc.Sentences.Select(x => (x.FirstToken, x.EndToken)));
            MentionAt = doc.FirstOverlapping(doc.Mentions, m => m.Span);
            TimexAt = doc.FirstOverlapping(doc.Timexes, x => IsWhen(x) ? x.Span : null);
            var quoted = doc.FirstOverlapping(
                doc.Quotes.Where(q => q.Kind != QuoteKind.Partial).SelectMany(q => new[] { (TextSpan?)q.Content, q.Cue, q.Source }).ToList(),
                q => q);
            // The dateline ("HARBOURTON, April 11 (Wire) --") is the report's heading, not a subject.
            int datelineEnd = -1;
            if (doc.Article.Dateline is { Length: > 0 } dateline)
            {
                int at = doc.Text.IndexOf(dateline, StringComparison.Ordinal);
                datelineEnd = at >= 0 ? at + dateline.Length : -1;
            }
            for (int t = 0; t < n; t++)
            {
                Masked[t] = quoted[t] >= 0 || IsQuoteMark(doc.TokenText(t)) || doc.Tokens[t].Span.End <= datelineEnd;
            }
        }

        public Doc Doc { get; }
        public int DocIndex { get; }
        public IReadOnlyDictionary<(int Doc, int Mention), string> EntityOf { get; }
        public int[] MentionAt { get; }
        public int[] TimexAt { get; }
        public bool[] Masked { get; }

        public string[] Tags { get; }
        public string Tag(int t) => Tags[t];
        public string Word(int t) => Doc.TokenText(t).ToLowerInvariant();
        public TextSpan Span(int start, int end) => new(Doc.Tokens[start].Span.Start, Doc.Tokens[end].Span.End);
        public string Text(int start, int end) => ClaimAligner.CleanSentence(Doc.Slice(Span(start, end)));

        private readonly Dictionary<int, string?> _demonymOf = [];

        /// <summary>
        /// The story entity of a mention; an adjective of nationality ("Lestrian") is the entity of the place it is
        /// formed from when the report names that place.
        /// </summary>
        public string? Entity(int mention)
        {
            if (EntityOf.TryGetValue((DocIndex, mention), out var e))
            {
                return e;
            }
            if (!_demonymOf.TryGetValue(mention, out var place))
            {
                var word = Doc.Slice(Doc.Mentions[mention].Span);
                place = null;
                if (Quotes.Demonyms.IsDemonym(word))
                {
                    for (int m = 0; m < Doc.Mentions.Count && place is null; m++)
                    {
                        if (Doc.Mentions[m].Type == EntityType.Location && Quotes.Demonyms.Matches(word, Doc.Slice(Doc.Mentions[m].Span)) &&
                            EntityOf.TryGetValue((DocIndex, m), out var id))
                        {
                            place = id;
                        }
                    }
                }
                _demonymOf[mention] = place;
            }
            return place;
        }

        /// <summary>The key a mention is compared by: "@" and its story entity, else its folded words.</summary>
        public string Key(int mention) => "@" + (Entity(mention) ?? Normalize.Fold(Doc.Slice(Doc.Mentions[mention].Span)));
    }

    /// <summary>Verbs that take a participle as their complement ("remains committed", "gets paid").</summary>
    private static readonly HashSet<string> ParticipleTakers = new(StringComparer.Ordinal)
        { "remain", "seem", "appear", "becom", "stay", "look", "sound", "prov", "keep", "feel", "get", "be", "hav", "do", "go", "com" };

    /// <summary>
    /// Mends two tagging errors the clause splitter cannot survive. A sentence with no finite verb takes its participle
    /// after a noun as the verb. And a plural noun read as a verb before the real verb
    /// ("Iranian and U.S. delegations/VBZ held/VBN their talks"). A verb in -s directly followed by a past form is a
    /// plural noun and the past form the verb, unless the first is a copula or auxiliary ("remains committed", "has
    /// held") or the past form reads as an adjective ("reports increased profits": a participle with no determiner,
    /// pronoun or preposition after it, and no determiner or adjective before the -s word).
    /// </summary>
    internal static string[] RepairTags(IReadOnlyList<string> words, IReadOnlyList<string> tags, IEnumerable<(int First, int End)> sentences)
    {
        var fixedTags = tags.ToArray();
        // A sentence has a finite verb: when the tagger found none, a participle right after a noun is the past tense
        // ("The negotiations focused/VBN on the fleet.").
        foreach (var (first, end) in sentences)
        {
            if (end - first < 3 || words[end - 1] != "." || Enumerable.Range(first, end - first).Any(t => Finite.Contains(fixedTags[t])))
            {
                continue;
            }
            for (int t = first + 1; t < end; t++)
            {
                if (fixedTags[t] == "VBN" && fixedTags[t - 1].StartsWith("NN", StringComparison.Ordinal))
                {
                    fixedTags[t] = "VBD";
                    break;
                }
            }
        }
        for (int t = 1; t + 1 < fixedTags.Length; t++)
        {
            string word = words[t];
            if (fixedTags[t] != "VBZ" || word.Length < 3 || !word.EndsWith('s') || !char.IsLower(word[0]) ||
                ParticipleTakers.Contains(Normalize.VerbKey(word.ToLowerInvariant())))
            {
                continue;
            }
            string next = fixedTags[t + 1], before = fixedTags[t - 1];
            string after = t + 2 < fixedTags.Length ? fixedTags[t + 2] : "";
            bool nounBefore = before is "DT" or "JJ" or "PRP$" or "POS";
            bool verbAfter = next == "VBD" || next == "VBN" && (nounBefore || after is "DT" or "PRP$" or "PRP" or "IN" or "TO" or "CD" or "RP");
            if (verbAfter)
            {
                fixedTags[t] = "NNS";
                fixedTags[t + 1] = "VBD";
            }
        }
        return fixedTags;
    }

    /// <summary>A date or time that places an event (not a duration, nor "the future").</summary>
    private static bool IsWhen(Timex t) => t.Type is TimexType.Date or TimexType.Time && !t.Value.EndsWith("_REF", StringComparison.Ordinal);

    private static bool IsQuoteMark(string token) => token is "\"" or "“" or "”" or "‘" or "’" or "``" or "''" or "'";

    private static bool IsVerb(string tag) => tag.StartsWith("VB", StringComparison.Ordinal) || tag == "MD";

    // ---- splitting ----

    private static List<Clause> Split(Context ctx, Sentence sentence)
    {
        var done = new List<Clause>();
        var suspended = new Stack<Clause>();
        var current = new Clause(Kind.Main);
        int end = sentence.EndToken;

        void Close(Clause c)
        {
            if (c.Tokens.Count > 0 && !done.Contains(c))
            {
                done.Add(c);
            }
        }

        for (int t = sentence.FirstToken; t < end; t++)
        {
            string tag = ctx.Tag(t), word = ctx.Word(t);
            if (ctx.Masked[t] || word == ";")
            {
                if (current.Tokens.Count > 0)
                {
                    Close(current);
                    while (suspended.Count > 0)
                    {
                        Close(suspended.Pop());
                    }
                    current = new Clause(Kind.Main);
                }
                continue;
            }
            if (current.Complement)
            {
                current.Tokens.Add(t);
                continue;
            }
            if (word == ",")
            {
                int next = t + 1;
                if (next < end && !ctx.Masked[next] && ctx.Tag(next) is "WP" or "WDT" && ctx.Word(next) is "who" or "which")
                {
                    suspended.Push(current);
                    current = new Clause(Kind.Relative) { Antecedent = t - 1 };
                    t = next;
                    continue;
                }
                if (next < end && !ctx.Masked[next] && ctx.Tag(next) is "VBN" or "VBG" && !NotClauses.Contains(ctx.Word(next)) && !current.HasFiniteVerb && current.Tokens.Count > 0)
                {
                    suspended.Push(current);
                    current = new Clause(Kind.Aside);
                    continue;
                }
                if (next < end && !ctx.Masked[next] && ctx.Tag(next) == "VBN" && !NotClauses.Contains(ctx.Word(next)) && current.HasFiniteVerb && IsPassive(ctx, current))
                {
                    // "The talks were conducted indirectly, limited to nuclear issues, and mediated by Oman": each
                    // participle after a passive verb is a passive clause of the same subject.
                    var owner = current.Kind == Kind.Relative && suspended.Count > 0 ? suspended.Peek() : current;
                    Close(current);
                    current = new Clause(Kind.Participial) { SubjectFrom = owner.SubjectFrom ?? owner };
                    continue;
                }
                if (next < end && !ctx.Masked[next] && ctx.Tag(next) == "VBG" && !NotClauses.Contains(ctx.Word(next)) && current.HasFiniteVerb)
                {
                    var owner = current.Kind == Kind.Relative && suspended.Count > 0 ? suspended.Peek() : current;
                    Close(current);
                    current = new Clause(Kind.Participial) { SubjectFrom = owner.SubjectFrom ?? owner, IsResult = ResultParticiples.Contains(ctx.Word(next)) };
                    if (current.IsResult)
                    {
                        current.SubjectFrom = owner;
                    }
                    continue;
                }
                if (current.Kind is Kind.Relative or Kind.Subordinate or Kind.Aside && suspended.Count > 0)
                {
                    if (current.Kind != Kind.Aside)
                    {
                        Close(current);
                    }
                    current = suspended.Pop();
                    continue;
                }
                if (current.Kind == Kind.Participial && current.Tokens.Count > 0 && suspended.Count > 0)
                {
                    var outer = suspended.Pop();
                    current.SubjectFrom = outer;
                    Close(current);
                    current = outer;
                }
                continue;
            }
            if (tag == "CC" && word is "and" or "but" && current.HasFiniteVerb && t + 1 < end && !ctx.Masked[t + 1] && ctx.Tag(t + 1) == "VBN" && IsPassive(ctx, current))
            {
                var owner = current;
                Close(current);
                current = new Clause(Kind.Participial) { SubjectFrom = owner.SubjectFrom ?? owner };
                continue;
            }
            if (tag == "CC" && word is "and" or "but" && current.HasFiniteVerb && Coordinates(ctx, t + 1, end) is { } sharesSubject)
            {
                var owner = current;
                Close(current);
                current = new Clause(Kind.Coordinate) { SubjectFrom = sharesSubject ? owner.SubjectFrom ?? owner : null };
                continue;
            }
            if (tag is "IN" or "WRB" && Subordinators.Contains(word) && t + 1 < end)
            {
                bool participle = ctx.Tag(t + 1) == "VBG" && !NotClauses.Contains(ctx.Word(t + 1));
                if (participle || HasFiniteVerbBeforeComma(ctx, t + 1, end))
                {
                    var clause = new Clause(participle ? Kind.Participial : Kind.Subordinate) { IsQuestion = IndirectQuestion(ctx, t) };
                    if (current.Tokens.Count == 0 || !current.HasFiniteVerb && current.Tokens.All(x => ctx.TimexAt[x] >= 0 || !IsVerb(ctx.Tag(x))) && current.Tokens.Count <= 3)
                    {
                        // Fronted ("After the vote, ..."): the outer clause resumes after the comma.
                        suspended.Push(current);
                    }
                    else
                    {
                        if (participle)
                        {
                            clause.SubjectFrom = current.SubjectFrom ?? current;
                        }
                        Close(current);
                    }
                    current = clause;
                    continue;
                }
            }
            current.Tokens.Add(t);
            if (Finite.Contains(tag) || current.Kind == Kind.Participial && tag is "VBG" or "VBN")
            {
                if (!current.HasFiniteVerb && Normalize.IsSpeechVerb(word))
                {
                    current.Complement = true;
                }
                current.HasFiniteVerb = true;
            }
        }
        Close(current);
        while (suspended.Count > 0)
        {
            Close(suspended.Pop());
        }
        return [.. done.Where(c => c.Kind != Kind.Aside)];
    }

    /// <summary>
    /// Whether a conjunction joins clauses: true when a verb follows at once (they share the subject), false when
    /// a clause with its own subject follows, null when it joins words ("Veltria and Lestria").
    /// </summary>
    /// <summary>Verbs and adjectives that take an indirect question ("say when", "asked whether", "unclear if"), as verb keys.</summary>
    private static readonly HashSet<string> QuestionTakers =
        new[] { "ask", "know", "decide", "determine", "wonder", "reveal", "disclose", "specify", "confirm", "explain", "question", "clear", "unclear", "sure", "unsure", "certain", "uncertain" }
            .Select(Normalize.VerbKey).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the wh-word or "if" at <paramref name="t"/> opens an indirect question after a verb of saying, asking or knowing.</summary>
    private static bool IndirectQuestion(Context ctx, int t) =>
        t > 0 && ctx.Word(t) is "when" or "whether" or "if" or "how" or "why" or "where" &&
        (Normalize.IsSpeechVerb(ctx.Word(t - 1)) || QuestionTakers.Contains(Normalize.VerbKey(ctx.Word(t - 1))));

    /// <summary>Whether a clause's verb is passive: a form of "be" before a past participle, or a clause opened by a participle.</summary>
    private static bool IsPassive(Context ctx, Clause c)
    {
        var tokens = c.Tokens;
        if (c.Kind == Kind.Participial && tokens.Count > 0 && ctx.Tag(tokens[0]) == "VBN")
        {
            return true;
        }
        for (int i = 0; i < tokens.Count; i++)
        {
            if (Normalize.VerbKey(ctx.Word(tokens[i])) != "be")
            {
                continue;
            }
            int j = i + 1;
            while (j < tokens.Count && ctx.Tag(tokens[j]) == "RB")
            {
                j++;
            }
            if (j < tokens.Count && ctx.Tag(tokens[j]) == "VBN")
            {
                return true;
            }
        }
        return false;
    }

    private static bool? Coordinates(Context ctx, int from, int end)
    {
        int t = from;
        while (t < end && ctx.Tag(t) == "RB")
        {
            t++;
        }
        if (t < end && (Finite.Contains(ctx.Tag(t)) || ctx.Tag(t) == "VBN" && t > from))
        {
            return true;
        }
        return HasFiniteVerbBeforeComma(ctx, from, end) ? false : null;
    }

    private static bool HasFiniteVerbBeforeComma(Context ctx, int from, int end)
    {
        for (int t = from; t < end && !ctx.Masked[t]; t++)
        {
            if (ctx.Word(t) is "," or ";")
            {
                return false;
            }
            if (Finite.Contains(ctx.Tag(t)))
            {
                // A noun phrase must stand before the verb: "after talks ended", not "after held".
                return t > from;
            }
        }
        return false;
    }

    // ---- parsing a clause ----

    /// <summary>Nouns for the people acting for a place or body ("Veltrian negotiators", "Lestrian delegation"): the place acts.</summary>
    private static readonly HashSet<string> AgentNouns = new(StringComparer.Ordinal)
    {
        "delegation", "delegations", "negotiators", "negotiator", "officials", "official", "team", "teams", "side",
        "government", "forces", "troops", "military", "diplomats", "envoy", "envoys", "leaders", "authorities",
        "administration", "delegates", "representatives", "counterparts", "ministry", "negotiating",
    };

    /// <summary>Prepositions a subject may carry ("the talks between the two sides in the capital").</summary>
    private static readonly HashSet<string> SubjectPrepositions = new(StringComparer.Ordinal) { "of", "in", "between", "with", "from", "at", "on", "for" };

    private static Parsed? Parse(Context ctx, Clause c)
    {
        var tokens = c.Tokens;
        var inClause = tokens.ToHashSet();
        int first = -1;
        for (int i = 0; i < tokens.Count; i++)
        {
            var tag = ctx.Tag(tokens[i]);
            if (Finite.Contains(tag) || c.Kind == Kind.Participial && i == 0 && tag is "VBG" or "VBN")
            {
                first = i;
                break;
            }
        }
        if (first < 0)
        {
            return null;
        }
        int start = tokens[first], endTok = start, main = ctx.Tag(start) == "MD" ? -1 : start, catenative = -1;
        bool negated = false;
        for (int t = start + 1; inClause.Contains(t); t++)
        {
            string tag = ctx.Tag(t), word = ctx.Word(t);
            bool nextIsVerb = inClause.Contains(t + 1) && (IsVerb(ctx.Tag(t + 1)) || ctx.Tag(t + 1) is "RB" or "TO");
            if (tag == "RB" && nextIsVerb)
            {
                negated |= Negations.Contains(word);
                continue;
            }
            if (tag == "TO" && inClause.Contains(t + 1) && ctx.Tag(t + 1) == "VB" && main >= 0)
            {
                // "agreed to resume": the first verb says how the second is meant.
                if (catenative < 0 && !IsAuxiliary(ctx, main) && !Aspectual.Contains(Normalize.VerbKey(ctx.Word(main))))
                {
                    catenative = main;
                }
                continue;
            }
            if (word == "due" && main >= 0 && Normalize.VerbKey(ctx.Word(endTok)) == "be" && inClause.Contains(t + 2) &&
                ctx.Tag(t + 1) == "TO" && ctx.Tag(t + 2) == "VB")
            {
                // "are due to meet": "due" says how the next verb is meant, as "agreed" does in "agreed to meet".
                main = t;
                endTok = t;
                continue;
            }
            if (IsVerb(tag) && tag != "MD")
            {
                int previous = endTok;
                string prevKey = Normalize.VerbKey(ctx.Word(previous));
                bool afterTo = ctx.Tag(t - 1) == "TO";
                bool continues = tag == "VB" && (ctx.Tag(previous) == "MD" || prevKey == "do" || afterTo)
                                 || tag == "VBN" && prevKey is "be" or "hav" or "get"
                                 || tag == "VBG" && (prevKey == "be" || Aspectual.Contains(prevKey));
                if (!continues)
                {
                    break;
                }
                main = t;
                endTok = t;
                continue;
            }
            // A particle ("walked out"), which taggers also read as an adverb.
            if ((tag == "RP" || tag == "RB" && Particles.Contains(word)) && endTok == t - 1 && main >= 0)
            {
                endTok = t;
                continue;
            }
            break;
        }
        if (main < 0)
        {
            return null;
        }
        (int, int)? subject = null, apposition = null;
        if (c.Kind == Kind.Relative)
        {
            // "the talks, which Lestria hosted": an object relative has a subject of its own; else the noun it describes.
            Func<int, bool> before = t => t <= c.Antecedent && ctx.Doc.SentenceAt(ctx.Doc.Tokens[t].Span.Start) == ctx.Doc.SentenceAt(ctx.Doc.Tokens[c.Antecedent].Span.Start);
            subject = NounPhraseBefore(ctx, start - 1, inClause.Contains);
            if (subject is null)
            {
                subject = NounPhraseBefore(ctx, c.Antecedent, before);
                if (ctx.Word(c.Antecedent + 2) == "who" && (subject is null || !NamesPerson(ctx, subject.Value)) && PersonBeforeApposition(ctx, c.Antecedent, before) is { } person)
                {
                    // "Varenko, a former minister of neighbouring Lestria, who has shuttled": "who" is the person the
                    // phrase between commas describes, not the country that ends it.
                    subject = person;
                }
            }
        }
        else if (c.SubjectFrom is null && first > 0)
        {
            // The clause's own word before the verb: a relative clause between them is skipped ("Wilm, who ..., left").
            var np = NounPhraseBefore(ctx, tokens[first - 1], inClause.Contains);
            if (np is { } found && inClause.Contains(found.Start - 2) && ctx.Word(found.Start - 1) == "," &&
                NounPhraseBefore(ctx, found.Start - 2, inClause.Contains) is { } head && HeadMentions(ctx, head).Count > 0 &&
                HeadMentions(ctx, found).Count == 0)
            {
                // "Varenko, the port's director, said": the subject is the name, the phrase between commas its role.
                subject = head;
                apposition = found;
            }
            else
            {
                subject = np;
            }
        }
        return new Parsed(start, endTok, main, catenative, negated, subject, apposition);
    }

    private static bool NamesPerson(Context ctx, (int Start, int End) np) =>
        HeadMentions(ctx, np).Any(m => ctx.Doc.Mentions[m].Type == EntityType.Person);

    /// <summary>
    /// The person named before the phrase in apposition that ends at <paramref name="last"/> ("Varenko" in "Varenko, the
    /// Lestrian envoy"): the noun phrase before the previous comma, when it names a person and no verb stands between.
    /// </summary>
    private static (int Start, int End)? PersonBeforeApposition(Context ctx, int last, Func<int, bool> allowed)
    {
        for (int t = last; t > 0 && allowed(t) && !ctx.Masked[t] && !Finite.Contains(ctx.Tag(t)); t--)
        {
            if (ctx.Word(t) == ",")
            {
                return NounPhraseBefore(ctx, t - 1, allowed) is { } np && NamesPerson(ctx, np) ? np : null;
            }
        }
        return null;
    }

    /// <summary>
    /// Verbs of aspect, as verb keys: "began diverting", "continue to wait", "keep talking" state the act the next verb
    /// names ("stop" and "cease" are left out: they deny it).
    /// </summary>
    private static readonly HashSet<string> Aspectual =
        new[] { "begin", "start", "continue", "keep" }.Select(Normalize.VerbKey).ToHashSet(StringComparer.Ordinal);

    private static bool IsAuxiliary(Context ctx, int t) => ctx.Tag(t) == "MD" || Normalize.VerbKey(ctx.Word(t)) is "be" or "hav" or "do" or "get";

    /// <summary>The noun phrase ending at <paramref name="last"/> (whole mentions, prepositional phrases, no dates, no commas).</summary>
    private static (int Start, int End)? NounPhraseBefore(Context ctx, int last, Func<int, bool> allowed)
    {
        int t = last;
        while (t >= 0 && allowed(t) && ctx.Tag(t) == "RB")
        {
            t--;
        }
        int end = t, start = -1;
        while (t >= 0 && allowed(t) && !ctx.Masked[t] && ctx.TimexAt[t] < 0)
        {
            string tag = ctx.Tag(t), word = ctx.Word(t);
            bool inMention = ctx.MentionAt[t] >= 0;
            bool afterNoun = t > 0 && allowed(t - 1) && (ctx.Tag(t - 1).StartsWith("NN", StringComparison.Ordinal) || ctx.Tag(t - 1) is "JJ" or "PRP" || ctx.MentionAt[t - 1] >= 0);
            bool joins = start >= 0 && (afterNoun && (tag == "CC" && word == "and" || tag == "IN" && SubjectPrepositions.Contains(word)) || JoiningDash(ctx, t));
            if (!inMention && !NounPhraseTags.Contains(tag) && !joins)
            {
                break;
            }
            start = t;
            t--;
        }
        if (start < 0 || end < start || !Enumerable.Range(start, end - start + 1).Any(i => ctx.MentionAt[i] >= 0 || ctx.Tag(i) is "PRP" || ctx.Tag(i).StartsWith("NN", StringComparison.Ordinal)))
        {
            return null;
        }
        return (start, end);
    }

    /// <summary>A hyphen or dash written without spaces between two words of one compound ("Iran–US talks", "U.S.-Iran relations").</summary>
    private static bool JoiningDash(Context ctx, int t)
    {
        var tokens = ctx.Doc.Tokens;
        return t > 0 && t + 1 < tokens.Count && ctx.Word(t) is "-" or "–" or "‐" &&
               tokens[t - 1].Span.End == tokens[t].Span.Start && tokens[t].Span.End == tokens[t + 1].Span.Start &&
               (char.IsLetter(ctx.Doc.TokenText(t - 1)[^1]) || ctx.Doc.TokenText(t - 1)[^1] == '.') && char.IsLetter(ctx.Doc.TokenText(t + 1)[0]);
    }

    /// <summary>The noun phrase starting at <paramref name="first"/>, within the clause's tokens.</summary>
    private static (int Start, int End)? NounPhraseAfter(Context ctx, int first, HashSet<int> inClause)
    {
        int t = first;
        int end = -1;
        while (inClause.Contains(t) && !ctx.Masked[t] && ctx.TimexAt[t] < 0)
        {
            string tag = ctx.Tag(t), word = ctx.Word(t);
            bool inMention = ctx.MentionAt[t] >= 0;
            bool joins = end >= 0 && (tag == "CC" && word == "and" || tag == "IN" && word == "of") && inClause.Contains(t + 1) &&
                         (ctx.Tag(end).StartsWith("NN", StringComparison.Ordinal) || ctx.MentionAt[end] >= 0) && ctx.TimexAt[t + 1] < 0 ||
                         end >= 0 && inClause.Contains(t + 1) && JoiningDash(ctx, t);
            if (!inMention && !NounPhraseTags.Contains(tag) && !joins)
            {
                break;
            }
            end = t;
            t++;
        }
        // A phrase ends on its noun, not on a joining word.
        while (end >= first && !(ctx.MentionAt[end] >= 0 || ctx.Tag(end).StartsWith("NN", StringComparison.Ordinal) || ctx.Tag(end) is "PRP" or "CD"))
        {
            end--;
        }
        return end >= first ? (first, end) : null;
    }

    /// <summary>
    /// The mentions a phrase is about: those at its head, before any preposition, and not possessors or modifiers
    /// of another noun ("Lestria" in "Lestria's minister" is not; "Norland" in "the Norland delegation" is, the delegation
    /// acting for it).
    /// </summary>
    private static List<int> HeadMentions(Context ctx, (int Start, int End) np)
    {
        int headEnd = np.End;
        for (int t = np.Start + 1; t <= np.End; t++)
        {
            if (ctx.Tag(t) == "IN" && ctx.MentionAt[t] < 0)
            {
                headEnd = t - 1;
                break;
            }
        }
        var heads = new List<int>();
        for (int t = np.Start; t <= headEnd; t++)
        {
            int m = ctx.MentionAt[t];
            if (m < 0 || heads.Contains(m))
            {
                continue;
            }
            int after = t;
            while (after + 1 <= headEnd && ctx.MentionAt[after + 1] == m)
            {
                after++;
            }
            if (after + 1 < ctx.Doc.Tokens.Count && ctx.Tag(after + 1) == "POS")
            {
                continue;
            }
            bool last = after == headEnd || Enumerable.Range(after + 1, headEnd - after).All(i => ctx.Word(i) is "and" or "," || ctx.Tag(i) == "DT" || ctx.MentionAt[i] >= 0 && ctx.MentionAt[i] != m);
            bool actingFor = Enumerable.Range(after + 1, headEnd - after).Any(i => AgentNouns.Contains(ctx.Word(i))) &&
                             Enumerable.Range(after + 1, headEnd - after).All(i => ctx.MentionAt[i] < 0 && ctx.Tag(i) is not "POS" || ctx.Word(i) == "and" || ctx.MentionAt[i] >= 0);
            if (last || actingFor)
            {
                heads.Add(m);
            }
        }
        return heads;
    }

    // ---- building the claim ----

    /// <summary>Verbs before "to resume" that state the resumption ("agreed to", "plan to", "are due to", "decided to"), as predicates.</summary>
    private static readonly HashSet<string> ResumeIntents =
        new[] { "agreed", "planned", "promised", "decided", "intended", "expected", "due" }.Select(w => Normalize.Predicate(w, null)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Nouns that name what something is about ("the focus of the talks", "the main topic of the meeting").</summary>
    private static readonly HashSet<string> FocusNouns = new(StringComparer.Ordinal) { "focus", "topic", "subject", "theme", "centre", "center" };

    /// <summary>The phrase after "of" in a subject headed by a noun of focus ("the primary focus of these talks"), or null.</summary>
    private static (int Start, int End)? FocusOf(Context ctx, (int Start, int End) np)
    {
        for (int t = np.Start; t < np.End; t++)
        {
            if (ctx.Word(t) == "of")
            {
                return t > np.Start && FocusNouns.Contains(ctx.Word(t - 1)) ? (t + 1, np.End) : null;
            }
        }
        return null;
    }

    private static ClauseClaim? Build(Context ctx, int s, Clause c, List<Clause> all)
    {
        if (c.Parsed is not { } p)
        {
            return null;
        }
        var doc = ctx.Doc;
        var id = doc.Article.Id;
        var inClause = c.Tokens.ToHashSet();
        // A participle or a coordinated verb phrase shares the subject of the clause it continues.
        var subjectClause = c;
        while (subjectClause.SubjectFrom is { } from && subjectClause.Parsed?.Subject is null)
        {
            subjectClause = from;
        }
        if (subjectClause.Parsed?.Subject is not { } subject)
        {
            return null;
        }
        var apposition = subjectClause.Parsed.Apposition;

        // Who: the subject, or the agent of a passive verb ("were held by Lestria").
        var whoNp = subject;
        (int Start, int End)? passiveObject = null;
        bool passive = ctx.Tag(p.MainVerb) == "VBN" && (Enumerable.Range(p.VerbStart, p.MainVerb - p.VerbStart).Any(t => Normalize.VerbKey(ctx.Word(t)) == "be") ||
                                                        c.Kind == Kind.Participial && p.VerbStart == p.MainVerb);
        if (passive && inClause.Contains(p.VerbEnd + 1) && ctx.Word(p.VerbEnd + 1) == "by" && NounPhraseAfter(ctx, p.VerbEnd + 2, inClause) is { } agent)
        {
            passiveObject = subject;
            whoNp = agent;
        }
        // "The main focus of the talks is X" says what "the talks focused on X" says.
        bool focus = false;
        if (!passive && p.Catenative < 0 && Normalize.VerbKey(ctx.Word(p.MainVerb)) == "be" && FocusOf(ctx, whoNp) is { } focusOf)
        {
            whoNp = focusOf;
            focus = true;
        }
        var whoHeads = HeadMentions(ctx, whoNp);
        var actors = new HashSet<string>(StringComparer.Ordinal);
        Mention? headMention = null;
        foreach (var m in whoHeads)
        {
            headMention ??= doc.Mentions[m];
            actors.Add(ctx.Key(m));
        }
        // The parties the subject names besides its head: not a possessor ("Portvale's"), not a place ("in Ardenburg").
        var involved = new HashSet<string>(StringComparer.Ordinal);
        for (int t = whoNp.Start; t <= whoNp.End; t++)
        {
            int m = ctx.MentionAt[t];
            if (m < 0 || t > whoNp.Start && ctx.MentionAt[t - 1] == m)
            {
                continue;
            }
            int after = t;
            while (after + 1 < doc.Tokens.Count && ctx.MentionAt[after + 1] == m)
            {
                after++;
            }
            bool possessor = after + 1 < doc.Tokens.Count && ctx.Tag(after + 1) == "POS";
            int before = t > 0 && ctx.Word(t - 1) == "the" ? t - 2 : t - 1;
            bool place = before >= 0 && PlacePrepositions.Contains(ctx.Word(before));
            if (!possessor && !place)
            {
                involved.Add(ctx.Key(m));
            }
        }
        if (actors.Count == 0 && whoNp.Start == whoNp.End && ctx.Word(whoNp.Start) is "he" or "she" && Antecedent(ctx, whoNp.Start) is { } pronounOf)
        {
            actors.Add("@" + pronounOf);
        }
        else if (whoHeads.Count == 0 && RoleHolder(ctx, whoNp) is { } holder)
        {
            actors.Add("@" + holder);
        }
        // Who is the entity's mention where the subject has one at its head ("Lena Brask" of "Port director Lena Brask").
        var whoSpan = whoHeads.Count == 1 ? doc.Mentions[whoHeads[0]].Span : ctx.Span(whoNp.Start, whoNp.End);
        var who = new ClaimPart(ClaimAligner.CleanSentence(doc.Slice(whoSpan)), new Evidence(id, whoSpan))
        {
            Value = actors.Count > 0 ? string.Join('+', actors.Order(StringComparer.Ordinal).Select(a => a[1..])) : null,
        };

        // Did: the verb group, negation kept.
        var whomNp = passiveObject ?? WhomAfter(ctx, p, inClause);
        int next = p.VerbEnd + 1;
        while (inClause.Contains(next) && ctx.Tag(next) == "RB")
        {
            next++;
        }
        // "was present at the session" says what "attended the session" says.
        bool present = whomNp is null && Normalize.VerbKey(ctx.Word(p.MainVerb)) == "be" && inClause.Contains(next + 2) &&
                       ctx.Word(next) == "present" && ctx.Word(next + 1) is "at" or "for";
        if (present)
        {
            whomNp = NounPhraseAfter(ctx, next + 2, inClause);
        }
        string? objectHead = whomNp is { } o ? HeadNoun(ctx, o) : null;
        bool negated = p.Negated || whomNp is { } wn && passiveObject is null && ctx.Word(wn.Start) is "no" or "none";
        // "called on Congress to pass": what the object is asked to do is part of the act.
        int infinitive = passiveObject is null ? InfinitiveAfter(ctx, p, whomNp, inClause) : -1;
        string main = focus ? Normalize.Predicate("focused", null) : present ? "attend" : Normalize.Predicate(ctx.Word(p.MainVerb), objectHead);
        if (main is "limit" or "restrict" && inClause.Contains(next) && ctx.Word(next) == "to")
        {
            // "limited (strictly) to nuclear issues": what the talks were about.
            main = Normalize.Predicate("focused", null);
        }
        int aspect = p.MainVerb > 0 && ctx.Tag(p.MainVerb - 1) == "TO" ? p.MainVerb - 2 : p.MainVerb - 1;
        if (main == "talk" && (inClause.Contains(p.VerbEnd + 1) && ctx.Word(p.VerbEnd + 1) == "again" ||
                               aspect >= p.VerbStart && Normalize.VerbKey(ctx.Word(aspect)) is "continu" or "keep"))
        {
            // "meet again", "talk again", "keep talking", "continue to meet": the talks resume.
            main = "resume";
        }
        string? catenative = p.Catenative >= 0 ? Normalize.Predicate(ctx.Word(p.Catenative), null) : null;
        if (main == "resume" && catenative is not null && ResumeIntents.Contains(catenative))
        {
            // "agreed to meet again", "plan to resume the talks": the resumption is what the reports state.
            catenative = null;
        }
        string predicate = (negated ? "not " : "") + (catenative is null ? "" : catenative + " to ") + main +
                           (infinitive >= 0 ? " to " + Normalize.Predicate(ctx.Word(infinitive), null) : "");
        var did = new ClaimPart(ctx.Text(p.VerbStart, p.VerbEnd), new Evidence(id, ctx.Span(p.VerbStart, p.VerbEnd))) { Value = predicate };

        // Whom: the object, or for a speech verb what was said.
        ClaimPart? whom = null;
        bool speech = Normalize.IsSpeechVerb(ctx.Word(p.MainVerb)) && !passive;
        if (speech && c.Tokens.Where(t => t > p.VerbEnd).ToList() is { Count: > 0 } said)
        {
            int from = said.FirstOrDefault(t => ctx.Word(t) != "that" && ctx.Tag(t) != "," ), to = said[^1];
            while (to > from && ctx.Tag(to) is "." or "," or ":")
            {
                to--;
            }
            if (from > 0 && to >= from)
            {
                whomNp = (from, to);
                whom = new ClaimPart(ctx.Text(from, to), new Evidence(id, ctx.Span(from, to)));
            }
        }
        else if (whomNp is { } np)
        {
            var heads = HeadMentions(ctx, np);
            whom = new ClaimPart(ctx.Text(np.Start, np.End), new Evidence(id, ctx.Span(np.Start, np.End)))
            {
                Value = heads.Count > 0 ? string.Join('+', heads.Select(m => ctx.Key(m)[1..]).Order(StringComparer.Ordinal)) : objectHead is null ? null : Normalize.Concept(Normalize.Fold(objectHead)),
            };
        }

        // When, where, how many.
        var when = c.Tokens.Where(t => ctx.TimexAt[t] >= 0).Select(t => ctx.TimexAt[t]).Distinct().Order()
            .Select(i => doc.Timexes[i])
            .Select(x => new ClaimPart(doc.Slice(x.Span), new Evidence(id, x.Span))
            {
                Value = x.Value,
                Date = new PartDate(x.Start, x.End, x.Certainty, x.Mod, doc.Article.Published is { } published ? DateOnly.FromDateTime(published.DateTime) : null),
            })
            .ToList();
        var where = new List<ClaimPart>();
        var places = new HashSet<int>();
        foreach (var t in c.Tokens)
        {
            int m = ctx.MentionAt[t];
            if (m < 0 || places.Contains(m) || doc.Mentions[m].Type != EntityType.Location || t > 0 && ctx.MentionAt[t - 1] == m)
            {
                continue;
            }
            int before = t - 1;
            if (before >= 0 && ctx.Word(before) == "the")
            {
                before--;
            }
            if (before >= 0 && PlacePrepositions.Contains(ctx.Word(before)))
            {
                places.Add(m);
                var span = doc.Mentions[m].Span;
                where.Add(new ClaimPart(doc.Slice(span), new Evidence(id, span)) { Value = ctx.Key(m)[1..] });
            }
        }
        var howMany = HowMany(ctx, c.Tokens, inClause);

        // Role: the subject's title or the phrase in apposition to it.
        ClaimPart? role = null;
        if (headMention is { Role: { } r, RoleSpan: { } roleSpan })
        {
            role = new ClaimPart(doc.Slice(roleSpan), new Evidence(id, roleSpan)) { Value = r };
        }
        else if (apposition is { } ap && whoNp == subject)
        {
            role = new ClaimPart(ctx.Text(ap.Start, ap.End), new Evidence(id, ctx.Span(ap.Start, ap.End))) { Value = Normalize.Fold(ctx.Text(ap.Start, ap.End)) };
        }

        var result = Result(ctx, c, p, inClause, all);

        int first = c.Tokens.Min(), last = c.Tokens.Max();
        while (last > first && ctx.Tag(last) is "." or "," or ":" or "``" or "''" or "CC")
        {
            last--;
        }
        var clauseSpan = ctx.Span(first, last);
        var text = ctx.Text(first, last);
        if (!whoNp.Equals(subject) || subject.Start < first || subject.End > last)
        {
            if (!clauseSpan.Contains(who.Evidence.Span))
            {
                text = who.Text + " " + text;
            }
        }

        // What the verb is done to: the object's words (or what was said), not the rest of the clause.
        var objects = new HashSet<string>(StringComparer.Ordinal);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in c.Tokens)
        {
            bool afterVerb = whomNp is { } obj && passiveObject is null && obj.Start <= t && t <= obj.End;
            int m = ctx.MentionAt[t];
            if (m >= 0)
            {
                var key = ctx.Key(m);
                terms.Add(key);
                if (afterVerb && !places.Contains(m) && !(passiveObject is null && whoNp.Start <= t && t <= whoNp.End))
                {
                    objects.Add(key);
                }
                continue;
            }
            foreach (var w in Normalize.ContentWords(doc.TokenText(t)))
            {
                var concept = Normalize.Concept(w);
                terms.Add(concept);
                if (afterVerb && w.Length > 1 && ctx.TimexAt[t] < 0 && ctx.Tag(t) != "CD" && !(whoNp.Start <= t && t <= whoNp.End) && t != p.MainVerb)
                {
                    objects.Add(concept);
                }
            }
        }
        // What completes the verb besides its object: a copula's complement ("appeared closely divided"), what someone
        // is asked or urged to do ("called on Congress to pass gun laws"), what they are blamed or praised for.
        foreach (var t in Complement(ctx, p, whomNp, passiveObject is null ? null : subject, inClause))
        {
            if (ctx.MentionAt[t] >= 0)
            {
                objects.Add(ctx.Key(ctx.MentionAt[t]));
                continue;
            }
            foreach (var w in Normalize.ContentWords(doc.TokenText(t)).Where(w => w.Length > 1))
            {
                objects.Add(Normalize.Concept(w));
            }
        }
        if (passiveObject is { } po)
        {
            for (int t = po.Start; t <= po.End; t++)
            {
                if (ctx.MentionAt[t] >= 0)
                {
                    objects.Add(ctx.Key(ctx.MentionAt[t]));
                }
                else
                {
                    objects.UnionWith(Normalize.ContentWords(doc.TokenText(t)).Select(Normalize.Concept));
                }
            }
        }
        var subjectTerms = actors.Count > 0
            ? new HashSet<string>(StringComparer.Ordinal)
            : Enumerable.Range(whoNp.Start, whoNp.End - whoNp.Start + 1).Where(t => ctx.MentionAt[t] < 0)
                .SelectMany(t => Normalize.ContentWords(doc.TokenText(t))).Select(Normalize.Concept).ToHashSet(StringComparer.Ordinal);
        terms.UnionWith(actors);
        terms.UnionWith(subjectTerms);
        var subjectNouns = Enumerable.Range(whoNp.Start, whoNp.End - whoNp.Start + 1)
            .Where(t => ctx.MentionAt[t] < 0 && ctx.Tag(t) is "NN" or "NNS")
            .SelectMany(t => Normalize.ContentWords(doc.TokenText(t))).Select(Normalize.Concept).ToHashSet(StringComparer.Ordinal);

        return new ClauseClaim(ctx.DocIndex, s, clauseSpan, text, new ClaimParts
        {
            Who = who,
            Did = did,
            Whom = whom,
            When = when,
            Where = where,
            HowMany = howMany,
            Role = role,
            Result = result,
        })
        {
            Actors = actors,
            Involved = involved,
            Predicate = predicate,
            Objects = objects,
            SubjectTerms = subjectTerms,
            SubjectNouns = subjectNouns,
            Terms = terms,
            Words = last - first + 1,
        };
    }

    /// <summary>What the verb is done to: the noun phrase after it, or after one preposition ("met with the envoy").</summary>
    private static (int Start, int End)? WhomAfter(Context ctx, Parsed p, HashSet<int> inClause)
    {
        // Adverbs and a date between the verb and its object ("met on Wednesday with Lieberman").
        int t = PastAdjuncts(ctx, p.VerbEnd + 1, inClause, counts: false);
        // A number's qualifier ("more than 30 people", "at least 12", "up to 40").
        if (inClause.Contains(t + 2) && (ctx.Word(t) is "more" or "less" or "fewer" && ctx.Word(t + 1) == "than" ||
                                         ctx.Word(t) is "at" && ctx.Word(t + 1) is "least" or "most" || ctx.Word(t) == "up" && ctx.Word(t + 1) == "to") &&
            ctx.Tag(t + 2) == "CD")
        {
            t += 2;
        }
        if (!inClause.Contains(t))
        {
            return null;
        }
        if (ctx.Tag(t) is "IN" or "TO")
        {
            if (!ObjectPrepositions.Contains(ctx.Word(t)))
            {
                return null;
            }
            t++;
        }
        return NounPhraseAfter(ctx, t, inClause);
    }

    /// <summary>
    /// The first token from <paramref name="t"/> past adverbs and dates ("on Wednesday"), and with
    /// <paramref name="counts"/> past numbers too ("voting 348-77 to override").
    /// </summary>
    private static int PastAdjuncts(Context ctx, int t, HashSet<int> inClause, bool counts)
    {
        while (inClause.Contains(t) && (ctx.Tag(t) == "RB" || counts && ctx.Tag(t) == "CD" || ctx.TimexAt[t] >= 0 ||
                                         ctx.Word(t) is "on" or "at" && inClause.Contains(t + 1) && ctx.TimexAt[t + 1] >= 0))
        {
            t++;
        }
        return t;
    }

    /// <summary>
    /// The verb of an infinitive that says what the act is for, after the object, a date, adverbs or a count ("called on
    /// Congress to pass", "voted on Wednesday to override", "voting 348-77 to override"); -1 when there is none or the
    /// verb is a copula ("would be a choice to lead": the infinitive describes the noun).
    /// </summary>
    private static int InfinitiveAfter(Context ctx, Parsed p, (int Start, int End)? whom, HashSet<int> inClause)
    {
        if (Linking.Contains(Normalize.VerbKey(ctx.Word(p.MainVerb))))
        {
            return -1;
        }
        int t = PastAdjuncts(ctx, (whom?.End ?? p.VerbEnd) + 1, inClause, counts: true);
        return inClause.Contains(t + 1) && ctx.Word(t) == "to" && ctx.Tag(t + 1) == "VB" ? t + 1 : -1;
    }

    /// <summary>Verbs whose complement says what is claimed ("appeared divided", "remains unresolved").</summary>
    internal static readonly HashSet<string> Linking =
        new(StringComparer.Ordinal) { "be", "appear", "seem", "remain", "becom", "look", "sound", "prov", "stay", "feel" };

    /// <summary>
    /// The tokens that complete the verb besides its object: for a copula the words after it up to a preposition; after the
    /// object, an infinitive with its own object ("urged Congress to pass the bill") or the reason for praise or
    /// blame ("criticized Berg for her handling of the files"). Dates and places are left to their own parts.
    /// </summary>
    private static IEnumerable<int> Complement(Context ctx, Parsed p, (int Start, int End)? whom, (int Start, int End)? passiveSubject, HashSet<int> inClause)
    {
        int from;
        bool linking = Linking.Contains(Normalize.VerbKey(ctx.Word(p.MainVerb))) && whom is null && passiveSubject is null;
        if (linking)
        {
            from = p.VerbEnd + 1;
        }
        else if (whom is { } w && inClause.Contains(w.End + 2) &&
                 (ctx.Word(w.End + 1) == "to" && ctx.Tag(w.End + 2) == "VB" || ctx.Word(w.End + 1) is "for" or "over"))
        {
            from = w.End + 1;
        }
        else
        {
            yield break;
        }
        // A copula's complement ends at its first preposition ("appeared divided | during the hearing").
        for (int t = from; inClause.Contains(t) && ctx.Tag(t) is not ("," or ":" or ".") && !(linking && ctx.Tag(t) == "IN"); t++)
        {
            if (ctx.TimexAt[t] < 0 && !ctx.Masked[t])
            {
                yield return t;
            }
        }
    }

    private static string? HeadNoun(Context ctx, (int Start, int End) np)
    {
        for (int t = np.End; t >= np.Start; t--)
        {
            if (ctx.Word(t) == "of")
            {
                continue;
            }
            if (ctx.Tag(t).StartsWith("NN", StringComparison.Ordinal) && ctx.MentionAt[t] < 0)
            {
                // "the talks of ..." : the head is before "of".
                int of = Enumerable.Range(np.Start, t - np.Start).Where(i => ctx.Word(i) == "of").DefaultIfEmpty(-1).First();
                if (of > np.Start && ctx.Tag(of - 1).StartsWith("NN", StringComparison.Ordinal))
                {
                    return ctx.Word(of - 1);
                }
                return ctx.Word(t);
            }
        }
        return null;
    }

    /// <summary>The person a "he" or "she" refers to: the last person named before it in the same or previous sentences.</summary>
    private static string? Antecedent(Context ctx, int token)
    {
        int at = ctx.Doc.Tokens[token].Span.Start;
        int sentence = ctx.Doc.SentenceAt(at);
        int from = sentence >= 2 ? ctx.Doc.Sentences[sentence - 2].Span.Start : 0;
        for (int m = ctx.Doc.Mentions.Count - 1; m >= 0; m--)
        {
            var mention = ctx.Doc.Mentions[m];
            if (mention.Span.End <= at && mention.Span.Start >= from && mention.Type == EntityType.Person)
            {
                return ctx.Entity(m);
            }
        }
        return null;
    }

    /// <summary>
    /// The person a definite description by role stands for ("the mediator", "the transport minister"): the one entity of
    /// the report whose stated role ends in that noun; null when none or more than one holds it.
    /// </summary>
    private static string? RoleHolder(Context ctx, (int Start, int End) np)
    {
        if (ctx.Word(np.Start) != "the" || np.End == np.Start || ctx.Tag(np.End) != "NN" ||
            !Enumerable.Range(np.Start + 1, np.End - np.Start).All(t => ctx.MentionAt[t] < 0 && ctx.Tag(t) is "JJ" or "NN"))
        {
            return null;
        }
        string head = ctx.Word(np.End);
        string? holder = null;
        for (int m = 0; m < ctx.Doc.Mentions.Count; m++)
        {
            var mention = ctx.Doc.Mentions[m];
            if (mention.Type != EntityType.Person || mention.Role is not { } role || !(role == head || role.EndsWith(" " + head, StringComparison.Ordinal)))
            {
                continue;
            }
            var entity = ctx.Entity(m);
            if (holder is not null && holder != entity)
            {
                return null;
            }
            holder = entity;
        }
        return holder;
    }

    /// <summary>Numbers with the noun they count ("at least 12 people"), outside dates and names.</summary>
    private static List<ClaimPart> HowMany(Context ctx, List<int> tokens, HashSet<int> inClause)
    {
        var parts = new List<ClaimPart>();
        foreach (var t in tokens)
        {
            if (ctx.Tag(t) != "CD" || ctx.TimexAt[t] >= 0 || ctx.MentionAt[t] >= 0 || t > 0 && ctx.Tag(t - 1) == "CD" && inClause.Contains(t - 1))
            {
                continue;
            }
            int last = t;
            while (inClause.Contains(last + 1) && ctx.Tag(last + 1) == "CD")
            {
                last++;
            }
            int noun = last + 1;
            while (inClause.Contains(noun) && ctx.Tag(noun) is "JJ" or "JJR" or "HYPH")
            {
                noun++;
            }
            if (!inClause.Contains(noun) || !ctx.Tag(noun).StartsWith("NN", StringComparison.Ordinal) || ctx.TimexAt[noun] >= 0)
            {
                continue;
            }
            int start = t;
            while (start - 1 >= 0 && inClause.Contains(start - 1) && NumberModifiers.Contains(ctx.Word(start - 1)) && t - start < 2)
            {
                start--;
            }
            if (start < t && ctx.Word(start) is "than" or "least" or "to" && start - 1 >= 0 && inClause.Contains(start - 1))
            {
                start--;
            }
            var number = string.Join(' ', Enumerable.Range(t, last - t + 1).Select(i => ctx.Word(i)));
            var value = NumberWords.TryGetValue(number, out var n) ? n : number.Replace(",", "", StringComparison.Ordinal);
            if (!NumberWords.ContainsKey(number) && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                continue;
            }
            parts.Add(new ClaimPart(ctx.Text(start, noun), new Evidence(ctx.Doc.Article.Id, ctx.Span(start, noun)))
            {
                Value = value + " " + Singular(ctx.Word(noun)),
            });
        }
        return parts;
    }

    private static string Singular(string noun) =>
        noun.Length > 3 && noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) ? noun[..^1] : noun;

    /// <summary>
    /// The outcome a clause states: a participle after it (", leaving three dead"), what an ending verb ends with
    /// ("ended without an agreement"), or a "without" phrase.
    /// </summary>
    private static ClaimPart? Result(Context ctx, Clause c, Parsed p, HashSet<int> inClause, List<Clause> all)
    {
        var id = ctx.Doc.Article.Id;
        var outcome = all.FirstOrDefault(x => x.IsResult && x.SubjectFrom == c && x.Tokens.Count > 0);
        if (outcome is not null)
        {
            int a = outcome.Tokens.Min(), b = outcome.Tokens.Max();
            while (b > a && ctx.Tag(b) is "." or ",")
            {
                b--;
            }
            return new ClaimPart(ctx.Text(a, b), new Evidence(id, ctx.Span(a, b)));
        }
        bool ends = Normalize.Predicate(ctx.Word(p.MainVerb), null) == "end";
        foreach (var t in c.Tokens.Where(t => t > p.VerbEnd))
        {
            var word = ctx.Word(t);
            if (word == "without" || ends && word == "with")
            {
                int b = t;
                while (inClause.Contains(b + 1) && ctx.Tag(b + 1) is not ("," or "." or ":"))
                {
                    b++;
                }
                if (b > t)
                {
                    return new ClaimPart(ctx.Text(t, b), new Evidence(id, ctx.Span(t, b)));
                }
            }
        }
        return null;
    }
}
