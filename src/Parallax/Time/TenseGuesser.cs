using Parallax.Model;

namespace Parallax.Time;

/// <summary>Which way in time a sentence points from the report's date.</summary>
internal enum Tense
{
    Unknown,
    Past,
    Present,
    Future,
}

/// <summary>
/// Guesses the tense around a temporal expression from the words of its sentence: future markers (will, 'll,
/// shall, going to, is to, next, upcoming, plans to, scheduled) against past markers (was, were, had, said, held,
/// -ed forms, "had been due to"). When the part-of-speech layer is filled, past forms are read from the tags
/// instead of the -ed heuristic, so irregular verbs count too ("tore", VBD) and adjectives do not. The marker
/// nearest the expression wins; a marker before it wins a tie.
/// </summary>
internal static class TenseGuesser
{
    private static readonly HashSet<string> Future = new(StringComparer.OrdinalIgnoreCase)
    {
        // Not "could" and "might": they say what is possible, and "could" is also the past of "can" ("could not
        // stop the fire Friday night"); +1 matched value on AQUAINT-dev, equal on TimeBank (see eval/README.md).
        "will", "'ll", "\u2019ll", "shall", "wo", "upcoming", "would", "should", "tomorrow", "next", "coming",
    };

    // Future only before "to": "plans to meet", "is set to resume", "expected to sign", "due to arrive".
    private static readonly HashSet<string> FutureBeforeTo = new(StringComparer.OrdinalIgnoreCase)
    {
        "plans", "plan", "planned", "planning", "expects", "expected", "intends", "intend", "set", "due", "scheduled",
        "slated", "poised", "hopes", "aims", "prepares", "preparing",
    };

    private static readonly HashSet<string> Past = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "had", "did", "said", "told", "ago", "yesterday", "last", "went", "came", "met", "held", "made",
        "took", "gave", "began", "saw", "found", "left", "sent", "spoke", "won", "lost", "fell", "rose", "led", "got",
        "paid", "brought", "thought", "became", "knew", "wrote", "ran", "struck", "sold", "bought", "set", "put",
        "cut", "hit", "quit", "told", "felt", "kept", "meant", "stood", "understood", "grew", "drew", "threw",
        "flew", "broke", "spoke", "chose", "drove", "rode", "wore", "forgot", "sought", "fought", "taught", "caught",
        "earlier", "previously", "recently",
    };

    private static readonly HashSet<string> Reporting = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "told", "tells", "added", "stressed", "noted", "stated",
    };

    private static readonly HashSet<string> Passive = new(StringComparer.OrdinalIgnoreCase)
    {
        "be", "been", "being", "get", "gets", "getting",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "had", "did",
    };

    private static readonly HashSet<string> Present = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "am", "says", "has", "does", "now", "today", "currently",
    };

    // -ed words that are not past forms.
    private static readonly HashSet<string> NotPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "need", "speed", "seed", "feed", "breed", "bed", "red", "shed", "hundred", "indeed", "united", "bled",
        "proceed", "succeed", "exceed", "weed", "greed", "creed", "steed", "heed", "deed", "embed", "wed", "fled",
        "sled", "shred", "bred", "freed", "agreed", "guaranteed", "limited", "based", "related", "so-called",
        "expected", "scheduled", "planned", "detailed", "advanced", "concerned", "interested", "qualified",
    };

    /// <param name="weakReporting">When true, reporting verbs (said, told, says) are not tense markers: they date the
    /// report, not the event ("must turn to the November election, he said" looks ahead, not back).</param>
    public static Tense At(Doc doc, int sentenceIndex, int position, bool weakReporting = false)
    {
        if (sentenceIndex < 0 || doc.Tokens.Count == 0)
        {
            return Tense.Unknown;
        }
        var sentence = doc.Sentences[sentenceIndex];
        Tense best = Tense.Unknown;
        int bestDistance = int.MaxValue;
        int timexToken = sentence.FirstToken;
        while (timexToken < sentence.EndToken - 1 && doc.Tokens[timexToken].Span.End <= position)
        {
            timexToken++;
        }
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var span = doc.Tokens[t].Span;
            if (span.Start <= position && position < span.End)
            {
                continue;
            }
            if ((weakReporting || Parenthetical(doc, sentence, t)) && Reporting.Contains(doc.TokenText(t)))
            {
                continue;
            }
            var tense = Classify(doc, t);
            if (tense == Tense.Unknown)
            {
                continue;
            }
            // Distance in characters; a marker after the expression counts as a little farther, and one in
            // another clause (across a comma, "but", "that", ...) much farther.
            int distance = span.End <= position ? position - span.End : (span.Start - position) + 8;
            distance += ClauseBreaks * Boundaries(doc, Math.Min(t, timexToken), Math.Max(t, timexToken));
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = tense;
            }
        }
        return best;
    }

    // 30: characters one clause boundary adds to a marker's distance. TimeBank and AQUAINT-dev value F1 are the same
    // for 0 to 60 (see eval/README.md); 30 settles "he would help in November, but admitted" on the side of "would".
    private const int ClauseBreaks = 30;

    private static readonly HashSet<string> BoundaryWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ",", ";", ":", "but", "while", "whereas", "although", "though", "--", "\u2014",
    };

    private static int Boundaries(Doc doc, int from, int to)
    {
        int n = 0;
        for (int k = from + 1; k < to; k++)
        {
            if (BoundaryWords.Contains(doc.TokenText(k)))
            {
                n++;
            }
        }
        return n;
    }

    /// <summary>
    /// A reporting verb set off by commas after its clause ("Services will run, the operator said, with ..."): it dates
    /// the saying, not what was said.
    /// </summary>
    private static bool Parenthetical(Doc doc, Sentence sentence, int t)
    {
        if (t + 1 >= sentence.EndToken || doc.TokenText(t + 1) != ",")
        {
            return false;
        }
        for (int k = t - 1; k >= Math.Max(sentence.FirstToken, t - 4); k--)
        {
            if (doc.TokenText(k) == ",")
            {
                return k > sentence.FirstToken;
            }
        }
        return false;
    }

    /// <summary>Whether "with" and a noun phrase stand right before the token ("with the new timetable restored").</summary>
    private static bool AfterWith(Doc doc, int t)
    {
        for (int k = t - 1; k >= Math.Max(0, t - 5); k--)
        {
            if (doc.TokenText(k).Equals("with", StringComparison.OrdinalIgnoreCase))
            {
                return k < t - 1;
            }
            if (doc.PartOfSpeech[k] is not ("DT" or "JJ" or "NN" or "NNS" or "NNP" or "CD" or "PRP$" or "POS"))
            {
                return false;
            }
        }
        return false;
    }

    private static Tense Classify(Doc doc, int t)
    {
        var word = doc.TokenText(t);
        if (word.Length == 0 || !char.IsLetter(word[0]) && word[0] is not '\'' and not '\u2019')
        {
            return Tense.Unknown;
        }
        if (word.Equals("going", StringComparison.OrdinalIgnoreCase) && t + 1 < doc.Tokens.Count &&
            doc.TokenText(t + 1).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return Tense.Future;
        }
        if (word.ToLowerInvariant() is "is" or "are" && t + 2 < doc.Tokens.Count &&
            doc.TokenText(t + 1).Equals("to", StringComparison.OrdinalIgnoreCase) && IsBaseVerb(doc, t + 2))
        {
            // "is to resume trading Tuesday": a plan.
            return Tense.Future;
        }
        if (FutureBeforeTo.Contains(word) && AfterHad(doc, t))
        {
            // "had been due to expire Friday", "had planned to": a plan that lies in the past.
            return Tense.Past;
        }
        if (FutureBeforeTo.Contains(word))
        {
            // "plans to", "plans on Thursday to": a "to" within the next three tokens.
            for (int k = t + 1; k < Math.Min(doc.Tokens.Count, t + 4); k++)
            {
                if (doc.TokenText(k).Equals("to", StringComparison.OrdinalIgnoreCase))
                {
                    return Tense.Future;
                }
            }
        }
        if (Future.Contains(word))
        {
            return Tense.Future;
        }
        var tag = doc.PartOfSpeech.Count == doc.Tokens.Count ? doc.PartOfSpeech[t] : null;
        bool pastForm = tag is null
            ? Past.Contains(word) ||
              word.Length >= 4 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal) && !NotPast.Contains(word) &&
              !word.StartsWith("un", StringComparison.Ordinal)
            : PastByTag(doc, t, word, tag);
        if (pastForm && t > 0 && Passive.Contains(doc.TokenText(t - 1)) && !Auxiliaries.Contains(word))
        {
            // "would be paid", "will be named": the participle carries no tense; the auxiliary before it does.
            return Tense.Unknown;
        }
        if (pastForm && tag is "VBN" or "VBD" && AfterWith(doc, t))
        {
            // "with a full timetable restored from Monday": the participle of a with-phrase (however tagged, a finite verb
            // cannot stand there) takes its time from the clause.
            return Tense.Unknown;
        }
        if (pastForm)
        {
            return Tense.Past;
        }
        if (Present.Contains(word))
        {
            return Tense.Present;
        }
        return Tense.Unknown;
    }

    private static bool IsBaseVerb(Doc doc, int t)
    {
        if (doc.PartOfSpeech.Count == doc.Tokens.Count)
        {
            return doc.PartOfSpeech[t] == "VB";
        }
        var w = doc.TokenText(t);
        return w.Length > 1 && w.All(char.IsLower) && !w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("ing", StringComparison.Ordinal);
    }

    private static bool AfterHad(Doc doc, int t)
    {
        for (int k = t - 1; k >= Math.Max(0, t - 3); k--)
        {
            var w = doc.TokenText(k);
            if (w.Equals("had", StringComparison.OrdinalIgnoreCase) || w.Equals("'d", StringComparison.Ordinal))
            {
                return true;
            }
            if (!w.Equals("been", StringComparison.OrdinalIgnoreCase) && !w.Equals("not", StringComparison.OrdinalIgnoreCase) && !w.Equals("already", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>A past form by its tag: any verb the tagger reads as past tense (VBD), the listed past markers
    /// unless tagged as a present or base verb ("set", "cut"), regular participles (VBN) as the word lists read them,
    /// and irregular participles after "had".</summary>
    private static bool PastByTag(Doc doc, int t, string word, string tag)
    {
        if (tag == "VBD")
        {
            return true;
        }
        if (Past.Contains(word))
        {
            return tag is not ("VB" or "VBP" or "VBZ" or "VBG");
        }
        if (tag != "VBN")
        {
            return false;
        }
        if (word.EndsWith("ed", StringComparison.Ordinal))
        {
            return char.IsLower(word[0]) && !NotPast.Contains(word) && !word.StartsWith("un", StringComparison.Ordinal);
        }
        return t > 0 && doc.TokenText(t - 1).Equals("had", StringComparison.OrdinalIgnoreCase);
    }
}
