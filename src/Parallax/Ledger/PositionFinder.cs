using System.Text.RegularExpressions;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Ledger;

/// <summary>A party's stated position on one issue, with the sentences of every report that states it.</summary>
public sealed record Position(string Party, string PartyName, string Issue, string Stance, IReadOnlyList<string> Articles, IReadOnlyList<Evidence> Evidence);

/// <summary>
/// Positions in negotiation and conflict stories. A party (a country, an organisation, a person speaking for one
/// through their role, or else for themselves; also "the union", "union officials", "the Iranian side", "he" for the
/// person last named) states a position when it is the subject of a position verb ("insists", "seeks", "demands",
/// "rejects", "wants", "urges", "warns", "is prepared to"), when it says something that binds it ("said the talks
/// must ...", "stressed that it would not accept ...", "solely", "off the table", "non-negotiable"), when its words
/// quoted do so, or through "Iran's demand / position / proposal". Each noun phrase of what it takes that position on
/// that the story's reports discuss is an issue; its key (the phrase's head word, or the modifier the reports share)
/// groups other reports' wording ("ballistic missiles", "missile development").
/// </summary>
public static partial class PositionFinder
{
    /// <summary>Verbs that state a position by themselves.</summary>
    [GeneratedRegex(@"\b(?:insist(?:s|ed|ing)?|seek(?:s|ing)?|sought|demand(?:s|ed|ing)?|want(?:s|ed)?|reject(?:s|ed|ing)?|refuse(?:s|d)?|refusing|oppose(?:s|d)?|opposing|dismiss(?:es|ed)?|call(?:s|ed)? for|press(?:es|ed)? for|push(?:es|ed)? for|urg(?:e|es|ed|ing)|argu(?:e|es|ed|ing)|warn(?:s|ed|ing)?|threaten(?:s|ed|ing)?|(?:is|are|was|were) (?:willing|prepared|ready) to|(?:has|have) shown a willingness to|(?:has|have) shown no sign of (?:abandoning|dropping|softening)|won't|will not|considers?|propos(?:e|es|ed)|put(?:s)? forward|made it clear)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PositionVerb();

    /// <summary>Verbs of saying: they state a position only when what is said binds the speaker (<see cref="Binding"/>).</summary>
    [GeneratedRegex(@"\b(?:say|says|said|stress(?:es|ed)?|stressing|emphasi[sz](?:e|es|ed|ing)|assert(?:s|ed)?|asserting|stat(?:e|es|ed|ing)|told|tell(?:s)?|add(?:s|ed)?|reiterat(?:e|es|ed|ing)|declar(?:e|es|ed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpeechVerb();

    /// <summary>Words that make a statement a position: obligation, refusal, restriction, a condition.</summary>
    [GeneratedRegex(@"\b(?:must|will not|won't|would not|wouldn't|cannot|can't|should|shouldn't|needs? to|has to|have to|solely|strictly|exclusively|firmly|non-negotiable|not negotiable|off the table|red lines?|prerequisites?|preconditions?|essential|requir(?:e|es|ed|ing)|insist(?:s|ed|ing)?|refus(?:e|es|ed|ing)|reject(?:s|ed|ing)?|(?:do|does) not (?:intend|negotiate|accept|want|agree)|no intention|nothing to do with|no rush|unless|never|urg(?:e|es|ed|ing)|plan for|put forward)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Binding();

    /// <summary>Nouns that name a position after a party's possessive ("Iran's demand for", "the union's proposal").</summary>
    private static readonly HashSet<string> PositionNouns = new(StringComparer.Ordinal)
    {
        "demand", "demands", "position", "insistence", "proposal", "proposed", "condition", "conditions", "red", "priority",
        "priorities", "stance", "offer",
    };

    /// <summary>Words after a position noun that introduce what the position is ("demand for", "position is that", "proposed equation centered on").</summary>
    private static readonly HashSet<string> PositionContent = new(StringComparer.Ordinal)
    {
        "for", "that", "to", "is", "was", "has", "had", "remains", "remained", "centered", "centred", "on", "of", "in", "equation", "plan",
    };

    /// <summary>At most this many words between the party and its verb ("Iran, meanwhile, insists"), asides between commas not counted.</summary>
    private const int MaxSubjectGap = 6;

    /// <summary>At most this many issues from one statement (a list of demands).</summary>
    private const int MaxIssuesPerStatement = 4;

    private sealed record Found(string Party, string Key, string Label, string Stance, Evidence Evidence);

    public static IReadOnlyList<Position> Find(IReadOnlyList<Doc> docs, EntityResolver.Result resolved)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(resolved);
        var byId = resolved.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var parties = new Parties(docs, resolved);
        var issues = new Issues(docs, parties.HeadWords);
        var found = new List<Found>();
        for (int d = 0; d < docs.Count; d++)
        {
            var doc = docs[d];
            foreach (var sentence in doc.Sentences.Where(s => doc.Article.InBody(s.Span)))
            {
                FromVerbs(doc, d, sentence, parties, issues, found);
                FromPossessives(doc, d, sentence, parties, issues, found);
            }
            FromQuotes(doc, d, parties, issues, found);
        }
        return [.. MergeIssues(found, issues).GroupBy(f => (f.Party, f.Key))
            .Select(g => new Position(g.Key.Party, byId[g.Key.Party].Name, MostCommon(g.Select(x => x.Label)), g.OrderBy(x => x.Stance.Length).First().Stance,
                [.. g.Select(x => x.Evidence.Article).Distinct()], [.. g.Select(x => x.Evidence).Distinct()]))
            .OrderBy(p => p.PartyName, StringComparer.Ordinal)
            .ThenByDescending(p => p.Articles.Count)];
    }

    /// <summary>
    /// One party's issues whose wordings share a word are one issue ("the container terminal" and "the deadline for
    /// cranes at the container terminal"), unless one statement names them as two (a list of demands); the issue
    /// stated most often gives the key.
    /// </summary>
    private static List<Found> MergeIssues(List<Found> found, Issues issues)
    {
        var result = new List<Found>();
        foreach (var party in found.GroupBy(f => f.Party, StringComparer.Ordinal))
        {
            var keys = party.GroupBy(f => f.Key, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
            var words = keys.ToDictionary(k => k, k => party.Where(f => f.Key == k).SelectMany(f => issues.Words(f.Label)).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
            var together = party.GroupBy(f => (f.Evidence, f.Stance))
                .SelectMany(g => g.Select(x => x.Key).Distinct().SelectMany(a => g.Select(y => y.Key).Where(b => b != a).Select(b => (a, b))))
                .ToHashSet();
            var root = keys.ToDictionary(k => k, k => k, StringComparer.Ordinal);
            string Root(string k) => root[k] == k ? k : root[k] = Root(root[k]);
            List<string> Members(string r) => [.. keys.Where(k => Root(k) == r)];
            for (int i = 0; i < keys.Count; i++)
            {
                for (int j = i + 1; j < keys.Count; j++)
                {
                    string a = Root(keys[i]), b = Root(keys[j]);
                    if (a == b || !Members(a).Any(x => Members(b).Any(y => words[x].Overlaps(words[y]))) ||
                        Members(a).Any(x => Members(b).Any(y => together.Contains((x, y)))))
                    {
                        continue;
                    }
                    root[b] = a;
                }
            }
            result.AddRange(party.Select(f => f with { Key = Root(f.Key) }));
        }
        return result;
    }

    private static string MostCommon(IEnumerable<string> labels) =>
        labels.GroupBy(l => l, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Length).First().Key;

    /// <summary>"X insists on ...", "X said the talks must ...": a party as the subject of a position verb, or of a verb of saying with binding words.</summary>
    private static void FromVerbs(Doc doc, int d, Sentence sentence, Parties parties, Issues issues, List<Found> found)
    {
        var text = doc.Slice(sentence.Span);
        var verbs = PositionVerb().Matches(text).Select(m => (Match: m, Speech: false))
            .Concat(SpeechVerb().Matches(text).Select(m => (Match: m, Speech: true)))
            .OrderBy(v => v.Match.Index);
        string? subject = null;
        foreach (var (verb, speech) in verbs)
        {
            int at = sentence.Span.Start + verb.Index;
            // "United States" is no "states"; "may soon be dismissed" is done to, not said by, whoever is named before it.
            if (char.IsUpper(verb.Value[0]) && at > sentence.Span.Start || (speech && !VerbTag(doc, at)) ||
                doc.InQuotation(at) || NounBefore(doc, at, sentence.Span.Start) || Passive(doc, at, sentence.Span.Start, verb.Value))
            {
                continue;
            }
            // "sought to make the case", "seeking to clarify": an attempt, not a position ("seeking a broader agenda" is one).
            if ((verb.Value.StartsWith("seek", StringComparison.OrdinalIgnoreCase) || verb.Value.StartsWith("sought", StringComparison.OrdinalIgnoreCase)) &&
                doc.Text.AsSpan(at + verb.Length).TrimStart().StartsWith("to ", StringComparison.Ordinal))
            {
                continue;
            }
            // "the matters that Veltria wants to discuss" is not its stated position; "which he said must include" is.
            // ", firmly stating that ...", ", insisting that ...": a participle after a comma has the subject of its sentence's clause before it.
            if ((parties.Subject(doc, d, at, sentence, allowRelative: speech) ?? (Participle(doc, at, sentence.Span.Start, verb.Value) ? subject : null)) is not { } party)
            {
                continue;
            }
            subject = party;
            var clause = Clause(doc, at + verb.Length, sentence.Span.End);
            if (speech && !Binding().IsMatch(doc.Slice(clause)))
            {
                continue;
            }
            var stance = ClaimAligner.CleanSentence(doc.Slice(clause)).TrimEnd('.', ',', ';');
            // What is said or quoted is a position only on an issue the story's reports discuss; a position verb's object always names one.
            Add(found, party, issues.Of(doc, clause, discussedOnly: speech), verb.Value.ToLowerInvariant() + " " + stance, new Evidence(doc.Article.Id, sentence.Span));
        }
    }

    /// <summary>"Iran's central position ... a demand for sanctions relief", "the union's proposal for ...".</summary>
    private static void FromPossessives(Doc doc, int d, Sentence sentence, Parties parties, Issues issues, List<Found> found)
    {
        foreach (var (party, end) in parties.Possessors(doc, d, sentence))
        {
            var after = Normalize.Words(doc.Text.AsSpan(end, Math.Min(sentence.Span.End - end, 80)));
            int noun = after.Take(4).ToList().FindIndex(PositionNouns.Contains);
            // "Iran's demand for", "the union's position is that": the content follows; "called the league's position a
            // turning point", "the league's position set off debate": someone else's words about it.
            if (noun < 0 || noun + 1 >= after.Count || !PositionContent.Contains(after[noun + 1]) || VerbJustBefore(doc, end, sentence))
            {
                continue;
            }
            // The statement runs from the position noun to the end of its clause.
            var word = after[noun];
            int at = doc.Text.IndexOf(word, end, sentence.Span.End - end, StringComparison.OrdinalIgnoreCase);
            if (at < 0 || doc.InQuotation(at))
            {
                continue;
            }
            var clause = Clause(doc, at + word.Length, sentence.Span.End);
            var stance = word + " " + ClaimAligner.CleanSentence(doc.Slice(clause)).TrimEnd('.', ',', ';');
            Add(found, party, issues.Of(doc, clause), stance, new Evidence(doc.Article.Id, sentence.Span));
        }
    }

    /// <summary>A party's own words quoted, when they bind it ("We do not negotiate on any other issue," the minister said).</summary>
    private static void FromQuotes(Doc doc, int d, Parties parties, Issues issues, List<Found> found)
    {
        foreach (var quote in doc.Quotes.Where(q => q.Kind == QuoteKind.Direct && q.SpeakerMention is not null && doc.Article.InBody(q.Content)))
        {
            var content = doc.Slice(quote.Content);
            if (!Binding().IsMatch(content) || parties.Speaker(d, quote.SpeakerMention!.Value) is not { } party)
            {
                continue;
            }
            int at = doc.SentenceAt(quote.Content.Start);
            var sentence = at >= 0 ? doc.Sentences[at] : default;
            if (sentence.Span.IsEmpty)
            {
                continue;
            }
            // The issue is what the binding sentence of the quotation is about ("We are in no hurry to sign anything").
            int bind = Binding().Match(content).Index;
            int from = content.LastIndexOfAny(['.', '!', '?'], Math.Max(0, bind - 1)) + 1;
            int to = content.IndexOfAny(['.', '!', '?'], bind);
            var binding = new TextSpan(quote.Content.Start + from, to < 0 ? quote.Content.End : quote.Content.Start + to);
            var stance = "said \u201C" + ClaimAligner.CleanSentence(doc.Slice(binding)).Trim('"', '\u201C', '\u201D', ',', ' ') + "\u201D";
            Add(found, party, issues.Of(doc, binding, discussedOnly: true), stance, new Evidence(doc.Article.Id, sentence.Span));
        }
    }

    private static void Add(List<Found> found, string party, IReadOnlyList<(string Key, string Label)> issues, string stance, Evidence evidence)
    {
        foreach (var (key, label) in issues)
        {
            found.Add(new Found(party, key, label, stance, evidence));
        }
    }

    /// <summary>
    /// The object of the verb: up to the end of its clause (a semicolon, a dash that opens no aside, or a comma before a
    /// new clause).
    /// </summary>
    private static TextSpan Clause(Doc doc, int start, int sentenceEnd)
    {
        var rest = doc.Text.AsSpan(start, sentenceEnd - start);
        int end = rest.Length;
        int semicolon = rest.IndexOf(';');
        if (semicolon >= 0)
        {
            end = semicolon;
        }
        // "this grievance—an old one—must first be settled": a pair of dashes is an aside.
        int dash = rest[..end].IndexOf('\u2014');
        if (dash >= 0 && rest[(dash + 1)..end].IndexOf('\u2014') < 0)
        {
            end = dash;
        }
        var clauseBreak = ClauseBreak().Match(rest[..end].ToString());
        if (clauseBreak.Success && clauseBreak.Index > 10)
        {
            end = clauseBreak.Index;
        }
        return new TextSpan(start, start + end);
    }

    [GeneratedRegex(@",\s+(?:while|whereas|but|although|though|and the|the|meanwhile|which)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    private static bool VerbTag(Doc doc, int at)
    {
        int t = doc.FirstTokenAtOrAfter(at);
        if (t < doc.Tokens.Count && t < doc.PartOfSpeech.Count && doc.Tokens[t].Span.Start == at)
        {
            return doc.PartOfSpeech[t].StartsWith("VB", StringComparison.Ordinal) || doc.PartOfSpeech[t] == "MD";
        }
        return doc.PartOfSpeech.Count == 0;
    }

    /// <summary>"..., firmly stating that": an -ing verb after a comma and at most one adverb.</summary>
    private static bool Participle(Doc doc, int at, int sentenceStart, string verb)
    {
        if (!verb.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var before = doc.Text.AsSpan(sentenceStart, at - sentenceStart).TrimEnd();
        int comma = before.LastIndexOf(',');
        return comma >= 0 && Normalize.Words(before[(comma + 1)..]) is { Count: <= 1 } between && between.All(w => w.EndsWith("ly", StringComparison.Ordinal));
    }

    /// <summary>"may soon be dismissed", "was rejected": a passive verb.</summary>
    private static bool Passive(Doc doc, int at, int sentenceStart, string verb)
    {
        var words = Normalize.Words(doc.Text.AsSpan(sentenceStart, at - sentenceStart));
        return verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && words.Count > 0 &&
            words[^1] is "be" or "been" or "being" or "is" or "was" or "are" or "were";
    }

    /// <summary>A verb among the two words before a possessive party: the possessive is its object ("called the league's position").</summary>
    private static bool VerbJustBefore(Doc doc, int possessiveEnd, Sentence sentence)
    {
        int first = -1;
        for (int t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount && t < doc.PartOfSpeech.Count; t++)
        {
            if (doc.Tokens[t].Span.End >= possessiveEnd - 2)
            {
                first = t;
                break;
            }
        }
        // The tokens of the party name and its "'s" end at possessiveEnd; look at the two before the name.
        int name = first;
        while (name > sentence.FirstToken && doc.PartOfSpeech[name - 1] is "NNP" or "NNPS" or "POS")
        {
            name--;
        }
        for (int t = Math.Max(sentence.FirstToken, name - 2); t < name; t++)
        {
            if (doc.PartOfSpeech[t].StartsWith("VB", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Her warning", "a demand", "Solvang's warning": the verb's word used as a noun.</summary>
    private static bool NounBefore(Doc doc, int at, int sentenceStart)
    {
        var before = doc.Text.AsSpan(sentenceStart, at - sentenceStart).TrimEnd();
        if (before.EndsWith("'s", StringComparison.Ordinal) || before.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            return true;
        }
        var words = Normalize.Words(before);
        return words.Count > 0 && words[^1] is "a" or "an" or "the" or "her" or "his" or "its" or "their" or "our" or "this" or "that" or "whose";
    }
}
