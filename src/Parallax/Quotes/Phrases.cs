using Parallax.Model;

namespace Parallax.Quotes;

/// <summary>
/// Finds the noun phrases around a cue without a parser: the subject to the left of a verb (across an appositive
/// between commas), the noun phrase to its right ("said Hanne Vestergaard, a labour economist at ..."), a recipient ("told Harbour FM"),
/// and the subject of a clause.
/// </summary>
internal static class Phrases
{
    /// <summary>Longest subject read leftwards from a verb when no comma or clause word bounds it.</summary>
    private const int MaxSubjectTokens = 12;

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your",
        "some", "many", "several", "two", "three", "four", "multiple", "other", "one", "both", "most", "few",
    };

    public static bool IsDeterminer(string word) => Determiners.Contains(word);

    /// <summary>
    /// The subject of the verb at <paramref name="cue"/>: read leftwards over adverbs ("also"), an appositive
    /// between commas ("Brandt, a shipping analyst, said": kept in the span) or a prepositional aside
    /// ("Solvang, at a news conference, outlined": left out), then the noun phrase itself.
    /// </summary>
    public static TextSpan? SubjectBefore(QuoteContext ctx, int cue, int floor)
    {
        int j = cue - 1;
        while (j >= floor && ctx.IsWord(j) && CueLexicon.IsAdverb(ctx.Word(j)))
        {
            j--;
        }
        if (j < floor)
        {
            return null;
        }
        int spanEnd = j;
        if (ctx.IsPunct(j, ','))
        {
            int k = j - 1;
            while (k >= floor && !ctx.IsPunct(k, ',') && !IsHardStop(ctx, k))
            {
                k--;
            }
            if (k <= floor || !ctx.IsPunct(k, ',') || k == j - 1)
            {
                return null;
            }
            bool aside = CueLexicon.IsPreposition(ctx.Word(k + 1)) || CueLexicon.IsClauseBoundary(ctx.Word(k + 1));
            spanEnd = aside ? k - 1 : j - 1;
            j = k - 1;
        }
        if (!ctx.IsWord(j) && !IsPossessive(ctx, j))
        {
            return null;
        }
        int start = NounPhraseStart(ctx, j, floor);
        if (start < 0 || start == j && !ctx.IsCapitalised(j) && IsVerbForm(ctx.Word(j)) ||
            start == j && ctx.IsCapitalised(j) && IsVerbForm(ctx.Word(j)) && ctx.MentionStartingAt(j) < 0)
        {
            return null;
        }
        // "a presence the union described as ...": two noun phrases in a row are an object and the subject of a relative
        // clause without "that"; the subject is the second.
        for (int t = start + 1; t < j; t++)
        {
            if (ctx.Word(t).ToLowerInvariant() is "the" or "a" or "an" && SieveHelpers.IsLowerWord(ctx, t - 1) && IsNoun(ctx, t - 1))
            {
                start = t;
            }
        }
        return ctx.SpanOf(start, spanEnd);
    }

    /// <summary>Words before a noun phrase that join it to the one before ("firms around the harbour"): not a head noun.</summary>
    private static readonly HashSet<string> Joiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "around", "near", "outside", "inside", "beyond", "behind", "along", "like", "than", "via", "per", "amid", "despite",
        "including", "upon", "onto", "off", "past", "except", "besides", "beside", "throughout", "all",
    };

    /// <summary>Whether the word at <paramref name="t"/> is a noun: by its tag, or without tags, no function word.</summary>
    private static bool IsNoun(QuoteContext ctx, int t)
    {
        var w = ctx.Word(t);
        if (IsDeterminer(w) || CueLexicon.IsPreposition(w) || CueLexicon.IsClauseBoundary(w) || Joiners.Contains(w) ||
            CueLexicon.IsAdverb(w) || CueLexicon.IsCue(w))
        {
            return false;
        }
        return !ctx.HasPartOfSpeech || ctx.Doc.PartOfSpeech[t] is "NN" or "NNS";
    }

    /// <summary>"'s", or a bare apostrophe attached to a word ending in s ("the Iranians' view"), not a closing quote.</summary>
    public static bool IsPossessive(QuoteContext ctx, int t)
    {
        if (t < 0 || t >= ctx.Tokens.Count)
        {
            return false;
        }
        var w = ctx.Word(t);
        if (w is "'s" or "\u2019s")
        {
            return true;
        }
        return w is "'" or "\u2019" && t > 0 && ctx.IsWord(t - 1) && ctx.Tokens[t - 1].Span.End == ctx.Tokens[t].Span.Start &&
               ctx.Word(t - 1).EndsWith('s') && !ctx.Quoted.Any(q => q.Close == ctx.Tokens[t].Span.Start);
    }

    private static bool IsHardStop(QuoteContext ctx, int t) =>
        ctx.IsQuoteMark(t) || ctx.IsPunct(t, ';') || ctx.IsPunct(t, ':') || ctx.IsPunct(t, '(') || ctx.IsPunct(t, ')') ||
        ctx.QuoteOfToken(t) >= 0;

    /// <summary>The first token of the noun phrase ending at <paramref name="last"/>, or -1 when none ends there.</summary>
    public static int NounPhraseStart(QuoteContext ctx, int last, int floor)
    {
        var lastWord = ctx.Word(last);
        if (CueLexicon.IsPronoun(lastWord))
        {
            return last;
        }
        if (!IsPossessive(ctx, last) && (CueLexicon.IsClauseBoundary(lastWord) || CueLexicon.IsCue(lastWord) && !ctx.IsCapitalised(last) ||
            CueLexicon.IsPreposition(lastWord) || IsDeterminer(lastWord)))
        {
            return -1;
        }
        int i = last;
        int mention = ctx.MentionEndingAt(last);
        if (mention >= 0)
        {
            i = Math.Max(floor, ctx.FirstTokenAtOrAfter(ctx.Doc.Mentions[mention].Span.Start));
        }
        // Whether the phrase is bounded by a clause edge (sentence start, punctuation, "that", "and") rather than by
        // a word that merely cannot belong to it (an auxiliary, another verb): the latter needs a phrase that looks nominal.
        bool bounded = true;
        while (i - 1 >= floor)
        {
            int p = i - 1;
            if (last - p >= MaxSubjectTokens)
            {
                bounded = false;
                break;
            }
            if (!ctx.IsWord(p))
            {
                // A free-standing "-" is a dash ("Oksana Reyes - Anatol Varenko, ..."): hyphenated words are one token.
                if (IsPossessive(ctx, p) || ctx.IsPunct(p, '&'))
                {
                    i = p;
                    continue;
                }
                break;
            }
            var w = ctx.Word(p);
            bool lower = !ctx.IsCapitalised(p);
            if (ctx.QuoteOfToken(p) >= 0)
            {
                break;
            }
            if (CueLexicon.IsClauseBoundary(w) && (lower || p == floor && !IsDeterminer(w)))
            {
                bounded = !CueLexicon.IsAuxiliary(w);
                break;
            }
            if (CueLexicon.IsPronoun(w) || lower && CueLexicon.IsCue(w) || lower && CueLexicon.IsAdverb(w))
            {
                bounded = false;
                break;
            }
            if (p == floor && ctx.IsCapitalised(p) && IsSentenceOpener(w))
            {
                break;
            }
            i = p;
        }
        if (!bounded && mention < 0 && !LooksNominal(ctx, i))
        {
            return -1;
        }
        // Read left to right again: a preposition opening the phrase ("In Tehran officials said") is not part of it.
        while (i < last && CueLexicon.IsPreposition(ctx.Word(i)))
        {
            i++;
        }
        return i;
    }

    private static bool LooksNominal(QuoteContext ctx, int first) =>
        (ctx.IsCapitalised(first) || IsDeterminer(ctx.Word(first)) || char.IsDigit(ctx.Word(first)[0]) ||
         ctx.MentionStartingAt(first) >= 0) && !IsVerbForm(ctx.Word(first));

    /// <summary>"Having", "held", "Speaking": a participle, not the start of a noun phrase.</summary>
    private static bool IsVerbForm(string word) =>
        word.Length > 4 && (word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && word is not ("King" or "Beijing" or "Wyoming" or "Reading")) ||
        word.Length > 3 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal);

    private static bool IsSentenceOpener(string word) => word is "But" or "And" or "So" or "Yet" or "Still" or "Meanwhile";

    /// <summary>
    /// The noun phrase starting at <paramref name="first"/> and running to the end of the sentence
    /// ("Hanne Vestergaard, a labour economist at Israel's Tel Aviv University"), stopping before ", underscoring ...",
    /// ", who ...", a quotation mark or final punctuation.
    /// </summary>
    public static TextSpan? NounPhraseAfter(QuoteContext ctx, int first, int sentence)
    {
        int lastToken = ctx.LastContentToken(sentence);
        int end = first - 1;
        for (int t = first; t <= lastToken; t++)
        {
            if (ctx.IsQuoteMark(t) || ctx.QuoteOfToken(t) >= 0 || ctx.IsPunct(t, ';') || ctx.IsPunct(t, ':'))
            {
                break;
            }
            if (ctx.IsPunct(t, ','))
            {
                var next = t + 1 <= lastToken ? ctx.Word(t + 1) : "";
                if (next.Length == 0 || CueLexicon.IsParticiple(next) || next.EndsWith("ing", StringComparison.Ordinal) ||
                    CueLexicon.IsClauseBoundary(next) || next is "who" or "whose" or "according")
                {
                    break;
                }
                continue;
            }
            if (!ctx.IsWord(t) && !IsPossessive(ctx, t) && !ctx.IsPunct(t, '(') && !ctx.IsPunct(t, ')') && !ctx.IsPunct(t, '-'))
            {
                break;
            }
            end = t;
        }
        return end < first ? null : ctx.SpanOf(first, end);
    }

    /// <summary>
    /// The recipient after "told": up to "that" when it comes within a few words, else a name, a determiner and its noun,
    /// or one plural noun ("reporters"). Returns the last token of the recipient, or <paramref name="cue"/> when none.
    /// </summary>
    public static int RecipientEnd(QuoteContext ctx, int cue, int lastToken)
    {
        for (int t = cue + 1; t <= Math.Min(lastToken, cue + 8); t++)
        {
            if (!ctx.IsWord(t) && !IsPossessive(ctx, t))
            {
                break;
            }
            if (ctx.Is(t, "that"))
            {
                return t - 1;
            }
        }
        int i = cue + 1;
        if (i > lastToken || !ctx.IsWord(i))
        {
            return cue;
        }
        if (ctx.IsCapitalised(i))
        {
            while (i + 1 <= lastToken && (ctx.IsCapitalised(i + 1) || IsPossessive(ctx, i + 1) ||
                                          ctx.IsWord(i + 1) && ctx.Word(i + 1).Contains('-', StringComparison.Ordinal) && ctx.IsCapitalised(i + 2)))
            {
                i++;
            }
            return i;
        }
        if (IsDeterminer(ctx.Word(i)) && i + 1 <= lastToken)
        {
            i++;
            while (i + 1 <= lastToken && ctx.IsCapitalised(i + 1))
            {
                i++;
            }
            return i;
        }
        return CueLexicon.IsPronoun(ctx.Word(i)) || ctx.Word(i) is "him" or "them" or "us" or "me" or "reporters" or "journalists"
            ? i
            : cue;
    }

    /// <summary>"Dana Frost, the party leader, posted": the apposition between commas joins the name.</summary>
    private static int WithApposition(QuoteContext ctx, int end, int last)
    {
        if (!ctx.IsPunct(end + 1, ',') || end + 2 > last || !IsDeterminer(ctx.Word(end + 2)) && !ctx.IsCapitalised(end + 2))
        {
            return end;
        }
        for (int t = end + 2; t <= last; t++)
        {
            if (ctx.IsPunct(t, ','))
            {
                return t - 1;
            }
            if (!ctx.IsWord(t) && !IsPossessive(ctx, t) || CueLexicon.IsCue(ctx.Word(t)) && !ctx.IsCapitalised(t))
            {
                return end;
            }
        }
        return end;
    }

    /// <summary>
    /// The subject of a clause that runs from <paramref name="first"/>: a leading adverbial up to the first comma
    /// ("Following the talks,", "On the same day,") is skipped; the subject is the noun phrase that ends with the
    /// first entity mention or pronoun within a few words.
    /// </summary>
    public static TextSpan? ClauseSubject(QuoteContext ctx, int first, int last)
    {
        int start = first;
        while (start <= last && !ctx.IsWord(start))
        {
            start++;
        }
        if (start > last)
        {
            return null;
        }
        var opener = ctx.Word(start);
        bool adverbial = CueLexicon.IsPreposition(opener) || CueLexicon.IsClauseBoundary(opener) ||
                         opener.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || opener is "Following" or "Just";
        if (adverbial)
        {
            int comma = start;
            while (comma <= last && !ctx.IsPunct(comma, ','))
            {
                comma++;
            }
            if (comma >= last)
            {
                return null;
            }
            start = comma + 1;
        }
        for (int t = start; t <= Math.Min(last, start + 4); t++)
        {
            if (CueLexicon.IsPronoun(ctx.Word(t)))
            {
                return ctx.SpanOf(t, t);
            }
            int m = ctx.MentionStartingAt(t);
            if (m >= 0)
            {
                var mention = ctx.Doc.Mentions[m];
                if (mention.Type == EntityType.Misc)
                {
                    continue;
                }
                int end = ctx.LastTokenEndingBy(mention.Span.End);
                // A title chain runs on to the name: "Veltrian Secretary of State Petra Solvang".
                while (end + 1 <= last && (ctx.IsCapitalised(end + 1) || ctx.Is(end + 1, "of") && ctx.IsCapitalised(end + 2) && end + 2 <= last))
                {
                    end++;
                }
                return ctx.SpanOf(start, WithApposition(ctx, Math.Max(start, end), last));
            }
            if (!ctx.IsWord(t) && !IsPossessive(ctx, t))
            {
                break;
            }
        }
        return null;
    }
}
