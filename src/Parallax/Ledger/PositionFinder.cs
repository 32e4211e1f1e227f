using System.Text.RegularExpressions;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Ledger;

/// <summary>A party's stated position on one issue, with the sentences of every report that states it.</summary>
public sealed record Position(string Party, string PartyName, string Issue, string Stance, IReadOnlyList<string> Articles, IReadOnlyList<Evidence> Evidence);

/// <summary>
/// Positions in negotiation and conflict stories: a party (a country, an organisation, a person speaking for one
/// through their role, or else for themselves) as the subject of a position verb ("insists", "seeks", "demands", "rejects", "wants",
/// "is willing to") and what it takes that position on. The issue is the object's word that the story's reports
/// use most, so that "sanctions relief" in one report and "the lifting of sanctions" in another meet.
/// </summary>
public static partial class PositionFinder
{
    [GeneratedRegex(@"\b(?:insist(?:s|ed)?|seek(?:s|ing)?|sought|demand(?:s|ed|ing)?|want(?:s|ed)?|reject(?:s|ed)?|refuse(?:s|d)?|oppose(?:s|d)?|call(?:s|ed)? for|press(?:es|ed)? for|push(?:es|ed)? for|(?:is|are|was|were) willing to|(?:has|have) shown a willingness to|(?:is|are) ready to|agree(?:s|d)? to|won't|will not|considers?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PositionVerb();

    /// <summary>Words too general to name an issue of a story.</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "talk", "side", "issu", "issue", "matter", "thing", "way", "part", "time", "agenda", "position", "concession", "broad",
        "full", "strict", "clear", "new", "further", "continu", "resume", "hold", "prerequisit", "prerequisite", "verifiabl",
    };

    /// <summary>At most this many tokens between the party and its verb ("Iran, meanwhile, insists").</summary>
    private const int MaxSubjectGap = 6;

    public static IReadOnlyList<Position> Find(IReadOnlyList<Doc> docs, EntityResolver.Result resolved)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(resolved);
        var byId = resolved.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var partyOf = PartyOfPeople(resolved.Entities);
        foreach (var (capital, country) in CountryOfCapitals(resolved.Entities))
        {
            partyOf[capital] = country;
        }
        var frequency = StoryFrequency(docs);
        var found = new List<(string Party, (string Key, string Label) Issue, string Stance, Evidence Evidence)>();
        for (int d = 0; d < docs.Count; d++)
        {
            var doc = docs[d];
            foreach (var sentence in doc.Sentences.Where(s => doc.Article.InBody(s.Span)))
            {
                var text = doc.Slice(sentence.Span);
                foreach (Match verb in PositionVerb().Matches(text))
                {
                    int at = sentence.Span.Start + verb.Index;
                    if (InsideQuotation(doc, at))
                    {
                        continue;
                    }
                    var party = Subject(doc, d, at, sentence, resolved, partyOf);
                    if (party is null)
                    {
                        continue;
                    }
                    var stanceSpan = Clause(doc, at + verb.Length, sentence.Span.End);
                    var stance = ClaimAligner.CleanSentence(doc.Slice(stanceSpan)).TrimEnd('.', ',', ';');
                    if (Issue(doc, stanceSpan, frequency, docs.Count) is not { } issue)
                    {
                        continue;
                    }
                    found.Add((party, issue, verb.Value.ToLowerInvariant() + " " + stance, new Evidence(doc.Article.Id, sentence.Span)));
                }
            }
        }
        return [.. found.GroupBy(f => (f.Party, f.Issue.Key))
            .Select(g => new Position(g.Key.Party, byId[g.Key.Party].Name, g.First().Issue.Label, g.OrderBy(x => x.Stance.Length).First().Stance,
                [.. g.Select(x => x.Evidence.Article).Distinct()], [.. g.Select(x => x.Evidence).Distinct()]))
            .OrderBy(p => p.PartyName, StringComparer.Ordinal)
            .ThenByDescending(p => p.Articles.Count)];
    }

    /// <summary>A person speaks for the country or body their role is for ("Iranian Foreign Minister" speaks for Iran).</summary>
    private static Dictionary<string, string> PartyOfPeople(IReadOnlyList<StoryEntity> entities)
    {
        var places = entities.Where(e => e.Type != EntityType.Person).ToList();
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var person in entities.Where(e => e.Type == EntityType.Person))
        {
            foreach (var role in person.Roles)
            {
                int open = role.IndexOf('(', StringComparison.Ordinal);
                if (open < 0)
                {
                    continue;
                }
                var of = role[(open + 1)..].TrimEnd(')');
                var body = places.FirstOrDefault(p => p.Aliases.Any(a => Names.PlaceKey(a) == Names.PlaceKey(of)));
                if (body is not null)
                {
                    map.TryAdd(person.Id, body.Id);
                    break;
                }
            }
        }
        return map;
    }

    /// <summary>A capital speaks for its country when the story names the country too ("Tehran insists" is Iran's position).</summary>
    private static IEnumerable<(string Capital, string Country)> CountryOfCapitals(IReadOnlyList<StoryEntity> entities)
    {
        var places = entities.Where(e => e.Type != EntityType.Person).ToList();
        foreach (var place in places.Where(p => p.Type == EntityType.Location))
        {
            if (place.Aliases.Select(Geography.World.CountryOfCapital).OfType<string>().FirstOrDefault() is not { } country ||
                place.Aliases.Any(a => Geography.World.Country(a) is not null))
            {
                continue;
            }
            if (places.FirstOrDefault(p => p.Aliases.Any(a => Geography.World.Country(a) == country)) is { } body)
            {
                yield return (place.Id, body.Id);
            }
        }
    }

    /// <summary>The party whose mention ends shortly before the verb in the same sentence, if any.</summary>
    private static string? Subject(Doc doc, int d, int verbStart, Sentence sentence, EntityResolver.Result resolved,
        Dictionary<string, string> partyOf)
    {
        string? best = null;
        for (int m = 0; m < doc.Mentions.Count; m++)
        {
            var span = doc.Mentions[m].Span;
            if (span.Start < sentence.Span.Start || span.End > verbStart || !resolved.EntityOf.TryGetValue((d, m), out var entity))
            {
                continue;
            }
            int gap = 0;
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var token = doc.Tokens[t].Span;
                gap += token.Start >= span.End && token.End <= verbStart ? 1 : 0;
            }
            if (gap > MaxSubjectGap)
            {
                continue;
            }
            // "the issues that the United States wants to discuss": a relative clause, not the party's stated position.
            if (RelativeBefore(doc, span.Start, sentence.Span.Start))
            {
                continue;
            }
            // A person speaks for the body their role is for, else for themselves; a capital for its country.
            if (doc.Mentions[m].Type != EntityType.Misc)
            {
                best = doc.Mentions[m].Type is EntityType.Person or EntityType.Location ? partyOf.GetValueOrDefault(entity, entity) : entity;
            }
        }
        return best;
    }

    private static bool RelativeBefore(Doc doc, int mentionStart, int sentenceStart)
    {
        var before = Normalize.Words(doc.Text.AsSpan(sentenceStart, mentionStart - sentenceStart)).TakeLast(2).ToList();
        return before.Count > 0 && (before[^1] is "that" or "which" || before[^1] == "the" && before.Count == 2 && before[0] is "that" or "which");
    }

    /// <summary>The object of the verb: up to the end of its clause (a semicolon, or a comma before a new clause).</summary>
    private static TextSpan Clause(Doc doc, int start, int sentenceEnd)
    {
        var rest = doc.Text.AsSpan(start, sentenceEnd - start);
        int end = rest.Length;
        int semicolon = rest.IndexOfAny(';', '\u2014');
        if (semicolon >= 0)
        {
            end = semicolon;
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

    private static bool InsideQuotation(Doc doc, int offset) =>
        doc.Quotes.Any(q => q.Kind != QuoteKind.Indirect && q.Content.Contains(offset));

    /// <summary>
    /// What the position is about: the object's first noun phrase (adjectives and common nouns ending in a noun;
    /// names aside) holding a word that at least half the story's reports use, else the phrase whose word they use
    /// most. The key (that word) groups the phrase with other reports' wording; the label is the phrase itself.
    /// Null when the object has no such phrase.
    /// </summary>
    private static (string Key, string Label)? Issue(Doc doc, TextSpan stance, Dictionary<string, int> frequency, int reports)
    {
        if (doc.PartOfSpeech.Count != doc.Tokens.Count || doc.Tokens.Count == 0)
        {
            return null;
        }
        var phrases = new List<(List<int> Tokens, string Key, int Frequency)>();
        var run = new List<int>();
        void Close()
        {
            while (run.Count > 0 && doc.PartOfSpeech[run[^1]] is not ("NN" or "NNS"))
            {
                run.RemoveAt(run.Count - 1);
            }
            var concepts = run.Select(t => Normalize.Concept(Normalize.Fold(doc.Slice(doc.Tokens[t].Span))))
                .Where(c => !Generic.Contains(c)).ToList();
            if (concepts.Count > 0)
            {
                var key = concepts.FirstOrDefault(c => frequency.GetValueOrDefault(c) * 2 >= reports)
                    ?? concepts.MaxBy(c => frequency.GetValueOrDefault(c))!;
                phrases.Add(([.. run], key, frequency.GetValueOrDefault(key)));
            }
            run.Clear();
        }
        for (int t = 0; t < doc.Tokens.Count; t++)
        {
            if (!stance.Contains(doc.Tokens[t].Span))
            {
                continue;
            }
            var word = doc.Slice(doc.Tokens[t].Span);
            bool part = doc.PartOfSpeech[t] is "JJ" or "NN" or "NNS" && word.All(c => char.IsLetter(c) || c == '-') && !char.IsUpper(word[0]);
            if (part)
            {
                run.Add(t);
            }
            else
            {
                Close();
            }
        }
        Close();
        if (phrases.Count == 0)
        {
            return null;
        }
        var chosen = phrases.FirstOrDefault(p => p.Frequency * 2 >= reports);
        if (chosen.Tokens is null)
        {
            chosen = phrases.MaxBy(p => p.Frequency);
        }
        var label = doc.Text[doc.Tokens[chosen.Tokens[0]].Span.Start..doc.Tokens[chosen.Tokens[^1]].Span.End].ToLowerInvariant();
        return (chosen.Key, label);
    }

    /// <summary>In how many of the story's reports each concept appears.</summary>
    private static Dictionary<string, int> StoryFrequency(IReadOnlyList<Doc> docs)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            foreach (var w in Normalize.ContentWords(doc.Article.Body).Select(Normalize.Concept).Distinct(StringComparer.Ordinal))
            {
                frequency[w] = frequency.GetValueOrDefault(w) + 1;
            }
        }
        return frequency;
    }
}
