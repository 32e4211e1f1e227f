using Parallax.Model;

namespace Parallax.Quotes;

/// <summary>
/// Resolves each attribution's source, as written, to the mention of the entity that spoke:
/// a name in the source ("Olek Brandt, a shipping analyst"), a pronoun (he/she: the subject earlier in the
/// sentence, else the latest person who spoke or was the subject of a sentence; "who": the name before it),
/// a description ("the minister", "the Omani side": the latest mention whose role or affiliation fits), an
/// organisation or a country. Unnamed sources ("Iranian media", "two sources briefed on the meeting", "analysts")
/// stay unresolved. Short names resolve to the fuller name met earlier ("Varenko" to "Dr. Anatol Semyonovich Varenko").
/// </summary>
public sealed class SpeakerResolver(QuoteContext ctx)
{
    /// <summary>How many sentences back a he/she may reach for its antecedent.</summary>
    private const int MaxPronounDistance = 4;

    /// <summary>How many sentences back an "it"/"they" may reach for an organisation that spoke.</summary>
    private const int MaxGroupPronounDistance = 2;

    private static readonly HashSet<string> GroupHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "side", "delegation", "government", "administration", "team", "camp", "regime", "country", "leadership",
        "authorities", "negotiators", "officials",
    };

    /// <summary>Those who speak for a person: "Moore's campaign", "Dale's lawyers" (a spokesperson is a person of their own).</summary>
    private static readonly HashSet<string> PersonsSides = new(StringComparer.OrdinalIgnoreCase)
    {
        "campaign", "lawyers", "lawyer", "attorneys", "attorney", "aides", "office", "allies", "family", "staff",
    };

    private int _lastPersonSpeaker = -1;
    private int _lastPersonSpeakerAt = -1;
    private int _lastGroupSpeaker = -1;
    private int _lastGroupSpeakerAt = -1;
    private int _lastUnnamedAt = -1;
    private TextSpan? _lastUnnamed;

    private bool IsPronounSource(TextSpan source)
    {
        int first = ctx.FirstTokenAtOrAfter(source.Start);
        return first == ctx.LastTokenEndingBy(source.End) && ctx.Word(first).ToLowerInvariant() is "he" or "she" or "they" or "it";
    }

    /// <summary>
    /// For "they": the unnamed plural source ("Experts", "union officials") of the latest attribution, when it is the
    /// latest source of any kind and at most <see cref="MaxGroupPronounDistance"/> sentences back; else null.
    /// </summary>
    private TextSpan? UnnamedAntecedent(TextSpan pronoun)
    {
        int s = ctx.Doc.SentenceAt(pronoun.Start);
        if (!ctx.Doc.Slice(pronoun).Equals("they", StringComparison.OrdinalIgnoreCase) || s < 0 || _lastUnnamed is not { } antecedent ||
            _lastUnnamedAt < Math.Max(_lastPersonSpeakerAt, _lastGroupSpeakerAt))
        {
            return null;
        }
        int floor = ctx.Doc.Sentences[Math.Max(0, s - MaxGroupPronounDistance)].Span.Start;
        var head = ctx.Word(ctx.LastTokenEndingBy(antecedent.End));
        bool plural = head.Length > 3 && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) ||
                      head.Equals("people", StringComparison.OrdinalIgnoreCase);
        return _lastUnnamedAt >= floor && plural && !IsPronounSource(antecedent) ? antecedent : null;
    }

    public void ResolveAll()
    {
        var ordered = ctx.Candidates
            .Where(c => c.Source is not null && c.Continues is null)
            .OrderBy(c => Math.Min(c.Source!.Value.Start, c.Content.Start))
            .ToList();
        foreach (var cand in ordered)
        {
            cand.Speaker = Resolve(cand.Source!.Value);
            if (cand.Speaker is null && IsPronounSource(cand.Source.Value))
            {
                // "As a result, they believe, ..." after "Experts caution that ...": the unnamed group that just spoke;
                // a pronoun with no speaker in reach is left unattributed rather than shown as "she" or "they".
                cand.Source = UnnamedAntecedent(cand.Source.Value);
                if (cand.Source is null)
                {
                    continue;
                }
            }
            if (cand.Speaker is { } m && ctx.Doc.Mentions[m].Type == EntityType.Person)
            {
                _lastPersonSpeaker = m;
                _lastPersonSpeakerAt = cand.Source.Value.Start;
            }
            else if (cand.Speaker is { } g)
            {
                _lastGroupSpeaker = g;
                _lastGroupSpeakerAt = cand.Source.Value.Start;
            }
            else
            {
                _lastUnnamedAt = cand.Source.Value.Start;
                _lastUnnamed = cand.Source.Value;
            }
        }
        foreach (var cand in ctx.Candidates.Where(c => c.Continues is not null))
        {
            cand.Speaker = cand.Continues!.Speaker;
            cand.Source = cand.Continues.Source;
        }
    }

    public int? Resolve(TextSpan source)
    {
        int first = ctx.FirstTokenAtOrAfter(source.Start);
        int last = ctx.LastTokenEndingBy(source.End);
        if (first > last)
        {
            return null;
        }
        if (Named(source, first, last) is { } named)
        {
            return Canonical(named);
        }
        if (Surname(source, first, last) is { } known)
        {
            return Canonical(known);
        }
        var word = ctx.Word(first);
        if (first == last && word.Equals("who", StringComparison.OrdinalIgnoreCase))
        {
            int before = ctx.IsPunct(first - 1, ',') ? first - 2 : first - 1;
            int m = before >= 0 ? ctx.MentionEndingAt(before) : -1;
            return m >= 0 ? Canonical(m) : null;
        }
        if (first == last && word.ToLowerInvariant() is "he" or "she")
        {
            return PersonPronoun(source.Start, word.Equals("he", StringComparison.OrdinalIgnoreCase) ? 'm' : 'f');
        }
        if (first == last && word.ToLowerInvariant() is "it" or "they")
        {
            return GroupPronoun(source.Start);
        }
        return Described(source, first, last);
    }

    /// <summary>A person, organisation or (as the head of the phrase) country named inside the source.</summary>
    private int? Named(TextSpan source, int first, int last)
    {
        int person = -1, org = -1, place = -1;
        int asideFrom = AsideStart(first, last);
        foreach (int m in ctx.MentionsIn(source))
        {
            var mention = ctx.Doc.Mentions[m];
            if (asideFrom >= 0 && ctx.FirstTokenAtOrAfter(mention.Span.Start) > asideFrom)
            {
                // "The union, led by Maren Holtby, argues ...": the aside describes the speaker, it does not speak.
                continue;
            }
            int end = ctx.LastTokenEndingBy(mention.Span.End);
            if (end + 1 < last && Phrases.IsPossessive(ctx, end + 1) && ctx.IsWord(end + 2))
            {
                // "Veltria's transport minister warned": the possessor names whose minister spoke, not who spoke.
                continue;
            }
            switch (mention.Type)
            {
                case EntityType.Person when person < 0:
                    person = m;
                    break;
                case EntityType.Organization when org < 0:
                    org = m;
                    break;
                case EntityType.Location when place < 0:
                    int before = ctx.FirstTokenAtOrAfter(mention.Span.Start) - 1;
                    int mentionLast = ctx.LastTokenEndingBy(mention.Span.End);
                    bool head = mentionLast == last || ctx.Is(mentionLast + 1, "'s") && last == mentionLast + 1 ||
                                ctx.FirstTokenAtOrAfter(mention.Span.Start) == first && ctx.IsPunct(mentionLast + 1, ',');
                    if (head && (before < first || !CueLexicon.IsPreposition(ctx.Word(before))))
                    {
                        place = m;
                    }
                    break;
                default:
                    break;
            }
        }
        return person >= 0 ? person : org >= 0 ? org : place >= 0 ? place : null;
    }

    /// <summary>Words that open an aside describing the phrase before it: "led by", "headed by", "which", "whose".</summary>
    private static readonly HashSet<string> AsideOpeners = new(StringComparer.OrdinalIgnoreCase)
        { "led", "headed", "chaired", "run", "founded", "owned", "backed", "represented", "joined", "accompanied", "which", "whose" };

    /// <summary>
    /// The comma opening an aside after the source's first words (", led by X,", ", which ..."), or -1: the speaker is
    /// what stands before it.
    /// </summary>
    private int AsideStart(int first, int last)
    {
        for (int t = first + 1; t < last; t++)
        {
            if (ctx.IsPunct(t, ',') && AsideOpeners.Contains(ctx.Word(t + 1)) &&
                (ctx.Word(t + 1).StartsWith('w') || ctx.Is(t + 2, "by")))
            {
                return t;
            }
        }
        return -1;
    }

    /// <summary>
    /// A name the entity stage did not mark ("al-Sheikh stressed"): the latest earlier person whose name ends with it.
    /// Only for a source that is all name-like words.
    /// </summary>
    private int? Surname(TextSpan source, int first, int last)
    {
        if (last - first > 2)
        {
            return null;
        }
        for (int t = first; t <= last; t++)
        {
            var w = ctx.Word(t);
            bool nameLike = ctx.IsCapitalised(t) || w.Contains('-', StringComparison.Ordinal) && w.Length > 3 && char.IsUpper(w[w.IndexOf('-', StringComparison.Ordinal) + 1]);
            if (!nameLike || CueLexicon.IsPronoun(w) || Phrases.IsDeterminer(w))
            {
                return null;
            }
        }
        var name = ctx.Doc.Slice(source);
        var mentions = ctx.Doc.Mentions;
        for (int m = mentions.Count - 1; m >= 0; m--)
        {
            var mention = mentions[m];
            if (mention.Type != EntityType.Person || mention.Span.Start >= source.Start)
            {
                continue;
            }
            var text = ctx.Doc.Slice(mention.Span);
            if (text.EndsWith(name, StringComparison.OrdinalIgnoreCase) &&
                (text.Length == name.Length || text[text.Length - name.Length - 1] == ' '))
            {
                return m;
            }
        }
        return null;
    }

    /// <summary>A shorter name stands for the fuller one met earlier with the same last word.</summary>
    private int Canonical(int m)
    {
        var mentions = ctx.Doc.Mentions;
        var mention = mentions[m];
        if (mention.Type != EntityType.Person)
        {
            return m;
        }
        var text = ctx.Doc.Slice(mention.Span);
        int best = m;
        int bestLength = text.Length;
        foreach (var (k, otherText) in PersonsByLastWord().GetValueOrDefault(LastWord(text), []))
        {
            if (k != m && mentions[k].Span.Start < mention.Span.Start && otherText.Length > bestLength &&
                otherText.Contains(text, StringComparison.OrdinalIgnoreCase))
            {
                best = k;
                bestLength = otherText.Length;
            }
        }
        return best;
    }

    private Dictionary<string, List<(int Mention, string Text)>>? _personsByLastWord;

    /// <summary>The report's person mentions (index and text, in mention order) by their last word, in any case.</summary>
    private Dictionary<string, List<(int Mention, string Text)>> PersonsByLastWord()
    {
        if (_personsByLastWord is null)
        {
            _personsByLastWord = new(StringComparer.OrdinalIgnoreCase);
            var mentions = ctx.Doc.Mentions;
            for (int k = 0; k < mentions.Count; k++)
            {
                if (mentions[k].Type == EntityType.Person)
                {
                    var text = ctx.Doc.Slice(mentions[k].Span);
                    var last = LastWord(text);
                    if (!_personsByLastWord.TryGetValue(last, out var list))
                    {
                        _personsByLastWord[last] = list = [];
                    }
                    list.Add((k, text));
                }
            }
        }
        return _personsByLastWord;
    }

    private static string LastWord(string text)
    {
        int space = text.LastIndexOfAny([' ', '\u00A0']);
        return space < 0 ? text : text[(space + 1)..];
    }

    private int? PersonPronoun(int at, char gender)
    {
        int s = ctx.Doc.SentenceAt(at);
        if (s < 0)
        {
            return null;
        }
        var sentenceStart = ctx.Doc.Sentences[s].Span.Start;
        if (SubjectMentions(sentenceStart, at).Where(m => Fits(m, gender)).FirstOrDefault(-1) is var same and >= 0)
        {
            return Canonical(same);
        }
        int floor = ctx.Doc.Sentences[Math.Max(0, s - MaxPronounDistance)].Span.Start;
        int subject = -1;
        for (int p = s - 1; p >= 0 && ctx.Doc.Sentences[p].Span.Start >= floor; p--)
        {
            // The subject of an earlier sentence; a sentence whose subject is itself a pronoun continues the chain of
            // the latest speaker, so the search stops there. A subject known to be of the other sex is passed over.
            var (found, stop) = SentenceSubject(p);
            if (found >= 0 && !Fits(found, gender))
            {
                continue;
            }
            if (found >= 0 || stop)
            {
                subject = found;
                break;
            }
        }
        int speaker = _lastPersonSpeakerAt >= floor && Fits(_lastPersonSpeaker, gender) ? _lastPersonSpeaker : -1;
        if (subject >= 0 && (speaker < 0 || ctx.Doc.Mentions[subject].Span.Start > _lastPersonSpeakerAt))
        {
            return Canonical(subject);
        }
        return speaker >= 0 ? speaker : null;
    }

    /// <summary>
    /// Whether a person may be "he" (<paramref name="gender"/> 'm') or "she" ('f'): not when the text calls them by the
    /// other sex's title ("Ms. Pelosi" is not "he"); a person with no title fits either.
    /// </summary>
    private bool Fits(int mention, char gender) =>
        !TitledWords().TryGetValue(LastWord(ctx.Doc.Slice(ctx.Doc.Mentions[Canonical(mention)].Span)), out var titled) || titled == gender;

    private Dictionary<string, char>? _titledWords;

    /// <summary>Each word the report writes after a title ("Ms. Holm" or "Ms. Vera Holm"), with the sex of its first title.</summary>
    private Dictionary<string, char> TitledWords()
    {
        if (_titledWords is null)
        {
            _titledWords = new(StringComparer.Ordinal);
            for (int t = 1; t < ctx.Tokens.Count; t++)
            {
                int before = t >= 2 && ctx.IsCapitalised(t - 1) && !ctx.Word(t - 1).EndsWith('.') ? t - 2 : t - 1;
                char titled = TitleGender(ctx.Word(t - 1)) is var near and not '?' ? near : TitleGender(ctx.Word(before));
                if (titled != '?')
                {
                    _titledWords.TryAdd(ctx.Word(t), titled);
                }
            }
        }
        return _titledWords;
    }

    private static char TitleGender(string word) =>
        word switch
        {
            "Mr." or "Mr" => 'm',
            "Ms." or "Ms" or "Mrs." or "Mrs" or "Miss" => 'f',
            _ => '?',
        };

    /// <summary>"it"/"they": the latest organisation or country that spoke, a few sentences back at most.</summary>
    private int? GroupPronoun(int at)
    {
        int s = ctx.Doc.SentenceAt(at);
        if (s < 0 || _lastGroupSpeaker < 0)
        {
            return null;
        }
        int floor = ctx.Doc.Sentences[Math.Max(0, s - MaxGroupPronounDistance)].Span.Start;
        bool otherSince = _lastPersonSpeakerAt > _lastGroupSpeakerAt || _lastUnnamedAt > _lastGroupSpeakerAt;
        return _lastGroupSpeakerAt >= floor && !otherSince ? _lastGroupSpeaker : null;
    }

    /// <summary>The person mention that is the subject of sentence <paramref name="p"/>, or whether its subject is a pronoun.</summary>
    private (int Mention, bool Stop) SentenceSubject(int p)
    {
        var sentence = ctx.Doc.Sentences[p];
        int first = sentence.FirstToken;
        while (first < sentence.EndToken && !ctx.IsWord(first) && !ctx.IsQuoteMark(first))
        {
            first++;
        }
        if (first >= sentence.EndToken)
        {
            return (-1, false);
        }
        if (ctx.IsQuoteMark(first) || ctx.QuoteOfToken(first) >= 0)
        {
            // A quotation names no subject of the narrative; look further back (recency against the speaker decides).
            return (-1, false);
        }
        if (Phrases.ClauseSubject(ctx, sentence.FirstToken, sentence.EndToken - 1) is not { } subject)
        {
            return (-1, false);
        }
        int t = ctx.FirstTokenAtOrAfter(subject.Start);
        if (ctx.LastTokenEndingBy(subject.End) == t && CueLexicon.IsPronoun(ctx.Word(t)))
        {
            return (-1, true);
        }
        foreach (int m in ctx.MentionsIn(subject))
        {
            if (ctx.Doc.Mentions[m].Type == EntityType.Person)
            {
                return (m, false);
            }
        }
        // "Holtby dismissed the offer." with "Holtby" not marked a person: the person met earlier under that last name.
        int subjectLast = ctx.LastTokenEndingBy(subject.End);
        return (Surname(subject, t, subjectLast) ?? -1, false);
    }

    /// <summary>Person mentions in [from, to) outside quotations and not the object of a preposition.</summary>
    private IEnumerable<int> SubjectMentions(int from, int to)
    {
        var mentions = ctx.Doc.Mentions;
        for (int m = 0; m < mentions.Count; m++)
        {
            var span = mentions[m].Span;
            if (mentions[m].Type != EntityType.Person || span.Start < from || span.End > to)
            {
                continue;
            }
            int t = ctx.FirstTokenAtOrAfter(span.Start);
            if (t >= ctx.Tokens.Count || ctx.QuoteOfToken(t) >= 0)
            {
                continue;
            }
            if (t > 0 && ctx.IsWord(t - 1) && (CueLexicon.IsPreposition(ctx.Word(t - 1)) || ctx.Is(t - 1, "and")))
            {
                continue;
            }
            yield return m;
        }
    }

    /// <summary>
    /// "the minister", "the Omani foreign minister", "the Omani side", "the ministry", and with a possessor:
    /// "Oman's foreign minister" (the latest person whose role fits, for that country), "Iran's government" (Iran).
    /// </summary>
    private int? Described(TextSpan source, int first, int last)
    {
        int start;
        Func<string?, bool>? ofCountry = null;
        string? demonym = null;
        if (ctx.Is(first, "the") || ctx.Is(first, "this"))
        {
            start = first + 1;
        }
        else
        {
            int owner = ctx.MentionStartingAt(first);
            if (owner >= 0 && ctx.Doc.Mentions[owner].Type == EntityType.Person && (GroupHeads.Contains(ctx.Word(last)) || PersonsSides.Contains(ctx.Word(last))) &&
                Phrases.IsPossessive(ctx, ctx.LastTokenEndingBy(ctx.Doc.Mentions[owner].Span.End) + 1))
            {
                // "Mr. Trump's team believed", "Moore's campaign denied": a person's team, campaign or lawyers speak for that person.
                return Canonical(owner);
            }
            if (owner < 0 || ctx.Doc.Mentions[owner].Type is not (EntityType.Location or EntityType.Organization))
            {
                return null;
            }
            int after = ctx.LastTokenEndingBy(ctx.Doc.Mentions[owner].Span.End) + 1;
            if (after >= last || ctx.Word(after) is not ("'s" or "\u2019s"))
            {
                return null;
            }
            if (GroupHeads.Contains(ctx.Word(last)))
            {
                return owner;
            }
            var place = ctx.Doc.Slice(ctx.Doc.Mentions[owner].Span);
            ofCountry = s => s is not null && (s.Equals(place, StringComparison.OrdinalIgnoreCase) ||
                                               s.Contains(place, StringComparison.OrdinalIgnoreCase) ||
                                               place.Contains(s, StringComparison.OrdinalIgnoreCase));
            start = after + 1;
        }
        var head = ctx.Word(last);
        var modifiers = new List<string>();
        for (int t = start; t < last; t++)
        {
            if (ctx.IsWord(t))
            {
                modifiers.Add(ctx.Word(t));
            }
        }
        if (ofCountry is null && modifiers.FirstOrDefault(Demonyms.IsDemonym) is { } adjective)
        {
            demonym = adjective;
            ofCountry = s => Demonyms.Matches(adjective, s);
        }
        var mentions = ctx.Doc.Mentions;
        int best = -1, bestScore = 0;
        for (int m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Span.Start >= source.Start)
            {
                break;
            }
            int score = Score(mention, head, modifiers, demonym, ofCountry);
            if (score > 0 && score >= bestScore)
            {
                best = m;
                bestScore = score;
            }
        }
        return best >= 0 ? Canonical(best) : ofCountry is not null ? NamedLater(source, head, modifiers, demonym, ofCountry) : null;
    }

    /// <summary>How many sentences after a description ("Veltria's transport minister warned ...") its person may be named.</summary>
    private const int MaxCataphoraDistance = 3;

    /// <summary>
    /// A lead that names the office before the person ("Veltria's transport minister warned ..." and two sentences on
    /// "Transport Minister Petra Solvang told ..."): the first person named soon after whose role has the description's
    /// head and every other word of it, and who is of no other country.
    /// </summary>
    private int? NamedLater(TextSpan source, string head, List<string> modifiers, string? demonym, Func<string?, bool> ofCountry)
    {
        if (GroupHeads.Contains(head))
        {
            return null;
        }
        int s = ctx.Doc.SentenceAt(source.Start);
        if (s < 0)
        {
            return null;
        }
        int until = ctx.Doc.Sentences[Math.Min(ctx.Doc.Sentences.Count - 1, s + MaxCataphoraDistance)].Span.End;
        for (int m = 0; m < ctx.Doc.Mentions.Count; m++)
        {
            var mention = ctx.Doc.Mentions[m];
            if (mention.Span.Start < source.End || mention.Type != EntityType.Person || mention.Role is not { } role)
            {
                continue;
            }
            if (mention.Span.Start >= until)
            {
                break;
            }
            if (role.Contains(head, StringComparison.OrdinalIgnoreCase) && (mention.RoleOf is null || ofCountry(mention.RoleOf)) &&
                modifiers.All(w => ReferenceEquals(w, demonym) || role.Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                return m;
            }
        }
        return null;
    }

    private int Score(Mention mention, string head, List<string> modifiers, string? demonym, Func<string?, bool>? ofCountry)
    {
        var text = ctx.Doc.Slice(mention.Span);
        if (GroupHeads.Contains(head))
        {
            if (ofCountry is null)
            {
                return 0;
            }
            bool country = mention.Type == EntityType.Person && ofCountry(mention.RoleOf) ||
                           mention.Type is EntityType.Location or EntityType.Organization && ofCountry(text);
            return country ? 1 : 0;
        }
        int score = 0;
        if (mention.Type == EntityType.Person && mention.Role is { } role && role.Contains(head, StringComparison.OrdinalIgnoreCase))
        {
            score = 1;
        }
        else if (mention.Type == EntityType.Organization && text.Contains(head, StringComparison.OrdinalIgnoreCase))
        {
            score = 1;
        }
        if (score == 0)
        {
            return 0;
        }
        if (ofCountry is not null)
        {
            if (!ofCountry(mention.RoleOf) && !(demonym is not null && text.Contains(demonym, StringComparison.OrdinalIgnoreCase)))
            {
                return 0;
            }
            score++;
        }
        foreach (var modifier in modifiers)
        {
            if (!ReferenceEquals(modifier, demonym) && (mention.Role ?? text).Contains(modifier, StringComparison.OrdinalIgnoreCase))
            {
                score++;
            }
        }
        return score;
    }
}
