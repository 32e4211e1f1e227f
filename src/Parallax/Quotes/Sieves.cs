using Parallax.Model;

namespace Parallax.Quotes;

/// <summary>One small, ordered step of quote attribution (in the manner of CoreNLP's quote-attribution sieves).</summary>
public interface IQuoteSieve
{
    string Name { get; }
    void Apply(QuoteContext ctx, CancellationToken cancellationToken);
}

internal static class SieveHelpers
{
    /// <summary>Nouns for groups and bodies that speak, not ending in -s ("media reported", "the ministry announced").</summary>
    private static readonly HashSet<string> CollectiveNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "media", "press", "police", "people", "government", "ministry", "department", "agency", "spokesman", "spokeswoman",
        "spokesperson", "official", "campaign", "committee", "council", "court", "commission", "administration", "team",
        "side", "delegation", "newspaper", "network", "channel", "outlet", "television", "radio", "army", "military",
        "embassy", "office", "parliament", "senate", "house", "group", "company", "firm", "union", "party", "board",
    };

    public static bool IsCollective(string word) => CollectiveNouns.Contains(word);

    public static int OpenToken(QuoteContext ctx, QuotedSpan q) => ctx.FirstTokenAtOrAfter(q.Open);

    /// <summary>The closing mark's token; for a quotation running on into the next paragraph, its last token.</summary>
    public static int CloseToken(QuoteContext ctx, QuotedSpan q) =>
        q.Closed ? ctx.FirstTokenAtOrAfter(q.Close) : ctx.LastTokenEndingBy(q.Close);

    public static int SentenceOf(QuoteContext ctx, TextSpan span) =>
        ctx.SentenceOfToken(Math.Min(ctx.Tokens.Count - 1, ctx.FirstTokenAtOrAfter(span.Start)));

    public static bool IsLowerWord(QuoteContext ctx, int t) => ctx.IsWord(t) && !ctx.IsCapitalised(t);

    /// <summary>Whether a cue verb at <paramref name="c"/> is used as one: not passive, not "to say", not "called for".</summary>
    public static bool IsUsableCue(QuoteContext ctx, int c, int last)
    {
        if (!IsLowerWord(ctx, c) || ctx.IsClaimed(c) || ctx.QuoteOfToken(c) >= 0)
        {
            return false;
        }
        var w = ctx.Word(c);
        // Tags decide only for words that are often nouns ("reports", "calls"); a tagger calling "stressed" an
        // adjective after a name is more often wrong than right.
        var next = c + 1 <= last ? ctx.Word(c + 1) : "";
        // "Experts caution that ...": a weak verb before "that" is a verb even where the tagger reads a noun (the
        // subject test below still keeps out "the caution that", "amid reports that").
        if (!CueLexicon.IsCue(w) || CueLexicon.IsWeak(w) && !ctx.MayBeVerb(c) && !next.Equals("that", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (CueLexicon.IsWeak(w) && (next.Length == 0 || !ctx.IsWord(c + 1) || CueLexicon.IsNotCueAfter(next) ||
                                     CueLexicon.IsFiniteVerb(next) && !CueLexicon.IsWeak(next)))
        {
            return false;
        }
        var prev = c - 1 >= 0 ? ctx.Word(c - 1).ToLowerInvariant() : "";
        if (prev is "is" or "was" or "were" or "are" or "be" or "been" or "being" or "to" or "so" or "the" or "a")
        {
            return false;
        }
        // "the minister's warning came as ...", "his warning": an -ing word after a possessive is a noun, not a cue.
        if (CueLexicon.IsParticiple(w) && c > 0 && (Phrases.IsPossessive(ctx, c - 1) ||
                                                    prev is "his" or "her" or "its" or "their" or "our" or "my" or "your"))
        {
            return false;
        }
        // A weak verb ("calls", "reports", "called") is often a noun or a passive participle: take it only right after
        // something that can be its subject (a pronoun, a name, a capitalised word, a plural noun).
        if (CueLexicon.IsWeak(w))
        {
            int p = c - 1;
            while (p >= 0 && ctx.IsWord(p) && CueLexicon.IsAdverb(ctx.Word(p)))
            {
                p--;
            }
            p = BeforeRelativeAside(ctx, p);
            if (p < 0 || !ctx.IsWord(p) && !Phrases.IsPossessive(ctx, p))
            {
                return false;
            }
            var subject = ctx.Word(p);
            bool nominal = CueLexicon.IsPronoun(subject) || ctx.IsCapitalised(p) || ctx.MentionEndingAt(p) >= 0 ||
                           subject.Length > 3 && subject.EndsWith('s') && !subject.EndsWith("ss", StringComparison.Ordinal) ||
                           CollectiveNouns.Contains(subject);
            if (!nominal)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "The union, which represents about 1,000 dockworkers, fears that": from the comma closing a relative aside
    /// before a verb, the word before the aside (its subject); else <paramref name="p"/> itself.
    /// </summary>
    private static int BeforeRelativeAside(QuoteContext ctx, int p)
    {
        if (p < 1 || ctx.Word(p) != ",")
        {
            return p;
        }
        int sentence = ctx.SentenceOfToken(p);
        for (int open = p - 1; open > 0 && ctx.SentenceOfToken(open) == sentence; open--)
        {
            if (ctx.Word(open) is "," or ";" or ":" or ".")
            {
                return ctx.Word(open) == "," && ctx.Word(open + 1).ToLowerInvariant() is "which" or "who" or "whose" ? open - 1 : p;
            }
        }
        return p;
    }

    /// <summary>"Oman's statement said": the source is the possessor, and the statement noun joins the cue.</summary>
    public static (TextSpan Source, int CueStart) SplitStatement(QuoteContext ctx, TextSpan source, int cue)
    {
        int last = ctx.LastTokenEndingBy(source.End);
        int first = ctx.FirstTokenAtOrAfter(source.Start);
        if (last - 2 >= first && last == cue - 1 && CueLexicon.IsStatementNoun(ctx.Word(last)) &&
            ctx.Word(last - 1) is "'s" or "\u2019s")
        {
            return (ctx.SpanOf(first, last - 2), last);
        }
        return (source, cue);
    }

    public static int WordCount(QuoteContext ctx, int first, int last)
    {
        int n = 0;
        for (int t = first; t <= last; t++)
        {
            if (ctx.IsWord(t))
            {
                n++;
            }
        }
        return n;
    }

    public static void Attribute(QuoteContext ctx, QuoteCandidate cand, TextSpan source, TextSpan cue, string sieve)
    {
        cand.Source = source;
        cand.Cue = cue;
        cand.Sieve = sieve;
        ctx.Claim(source);
        ctx.Claim(cue);
    }
}

/// <summary>Every pair of quotation marks becomes a candidate, Direct or Partial; section headings in quotes are skipped.</summary>
public sealed class QuotationSieve : IQuoteSieve
{
    public string Name => "quotation";

    public void Apply(QuoteContext ctx, CancellationToken cancellationToken)
    {
        foreach (var q in ctx.Quoted)
        {
            var inner = TrimSpace(ctx.Text, q.Inner);
            if (inner.IsEmpty || q.Closed && IsHeading(ctx.Text, q, inner))
            {
                continue;
            }
            int openTok = SieveHelpers.OpenToken(ctx, q);
            int closeTok = SieveHelpers.CloseToken(ctx, q);
            if (openTok >= ctx.Tokens.Count || closeTok >= ctx.Tokens.Count ||
                SieveHelpers.WordCount(ctx, openTok + 1, q.Closed ? closeTok - 1 : closeTok) == 0)
            {
                continue;
            }
            var kind = Classify(ctx, openTok, closeTok) ? QuoteKind.Direct : QuoteKind.Partial;
            var content = TrimContent(ctx.Text, inner, kind);
            ctx.Candidates.Add(new QuoteCandidate(content, kind) { Marks = q });
        }
    }

    private static bool Classify(QuoteContext ctx, int openTok, int closeTok)
    {
        int sOpen = ctx.SentenceOfToken(openTok);
        int sClose = ctx.SentenceOfToken(closeTok);
        if (sOpen != sClose)
        {
            return true;
        }
        var sentence = ctx.Doc.Sentences[sOpen];
        bool startsSentence = true;
        for (int t = sentence.FirstToken; t < openTok; t++)
        {
            startsSentence &= !ctx.IsWord(t);
        }
        if (startsSentence && sOpen > 0)
        {
            // A split after an abbreviation ('a U.S. "massive armada"') is not a sentence start.
            var previous = ctx.Doc.Sentences[sOpen - 1];
            bool lineBreak = ctx.Text.AsSpan(previous.Span.End, ctx.Tokens[openTok].Span.Start - previous.Span.End).Contains('\n');
            startsSentence = lineBreak || !ctx.IsWord(previous.EndToken - 1);
        }
        // A quotation right after a full stop the splitter did not split at ("here. ''The presidency ...'").
        int before0 = openTok - 1;
        if (startsSentence || before0 >= sentence.FirstToken && ctx.Tokens[before0].Span.Length == 1 &&
            ctx.Text[ctx.Tokens[before0].Span.Start] is '.' or '!' or '?')
        {
            return true;
        }
        bool endsSentence = true;
        for (int t = closeTok + 1; t < sentence.EndToken; t++)
        {
            endsSentence &= !ctx.IsWord(t);
        }
        int before = openTok - 1;
        bool introduced = ctx.IsPunct(before, ':') || ctx.IsPunct(before, ',');
        if (introduced)
        {
            before--;
        }
        bool afterCue = before >= sentence.FirstToken && SieveHelpers.IsLowerWord(ctx, before) &&
                        CueLexicon.IsCue(ctx.Word(before));
        return endsSentence && (introduced || afterCue) && SieveHelpers.WordCount(ctx, openTok + 1, closeTok - 1) >= 3;
    }

    private static TextSpan TrimSpace(string text, TextSpan span)
    {
        int s = span.Start, e = span.End;
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }
        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }
        return new TextSpan(s, e);
    }

    /// <summary>The comma before a closing mark is the reporter's, not the speaker's; so is a partial quote's final period.</summary>
    private static TextSpan TrimContent(string text, TextSpan span, QuoteKind kind)
    {
        int e = span.End;
        while (e > span.Start + 1 && (text[e - 1] is ',' or ';' ||
                                      kind == QuoteKind.Partial && text[e - 1] == '.' && text[e - 2] != '.'))
        {
            e--;
        }
        return TrimSpace(text, new TextSpan(span.Start, e));
    }

    /// <summary>A quotation standing alone on its line without final punctuation is a heading ("A GOOD START").</summary>
    private static bool IsHeading(string text, QuotedSpan q, TextSpan inner)
    {
        int lineStart = q.Open == 0 ? 0 : text.LastIndexOf('\n', q.Open - 1) + 1;
        int lineEnd = text.IndexOf('\n', q.Close);
        if (lineEnd < 0)
        {
            lineEnd = text.Length;
        }
        int after = q.Outer.End;
        bool alone = text.AsSpan(lineStart, q.Open - lineStart).IsWhiteSpace() &&
                     text.AsSpan(after, Math.Max(0, lineEnd - after)).IsWhiteSpace();
        return alone && text[inner.End - 1] is not ('.' or '!' or '?' or '\u2026' or ',');
    }
}

/// <summary>'"...," Varenko told Harbour FM.' · '"...," said Hanne Vestergaard, a labour economist at ...' · '"...," he stressed.'</summary>
public sealed class TrailingAttributionSieve : IQuoteSieve
{
    /// <summary>How far after a closing mark the cue may stand ("," + a subject of up to this many tokens).</summary>
    private const int MaxSubjectTokens = 10;

    public string Name => "trailing";

    public void Apply(QuoteContext ctx, CancellationToken cancellationToken)
    {
        foreach (var cand in ctx.Candidates)
        {
            if (cand.Kind != QuoteKind.Direct || cand.IsAttributed || cand.Marks is not { } q)
            {
                continue;
            }
            int closeTok = SieveHelpers.CloseToken(ctx, q);
            int s = ctx.SentenceOfToken(closeTok);
            int last = ctx.LastContentToken(s);
            int t = closeTok + 1;
            if (ctx.IsPunct(t, ','))
            {
                t++;
            }
            if (t > last)
            {
                continue;
            }
            for (int c = t; c <= Math.Min(last, t + MaxSubjectTokens); c++)
            {
                if (ctx.IsQuoteMark(c) || ctx.QuoteOfToken(c) >= 0 || ctx.IsPunct(c, ';') || ctx.IsPunct(c, ':'))
                {
                    break;
                }
                if (ctx.Is(c, "according") && ctx.Is(c + 1, "to") && Phrases.NounPhraseAfter(ctx, c + 2, s) is { } accSource)
                {
                    SieveHelpers.Attribute(ctx, cand, accSource, ctx.SpanOf(c, c + 1), Name);
                    break;
                }
                if (!SieveHelpers.IsLowerWord(ctx, c) || !CueLexicon.IsFiniteVerb(ctx.Word(c)))
                {
                    continue;
                }
                TextSpan? source;
                int cueEnd = c;
                if (c == t)
                {
                    source = Phrases.NounPhraseAfter(ctx, c + 1, s);
                }
                else
                {
                    int end = c - 1;
                    while (end > t && CueLexicon.IsAdverb(ctx.Word(end)))
                    {
                        end--;
                    }
                    source = ctx.IsWord(t) ? ctx.SpanOf(t, end) : null;
                    if (CueLexicon.TakesRecipientBeforeContent(ctx.Word(c)))
                    {
                        cueEnd = Phrases.RecipientEnd(ctx, c, last);
                    }
                }
                if (source is { } src)
                {
                    var (split, cueStart) = SieveHelpers.SplitStatement(ctx, src, c);
                    SieveHelpers.Attribute(ctx, cand, split, ctx.SpanOf(cueStart, cueEnd), Name);
                }
                break;
            }
        }
    }
}

/// <summary>'Sabah al-Sheikh, a professor at Y, said "..."' · 'the State Department issued a warning: "Leave Iran now."'</summary>
public sealed class LeadingAttributionSieve : IQuoteSieve
{
    public string Name => "leading";

    public void Apply(QuoteContext ctx, CancellationToken cancellationToken)
    {
        foreach (var cand in ctx.Candidates)
        {
            if (cand.Kind != QuoteKind.Direct || cand.IsAttributed || cand.Marks is not { } q)
            {
                continue;
            }
            int openTok = SieveHelpers.OpenToken(ctx, q);
            int s = ctx.SentenceOfToken(openTok);
            int p = openTok - 1;
            if (p >= 0 && ctx.IsPunct(p, ':') && ctx.SentenceOfToken(p) != s)
            {
                // 'Brafman told the court:' at the end of the sentence or paragraph before the quotation.
                s = ctx.SentenceOfToken(p);
            }
            int floor = ctx.Doc.Sentences[s].FirstToken;
            if (p < floor)
            {
                continue;
            }
            bool colon = ctx.IsPunct(p, ':');
            if (colon || ctx.IsPunct(p, ','))
            {
                p--;
            }
            if (ctx.Is(p, "that"))
            {
                p--;
            }
            int cue = -1;
            if (p >= floor && SieveHelpers.IsLowerWord(ctx, p) && CueLexicon.IsParticiple(ctx.Word(p)) && !ctx.IsClaimed(p))
            {
                // 'He spoke at the rally, saying "..."' · 'she was quoted as saying "..."': the main clause's subject.
                if (PartialQuoteSieve.SourceOf(ctx, p, s) is { } mainSubject)
                {
                    SieveHelpers.Attribute(ctx, cand, mainSubject, ctx.Tokens[p].Span, Name);
                }
                continue;
            }
            if (p >= floor && SieveHelpers.IsLowerWord(ctx, p) && CueLexicon.IsFiniteVerb(ctx.Word(p)) && !ctx.IsClaimed(p))
            {
                cue = p;
            }
            else if (colon)
            {
                for (int c = p; c >= floor && !ctx.IsQuoteMark(c); c--)
                {
                    if (SieveHelpers.IsLowerWord(ctx, c) && CueLexicon.IsFiniteVerb(ctx.Word(c)) && !ctx.IsClaimed(c))
                    {
                        cue = c;
                        break;
                    }
                }
            }
            if (cue >= 0)
            {
                if (Phrases.SubjectBefore(ctx, cue, floor) is { } source)
                {
                    var (split, cueStart) = SieveHelpers.SplitStatement(ctx, source, cue);
                    // The cue runs to the colon ("told the court:") unless a clause comes between.
                    bool clauseBetween = p - cue > 6 || Enumerable.Range(cue + 1, Math.Max(0, p - cue)).Any(t => ctx.IsPunct(t, ','));
                    int cueEnd = !clauseBetween ? p :
                        CueLexicon.TakesRecipientBeforeContent(ctx.Word(cue)) ? Phrases.RecipientEnd(ctx, cue, p) : cue;
                    SieveHelpers.Attribute(ctx, cand, split, ctx.SpanOf(cueStart, cueEnd), Name);
                }
            }
            else if (colon && p >= floor && Phrases.ClauseSubject(ctx, floor, p) is { } subject &&
                     ctx.MentionsIn(subject).Any(m => ctx.Doc.Mentions[m].Type != EntityType.Misc))
            {
                int after = ctx.LastTokenEndingBy(subject.End) + 1;
                if (after <= p)
                {
                    SieveHelpers.Attribute(ctx, cand, subject, ctx.SpanOf(after, p), Name);
                }
            }
        }
    }
}

/// <summary>
/// '"...," he stressed. "In general, ..."': an unattributed direct quote in the sentence after an attributed one
/// continues the same statement (same source and cue); likewise one just before an attributed quote.
/// </summary>
public sealed class ContinuationSieve : IQuoteSieve
{
    public string Name => "continuation";

    public void Apply(QuoteContext ctx, CancellationToken cancellationToken)
    {
        var quoted = ctx.Candidates.Where(c => c.Marks is not null).OrderBy(c => c.Content.Start).ToList();
        for (int i = 1; i < quoted.Count; i++)
        {
            Link(ctx, quoted[i], quoted[i - 1], forward: true);
        }
        for (int i = quoted.Count - 2; i >= 0; i--)
        {
            Link(ctx, quoted[i], quoted[i + 1], forward: false);
        }
    }

    private static bool IsWholeParagraph(string text, QuotedSpan q)
    {
        int lineStart = q.Open == 0 ? 0 : text.LastIndexOf('\n', q.Open - 1) + 1;
        int lineEnd = text.IndexOf('\n', q.Open);
        if (lineEnd < 0)
        {
            lineEnd = text.Length;
        }
        int after = q.Outer.End;
        return text.AsSpan(lineStart, q.Open - lineStart).IsWhiteSpace() &&
               (after >= lineEnd || text.AsSpan(after, lineEnd - after).Trim().Length <= 1);
    }

    private void Link(QuoteContext ctx, QuoteCandidate cand, QuoteCandidate other, bool forward)
    {
        if (cand.Kind != QuoteKind.Direct || cand.IsAttributed || !other.IsAttributed || other.Kind != QuoteKind.Direct)
        {
            return;
        }
        var (first, second) = forward ? (other, cand) : (cand, other);
        int gap = SieveHelpers.SentenceOf(ctx, second.Marks!.Value.Outer) - SieveHelpers.SentenceOf(ctx, new TextSpan(first.Marks!.Value.Close, first.Marks.Value.Close + 1));
        bool paragraphBetween = ctx.Text.AsSpan(first.Marks.Value.Close, second.Marks.Value.Open - first.Marks.Value.Close)
            .Contains('\n');
        // Across a paragraph break only forwards, into a paragraph that is all quotation: the news convention for
        // a speaker who goes on ('"...," Barkley said.' then a paragraph of quotation alone).
        bool paragraphOk = !first.Marks.Value.Closed || forward && IsWholeParagraph(ctx.Text, second.Marks.Value);
        if (gap is < 0 or > 1 || paragraphBetween && !paragraphOk)
        {
            return;
        }
        var root = other.Continues ?? other;
        cand.Continues = root;
        cand.Source = root.Source;
        cand.Cue = root.Cue;
        cand.Sieve = Name;
    }
}

/// <summary>
/// 'calling the offer "very fair" and "timely."' · 'who labeled the meeting a 'fresh start''. A partial quote takes the
/// nearest cue in its sentence; a participle cue ("calling", "urging") takes the subject of the main clause.
/// Partial quotes with no cue in their sentence are scare quotes and are dropped later.
/// </summary>
public sealed class PartialQuoteSieve : IQuoteSieve
{
    public string Name => "partial";

    public void Apply(QuoteContext ctx, CancellationToken cancellationToken)
    {
        foreach (var cand in ctx.Candidates.OrderBy(c => c.Content.Start))
        {
            if (cand.Kind != QuoteKind.Partial || cand.IsAttributed || cand.Marks is not { } q)
            {
                continue;
            }
            int openTok = SieveHelpers.OpenToken(ctx, q);
            int closeTok = SieveHelpers.CloseToken(ctx, q);
            int s = ctx.SentenceOfToken(openTok);
            var sentence = ctx.Doc.Sentences[s];
            int last = ctx.LastContentToken(s);
            int cue = -1;
            for (int c = openTok - 1; c >= sentence.FirstToken && cue < 0; c--)
            {
                if (IsPartialCue(ctx, c, last))
                {
                    cue = c;
                }
            }
            for (int c = closeTok + 1; c <= last && cue < 0; c++)
            {
                if (IsPartialCue(ctx, c, last))
                {
                    cue = c;
                }
            }
            if (cue < 0)
            {
                continue;
            }
            if (SourceOf(ctx, cue, s) is { } source)
            {
                cand.Source = source;
                cand.Cue = ctx.Tokens[cue].Span;
                cand.Sieve = Name;
            }
        }
    }

    private static bool IsPartialCue(QuoteContext ctx, int c, int last) =>
        ctx.QuoteOfToken(c) < 0 && SieveHelpers.IsLowerWord(ctx, c) && CueLexicon.IsCue(ctx.Word(c)) &&
        (!CueLexicon.IsWeak(ctx.Word(c)) || ctx.MayBeVerb(c)) &&
        (!CueLexicon.IsWeak(ctx.Word(c)) || c + 1 > last || !CueLexicon.IsNotCueAfter(ctx.Word(c + 1)) || ctx.Word(c) is "outlined");

    /// <summary>The source for a cue: its subject, or for a participle the source of the sentence's main attribution.</summary>
    internal static TextSpan? SourceOf(QuoteContext ctx, int cue, int s)
    {
        int floor = ctx.Doc.Sentences[s].FirstToken;
        if (CueLexicon.IsFiniteVerb(ctx.Word(cue)) && Phrases.SubjectBefore(ctx, cue, floor) is { } subject)
        {
            return subject;
        }
        int cueStart = ctx.Tokens[cue].Span.Start;
        var prior = ctx.Candidates
            .Where(c => c.Source is not null && c.Cue is { } k && k.Start < cueStart && SieveHelpers.SentenceOf(ctx, k) == s)
            .OrderBy(c => c.Cue!.Value.Start)
            .LastOrDefault();
        if (prior?.Source is { } inherited)
        {
            return inherited;
        }
        for (int c = cue - 1; c >= floor; c--)
        {
            if (ctx.QuoteOfToken(c) < 0 && SieveHelpers.IsLowerWord(ctx, c) && CueLexicon.IsFiniteVerb(ctx.Word(c)) &&
                Phrases.SubjectBefore(ctx, c, floor) is { } mainSubject)
            {
                return mainSubject;
            }
        }
        return Phrases.ClauseSubject(ctx, floor, cue - 1);
    }
}

/// <summary>"Trump: talks very good": a short line opening with a person's name and a colon.</summary>
public sealed class HeadlineSieve : IQuoteSieve
{
    /// <summary>Longest line read as a headline.</summary>
    private const int MaxHeadlineTokens = 25;

    public string Name => "headline";

    public void Apply(QuoteContext ctx, CancellationToken cancellationToken)
    {
        var text = ctx.Text;
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }
            TryLine(ctx, lineStart, lineEnd);
            lineStart = lineEnd + 1;
        }
    }

    private void TryLine(QuoteContext ctx, int lineStart, int lineEnd)
    {
        int first = ctx.FirstTokenAtOrAfter(lineStart);
        int last = ctx.LastTokenEndingBy(lineEnd);
        if (first >= ctx.Tokens.Count || last < first || last - first + 1 > MaxHeadlineTokens)
        {
            return;
        }
        int m = ctx.MentionStartingAt(first);
        if (m < 0 || ctx.Doc.Mentions[m].Type != EntityType.Person)
        {
            return;
        }
        int nameEnd = ctx.LastTokenEndingBy(ctx.Doc.Mentions[m].Span.End);
        int colon = nameEnd + 1;
        if (!ctx.IsPunct(colon, ':') || SieveHelpers.WordCount(ctx, colon + 1, last) < 2)
        {
            return;
        }
        var source = ctx.SpanOf(first, nameEnd);
        var cue = ctx.Tokens[colon].Span;
        int contentLast = last;
        while (contentLast > colon && !ctx.IsWord(contentLast) && !ctx.IsQuoteMark(contentLast))
        {
            contentLast--;
        }
        var content = ctx.SpanOf(colon + 1, contentLast);
        var quoted = ctx.Candidates.FirstOrDefault(c => c.Marks is { } q && content.Contains(q.Outer) && !c.IsAttributed);
        if (quoted is not null)
        {
            quoted.Kind = QuoteKind.Direct;
            SieveHelpers.Attribute(ctx, quoted, source, cue, Name);
            return;
        }
        var cand = new QuoteCandidate(content, QuoteKind.Indirect);
        SieveHelpers.Attribute(ctx, cand, source, cue, Name);
        ctx.Candidates.Add(cand);
    }
}

/// <summary>"According to X, CONTENT." · "CONTENT, according to X."</summary>
public sealed class AccordingToSieve : IQuoteSieve
{
    public string Name => "according-to";

    public void Apply(QuoteContext ctx, CancellationToken cancellationToken)
    {
        for (int s = 0; s < ctx.Doc.Sentences.Count; s++)
        {
            var sentence = ctx.Doc.Sentences[s];
            int last = ctx.LastContentToken(s);
            for (int c = sentence.FirstToken; c < last; c++)
            {
                if (!ctx.Is(c, "according") || !ctx.Is(c + 1, "to") || ctx.IsClaimed(c) || ctx.QuoteOfToken(c) >= 0)
                {
                    continue;
                }
                int npFirst = c + 2;
                int comma = npFirst;
                while (comma <= last && !ctx.IsPunct(comma, ',') && !ctx.IsQuoteMark(comma))
                {
                    comma++;
                }
                var cue = ctx.SpanOf(c, c + 1);
                bool leading = c == sentence.FirstToken || SieveHelpers.WordCount(ctx, sentence.FirstToken, c - 1) == 0;
                if (leading && comma < last && comma > npFirst)
                {
                    var source = ctx.SpanOf(npFirst, comma - 1);
                    Add(ctx, ctx.SpanOf(comma + 1, last), source, cue);
                }
                else if (!leading && ctx.IsPunct(c - 1, ',') && comma > npFirst &&
                         SieveHelpers.WordCount(ctx, sentence.FirstToken, c - 2) >= 3)
                {
                    var source = ctx.SpanOf(npFirst, Math.Min(comma, last + 1) - 1);
                    Add(ctx, ctx.SpanOf(sentence.FirstToken, c - 2), source, cue);
                }
            }
        }
    }

    private void Add(QuoteContext ctx, TextSpan content, TextSpan source, TextSpan cue)
    {
        var cand = new QuoteCandidate(content, QuoteKind.Indirect);
        SieveHelpers.Attribute(ctx, cand, source, cue, Name);
        ctx.Candidates.Add(cand);
    }
}

/// <summary>
/// Reported speech without quotation marks: "Varenko said (that) CLAUSE", "CLAUSE, he said.", "CLAUSE, said X.",
/// "X's statement said CLAUSE", and participles that continue an attribution (", adding that ...").
/// </summary>
public sealed class IndirectSpeechSieve : IQuoteSieve
{
    /// <summary>How far "that" may follow the cue with an adjunct between ("said earlier this week that").</summary>
    private const int MaxAdjunctTokens = 6;

    public string Name => "indirect";

    public void Apply(QuoteContext ctx, CancellationToken cancellationToken)
    {
        for (int s = 0; s < ctx.Doc.Sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = ctx.Doc.Sentences[s];
            int floor = sentence.FirstToken;
            int last = ctx.LastContentToken(s);
            TextSpan? mainSource = null;
            int thatContentEnd = -1;
            for (int c = floor; c <= last; c++)
            {
                if (!SieveHelpers.IsUsableCue(ctx, c, last) || CueLexicon.OnlyIntroducesQuotations(ctx.Word(c)))
                {
                    continue;
                }
                // "The chamber said that 200 firms had reported losses": a cue inside the content of a "that" clause
                // already taken is part of what was said, and its subject is not a second speaker.
                if (thatContentEnd >= c)
                {
                    continue;
                }
                if (TryTrailing(ctx, c, s, floor, last) is { } trailingSource)
                {
                    mainSource ??= trailingSource;
                    continue;
                }
                bool participle = CueLexicon.IsParticiple(ctx.Word(c));
                TextSpan? source = participle ? mainSource ?? PartialQuoteSieve.SourceOf(ctx, c, s) : Phrases.SubjectBefore(ctx, c, floor) ??
                    (AfterConjunction(ctx, c, floor) ? mainSource : null);
                if (source is not { } src)
                {
                    continue;
                }
                // "The substance of the discussions suggests that ...": a verb of evidence with a thing as its subject.
                if (CueLexicon.IsEvidential(ctx.Word(c)) && !CanSpeak(ctx, src))
                {
                    continue;
                }
                // "an escalation that Tehran says killed 1,000 people": the subject of what was said is the relative
                // pronoun before the speaker, so the words after the cue are a fragment, not a statement.
                int before = ctx.FirstTokenAtOrAfter(src.Start) - 1;
                if (before >= floor && ctx.Word(before).ToLowerInvariant() is "that" or "which" && c + 1 <= last &&
                    SieveHelpers.IsLowerWord(ctx, c + 1) && StartsWithVerb(ctx, c + 1))
                {
                    continue;
                }
                int cueStart = c;
                if (!participle)
                {
                    (src, cueStart) = SieveHelpers.SplitStatement(ctx, src, c);
                }
                int cueEnd = CueLexicon.TakesRecipientBeforeContent(ctx.Word(c)) ? Phrases.RecipientEnd(ctx, c, last) : c;
                if (CueLexicon.ReportsCharge(ctx.Word(c)))
                {
                    // "accuses management of drawing up the plan": the charge follows its recipient and "of".
                    cueEnd = ChargeOf(ctx, c, last);
                    if (cueEnd < 0)
                    {
                        continue;
                    }
                }
                else if (cueEnd + 1 <= last && IsAdjunctStart(ctx.Word(cueEnd + 1)))
                {
                    for (int t = cueEnd + 1; t <= Math.Min(last, cueEnd + MaxAdjunctTokens); t++)
                    {
                        if (!ctx.IsWord(t) || CueLexicon.IsCue(ctx.Word(t)))
                        {
                            break;
                        }
                        if (ctx.Is(t, "that"))
                        {
                            cueEnd = t - 1;
                            break;
                        }
                    }
                }
                int contentStart = cueEnd + 1;
                // "As Varenko emphasized, the talks ...": the content follows the comma.
                if (ctx.IsPunct(contentStart, ','))
                {
                    contentStart++;
                }
                if (contentStart > last || ctx.Word(contentStart) is ";" or ":" or "," or "." or ")" or "-" or "\u2014")
                {
                    // "charged the picket line without warning; ...": nothing said follows the cue.
                    continue;
                }
                int contentEnd = ContentEnd(ctx, contentStart, last);
                bool evaluated = CueLexicon.Names(ctx.Word(c)) && !ctx.Is(contentStart, "that");
                if (evaluated)
                {
                    // "called the talks 'frank' and 'constructive'": the speaker's words are the quoted evaluation (the
                    // partial quotes), never the object; "described X as Y" said Y; "what he called a shared wish" said it.
                    mainSource ??= src;
                    if (Evaluation(ctx, src, contentStart, contentEnd) is not { } evaluation)
                    {
                        continue;
                    }
                    (contentStart, contentEnd) = evaluation;
                }
                // "underscoring the military dimension" is not speech; "underscoring that ..." or a quotation is.
                if (participle && !CueLexicon.IsSpeechParticiple(ctx.Word(c)) && !ctx.Is(contentStart, "that") &&
                    !Enumerable.Range(contentStart, Math.Max(0, contentEnd - contentStart + 1)).Any(ctx.IsQuoteMark))
                {
                    continue;
                }
                // An evaluation may be one word ('called the talks "frank"'); a clause of fewer than three is no statement.
                if (contentStart > last || SieveHelpers.WordCount(ctx, contentStart, contentEnd) < (evaluated ? 1 : 3) ||
                    CueLexicon.IsPreposition(ctx.Word(contentStart)) && !ctx.Is(contentStart, "about"))
                {
                    continue;
                }
                var cand = new QuoteCandidate(ctx.SpanOf(contentStart, contentEnd), QuoteKind.Indirect);
                SieveHelpers.Attribute(ctx, cand, src, ctx.SpanOf(cueStart, cueEnd), Name);
                ctx.Candidates.Add(cand);
                mainSource ??= src;
                if (ctx.Is(contentStart, "that"))
                {
                    thatContentEnd = Math.Max(thatContentEnd, contentEnd);
                }
            }
        }
    }

    /// <summary>
    /// Where the speaker's own evaluation starts after a naming verb: after "as" ("described the talks as useful"), or
    /// right after the verb when its object is "what" before the speaker ("what he called a shared wish"); null when the
    /// evaluation is quoted (the partial quotes carry it) or cannot be told from the object.
    /// </summary>
    private static (int Start, int End)? Evaluation(QuoteContext ctx, TextSpan source, int contentStart, int contentEnd)
    {
        for (int t = contentStart; t <= contentEnd; t++)
        {
            if (ctx.IsQuoteMark(t))
            {
                return QuotedEvaluation(ctx, t, contentEnd);
            }
        }
        int first = ctx.FirstTokenAtOrAfter(source.Start);
        if (first > 0 && ctx.Is(first - 1, "what"))
        {
            return (contentStart, contentEnd);
        }
        // "a presence the union described as ...": with the object before the speaker, "as" follows the verb.
        for (int t = contentStart; t < contentEnd; t++)
        {
            if (ctx.Is(t, "as"))
            {
                return (t + 1, contentEnd);
            }
            if (!ctx.IsWord(t) && !Phrases.IsPossessive(ctx, t))
            {
                break;
            }
        }
        return null;
    }

    /// <summary>
    /// '"frank" and "constructive."': from the first quotation mark over the quotations joined by "and", "or" or commas,
    /// to the last closing mark; what follows ("and said ...", "for clarifying positions") is not the evaluation.
    /// </summary>
    private static (int Start, int End)? QuotedEvaluation(QuoteContext ctx, int open, int contentEnd)
    {
        int end = -1;
        int t = open;
        while (t <= contentEnd && ctx.IsQuoteMark(t))
        {
            int at = ctx.Tokens[t].Span.Start;
            if (ctx.Quoted.FirstOrDefault(q => q.Open == at && q.Closed) is not { Close: > 0 } quoted)
            {
                break;
            }
            int close = ctx.FirstTokenAtOrAfter(quoted.Close);
            if (close > contentEnd)
            {
                break;
            }
            end = close;
            t = close + 1;
            while (t <= contentEnd && (ctx.IsPunct(t, ',') || ctx.Is(t, "and") || ctx.Is(t, "or")))
            {
                t++;
            }
        }
        return end < 0 ? null : (open, end);
    }

    /// <summary>"X called the talks useful and said ...": the verb follows "and" or "but" (and adverbs) with no subject of its own.</summary>
    private static bool AfterConjunction(QuoteContext ctx, int c, int floor)
    {
        int p = c - 1;
        while (p >= floor && ctx.IsWord(p) && CueLexicon.IsAdverb(ctx.Word(p)))
        {
            p--;
        }
        return p > floor && ctx.Word(p).ToLowerInvariant() is "and" or "but";
    }

    /// <summary>Whether a source can be a speaker: a named entity, a pronoun, or a phrase headed by people or a body.</summary>
    private static bool CanSpeak(QuoteContext ctx, TextSpan source)
    {
        if (ctx.MentionsIn(source).Any(m => ctx.Doc.Mentions[m].Type != EntityType.Misc))
        {
            return true;
        }
        var head = ctx.Word(ctx.LastTokenEndingBy(source.End)).ToLowerInvariant();
        return CueLexicon.IsPronoun(head) || SieveHelpers.IsCollective(head) || head is "officials" or "sources" or "experts" or "analysts"
            or "diplomats" or "people" or "observers" or "critics" or "residents" or "witnesses" or "researchers" or "economists" ||
            head.EndsWith("ists", StringComparison.Ordinal) || head.EndsWith("ers", StringComparison.Ordinal) ||
            head.EndsWith("ians", StringComparison.Ordinal);
    }

    /// <summary>Whether the word at <paramref name="t"/> is a verb (by its tag, or without tags by a past-tense ending).</summary>
    private static bool StartsWithVerb(QuoteContext ctx, int t) =>
        ctx.HasPartOfSpeech
            ? ctx.Doc.PartOfSpeech[t] is "VBD" or "VBN" or "VBZ" or "VBP" or "MD"
            : ctx.Word(t).EndsWith("ed", StringComparison.Ordinal);

    /// <summary>How many words a charge's recipient may take ("accused the harbour authority's management of").</summary>
    private const int MaxChargeRecipientTokens = 6;

    /// <summary>The "of" after an accusation's recipient, or -1 when none follows within a few words.</summary>
    private static int ChargeOf(QuoteContext ctx, int cue, int last)
    {
        for (int t = cue + 2; t <= Math.Min(last, cue + 1 + MaxChargeRecipientTokens); t++)
        {
            if (ctx.Is(t, "of"))
            {
                return t;
            }
            if (!ctx.IsWord(t) && !Phrases.IsPossessive(ctx, t))
            {
                return -1;
            }
        }
        return -1;
    }

    private static bool IsAdjunctStart(string word) =>
        CueLexicon.IsAdverb(word) || CueLexicon.IsPreposition(word) ||
        word.ToLowerInvariant() is "last" or "this" or "next" or "yesterday" or "today" or "tonight" or "monday" or "tuesday"
            or "wednesday" or "thursday" or "friday" or "saturday" or "sunday" or "late" or "early" or "privately";

    /// <summary>
    /// The content runs to the sentence end, or to where a new attribution begins: "; ", ", adding ...",
    /// or a comma (or closing quotation mark) followed by a subject and its cue (", he cautioned", "' Trump emphasized").
    /// </summary>
    private static int ContentEnd(QuoteContext ctx, int start, int last)
    {
        for (int t = start + 1; t <= last; t++)
        {
            if (ctx.IsPunct(t, ';'))
            {
                return t - 1;
            }
            bool comma = ctx.IsPunct(t, ',');
            bool closing = ctx.IsQuoteMark(t) && ctx.Quoted.Any(q => q.Close == ctx.Tokens[t].Span.Start);
            if (!comma && !closing || t + 1 > last)
            {
                continue;
            }
            if (comma && ctx.IsQuoteMark(t + 1))
            {
                continue;
            }
            bool mainVerb = comma && SieveHelpers.IsLowerWord(ctx, t + 1) && CueLexicon.IsFiniteVerb(ctx.Word(t + 1));
            // ", while the authority insists that ...": another attribution after a conjunction.
            bool conjoined = comma && t + 2 <= last && ctx.Word(t + 1).ToLowerInvariant() is "while" or "whereas" or "but" or "and" or "although" or "though" &&
                             NewClauseAt(ctx, t + 2, last);
            if (CueLexicon.IsParticiple(ctx.Word(t + 1)) && !ctx.IsClaimed(t + 1) || mainVerb || conjoined || NewClauseAt(ctx, t + 1, last) ||
                comma && ReportersClause(ctx, start, t, last))
            {
                return comma ? t - 1 : t;
            }
        }
        return last;
    }

    /// <summary>
    /// Whether the clause after ", and" / ", though" is the reporter's rather than more of what was said (needs tags):
    /// the speaker's own act in the past tense (", though she welcomed the decision"), or after a backshifted "that"
    /// clause a new subject in the present tense (", and ministry officials have repeated the threat").
    /// </summary>
    private static bool ReportersClause(QuoteContext ctx, int start, int comma, int last)
    {
        int k = comma + 2;
        if (!ctx.HasPartOfSpeech || k + 1 > last || ctx.Word(comma + 1).ToLowerInvariant() is not ("and" or "but" or "though" or "although" or "while"))
        {
            return false;
        }
        var tags = ctx.Doc.PartOfSpeech;
        if (ctx.Word(k).ToLowerInvariant() is "he" or "she" && tags[k + 1] == "VBD" && !Auxiliaries.Contains(ctx.Word(k + 1)))
        {
            return true;
        }
        if (!ctx.Is(start, "that") || !Enumerable.Range(start, comma - start).Any(t => tags[t] == "VBD"))
        {
            return false;
        }
        int v = k;
        while (v <= last && v - k < 5 && tags[v] is "DT" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "CD" or "PRP$")
        {
            v++;
        }
        return v > k && v <= last && tags[v] is "VBZ" or "VBP";
    }

    /// <summary>Whether a subject and its cue verb start at <paramref name="k"/> (", he cautioned against ...").</summary>
    private static bool NewClauseAt(QuoteContext ctx, int k, int last)
    {
        for (int c = k + 1; c <= Math.Min(last, k + 6); c++)
        {
            if (ctx.QuoteOfToken(c) < 0 && SieveHelpers.IsLowerWord(ctx, c) && CueLexicon.IsFiniteVerb(ctx.Word(c)) &&
                Phrases.SubjectBefore(ctx, c, k) is { } subject && subject.Start == ctx.Tokens[k].Span.Start)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Auxiliaries and modals: a clause's verb, never part of a speaker's name or description.</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
        { "would", "will", "could", "should", "may", "might", "can", "must", "was", "were", "is", "are", "had", "has", "have" };

    /// <summary>
    /// Whether the words after the cue, up to a comma or a relative pronoun, hold a verb: "The union, led by X, said the
    /// plan would cost jobs" tells what was said, where "CONTENT, said the minister" names who said it.
    /// </summary>
    private static bool ClauseAfter(QuoteContext ctx, int from, int last)
    {
        bool tagged = ctx.Doc.PartOfSpeech.Count == ctx.Doc.Tokens.Count;
        for (int t = from; t <= last && !ctx.IsPunct(t, ',') && !(ctx.Word(t).ToLowerInvariant() is "who" or "which" or "whose"); t++)
        {
            if (Auxiliaries.Contains(ctx.Word(t)) || tagged && t > from && ctx.Doc.PartOfSpeech[t] is "VBD" or "VBZ" or "VBP" or "MD")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Verbs that follow their subject in "CONTENT, said X.".</summary>
    private static bool Inverts(string verb) =>
        verb.ToLowerInvariant() is "said" or "says" or "added" or "adds" or "stated" or "wrote" or "writes" or "opined" or "noted"
            or "explained" or "continued" or "asked" or "replied" or "insisted" or "stressed" or "warned" or "argued"
            or "remarked" or "observed" or "declared" or "tweeted" or "recalled" or "concluded";

    private static bool StartsSubordinate(QuoteContext ctx, int floor) =>
        ctx.IsWord(floor) && ctx.Word(floor).ToLowerInvariant() is "while" or "although" or "though" or "if" or "when" or "as"
            or "because" or "since" or "after" or "before" or "unless" or "whereas" or "once" or "until";

    /// <summary>
    /// "The talks, Karimi said, were useful.": the statement around the parenthetical attribution, as two parts of one
    /// quote (the second continues the first, as PolNeAR's discontinuous content).
    /// </summary>
    private TextSpan? TryParenthetical(QuoteContext ctx, int c, int floor, int last, int comma, int closing, TextSpan source)
    {
        if (!ctx.IsPunct(closing, ',') || closing + 1 > last || CueLexicon.IsParticiple(ctx.Word(closing + 1)) ||
            SieveHelpers.WordCount(ctx, floor, comma - 1) < 1 || ctx.QuoteOfToken(comma - 1) >= 0 || ctx.IsQuoteMark(comma - 1))
        {
            return null;
        }
        int end = ContentEnd(ctx, closing + 1, last);
        var cue = ctx.SpanOf(c, closing - 1);
        var first = new QuoteCandidate(ctx.SpanOf(floor, comma - 1), QuoteKind.Indirect);
        if (SieveHelpers.WordCount(ctx, closing + 1, end) < 2 || SieveHelpers.WordCount(ctx, floor, comma - 1) +
            SieveHelpers.WordCount(ctx, closing + 1, end) < 4)
        {
            return null;
        }
        SieveHelpers.Attribute(ctx, first, source, cue, Name);
        var second = new QuoteCandidate(ctx.SpanOf(closing + 1, end), QuoteKind.Indirect)
        {
            Continues = first,
            Source = source,
            Cue = cue,
            Sieve = Name,
        };
        ctx.Candidates.Add(first);
        ctx.Candidates.Add(second);
        return source;
    }

    /// <summary>"CLAUSE, he said." and "CLAUSE, said X.": the content is what precedes the comma.</summary>
    private TextSpan? TryTrailing(QuoteContext ctx, int c, int s, int floor, int last)
    {
        if (CueLexicon.IsParticiple(ctx.Word(c)))
        {
            return null;
        }
        TextSpan? source = null;
        int comma;
        if (StartsSubordinate(ctx, floor))
        {
            return null;
        }
        if (ctx.IsPunct(c - 1, ','))
        {
            comma = c - 1;
            // "CONTENT, said the minister." — not "X, who ..., said contractors built ...": the phrase after the verb
            // must look like a name or a description, and the part before the comma must not end a relative clause.
            bool nominalAfter = c + 1 <= last && (ctx.IsCapitalised(c + 1) || ctx.Word(c + 1).ToLowerInvariant() is "the" or "a" or "an" ||
                                                  char.IsDigit(ctx.Word(c + 1)[0]) || ctx.MentionStartingAt(c + 1) >= 0);
            bool relativeBefore = Enumerable.Range(floor, Math.Max(0, c - floor)).Any(t => ctx.IsPunct(t, ',') && t + 1 < c &&
                                                                                           ctx.Word(t + 1).ToLowerInvariant() is "who" or "which");
            if (Inverts(ctx.Word(c)) && nominalAfter && !relativeBefore && !ClauseAfter(ctx, c + 1, last) &&
                Phrases.NounPhraseAfter(ctx, c + 1, s) is { } after && ctx.LastTokenEndingBy(after.End) >= last - 1 &&
                ctx.LastTokenEndingBy(after.End) - c <= 14)
            {
                source = after;
            }
        }
        else
        {
            if (Phrases.SubjectBefore(ctx, c, floor) is not { } before)
            {
                return null;
            }
            comma = ctx.FirstTokenAtOrAfter(before.Start) - 1;
            if (!ctx.IsPunct(comma, ','))
            {
                return null;
            }
            if (!Inverts(ctx.Word(c)) || c + 1 <= last && ctx.IsWord(c + 1) && !IsAdjunctStart(ctx.Word(c + 1)))
            {
                return null;
            }
            // After the verb: the sentence end, a short adjunct ("on Friday") or ", adding ...".
            int t = c + 1;
            while (t <= last && ctx.IsWord(t) && !ctx.Is(t, "that") && t - c <= 4)
            {
                t++;
            }
            bool ends = t > last || ctx.IsPunct(t, ',') && t + 1 <= last && CueLexicon.IsParticiple(ctx.Word(t + 1));
            if (!ends)
            {
                return TryParenthetical(ctx, c, floor, last, comma, t, before);
            }
            source = before;
        }
        if (source is not { } src || comma - 1 < floor || SieveHelpers.WordCount(ctx, floor, comma - 1) < 4 ||
            ctx.QuoteOfToken(comma - 1) >= 0 || ctx.IsQuoteMark(comma - 1) || ctx.Is(ctx.FirstTokenAtOrAfter(src.Start), "that"))
        {
            return null;
        }
        var cand = new QuoteCandidate(ctx.SpanOf(floor, comma - 1), QuoteKind.Indirect);
        SieveHelpers.Attribute(ctx, cand, src, ctx.Tokens[c].Span, Name);
        ctx.Candidates.Add(cand);
        return src;
    }
}
