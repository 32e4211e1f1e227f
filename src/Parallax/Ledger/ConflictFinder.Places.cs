using System.Text.RegularExpressions;
using Parallax.Model;

namespace Parallax.Ledger;

public static partial class ConflictFinder
{
    // ---- the place of the story's own event: "talks at the Customs House" against "talks at the Seafarers' Hall" ----

    [GeneratedRegex(@"^(?:(?<talks>talks|negotiations|meetings?|met|meet|summit|discussions|held|convened|hosted)|(?<violence>attacks?|attacked|struck|explosions?|exploded|blasts?|clash(?:es|ed)?|scuffles?|scuffled|skirmish(?:es)?|riots?|rioting|bombings?|shootings?|killed|fighting))$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceEventWord();

    /// <summary>How many tokens after its event word a place may stand ("held talks on Friday in Muscat").</summary>
    private const int PlaceWindow = 8;

    private sealed record EventPlace(string Kind, string Key, string Name, Evidence Evidence, HashSet<string> Actors, HashSet<DateOnly> Days);

    private static IEnumerable<Conflict> PlaceConflicts(IReadOnlyList<Doc> docs, EntityResolver.Result entities,
        List<ReporterSentence> sentences, Occasions occasions)
    {
        var places = new PlaceRelations(docs);
        foreach (var group in EventPlaces(docs, entities.EntityOf, sentences, places).GroupBy(f => f.Kind))
        {
            foreach (var (day, items) in occasions.Split([.. group], f => f.Evidence))
            {
                if (PlaceConflict(group.Key, items, places, occasions) is { } conflict)
                {
                    yield return conflict with { Subject = OnDay(conflict.Subject, day) };
                }
            }
        }
    }

    /// <summary>Each place a reporter sentence gives its event word ("talks at the Customs House"), with the sentence's actors and days.</summary>
    private static List<EventPlace> EventPlaces(IReadOnlyList<Doc> docs, IReadOnlyDictionary<(int Doc, int Mention), string> entityOf,
        List<ReporterSentence> sentences, PlaceRelations places)
    {
        var found = new List<EventPlace>();
        foreach (var reporter in sentences)
        {
            var (doc, span, text) = reporter;
            var sentence = reporter.Sentence;
            var actors = Actors(doc, IndexOf(docs, doc), span, entityOf);
            var days = doc.TimexIndex.Within(span).Select(t => doc.Timexes[t]).Where(t => t.Start is { } s && t.End == s).Select(t => t.Start!.Value).ToHashSet();

            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var word = PlaceEventWord().Match(Visible(doc, text, span, t));
                if (!word.Success)
                {
                    continue;
                }
                var kind = word.Groups["talks"].Success ? "talks" : "violence";
                for (int p = t + 1; p < Math.Min(sentence.EndToken, t + 1 + PlaceWindow); p++)
                {
                    var w = Visible(doc, text, span, p);
                    // "negotiations over a tower in Moscow", "talks to end the war in X": the place is of the topic.
                    if (w is ";" or "" or "over" or "about" or "regarding" or "concerning" or "to" or "for" or "into" || PlaceEventWord().IsMatch(w))
                    {
                        break;
                    }
                    if (w is "in" or "at" && places.PlaceAt(doc, p + 1, sentence.EndToken) is { } place)
                    {
                        // "the next round in Geneva", "will meet in Doha", "last year's talks in Rome": another meeting.
                        var from = doc.Tokens[Math.Max(sentence.FirstToken, t - 4)].Span.Start - span.Start;
                        if (OtherMeetingPattern().IsMatch(text[from..(place.Span.End - span.Start)]))
                        {
                            break;
                        }
                        found.Add(new EventPlace(kind, place.Key, place.Name, new Evidence(doc.Article.Id, place.Span), actors, days));
                        break;
                    }
                }
            }
        }
        return found;
    }

    /// <summary>
    /// Whether two reports' event places are told of one event: their sentences share a person, organisation or day, or
    /// are told of the same occasion.
    /// </summary>
    private static bool SameEvent(EventPlace f, EventPlace g, Occasions occasions) =>
        g.Evidence.Article != f.Evidence.Article &&
        (f.Actors.Overlaps(g.Actors) || f.Days.Overlaps(g.Days) || occasions.Same(f.Evidence, g.Evidence));

    /// <summary>A token's text as the reporter sentence shows it (empty when it lies inside a blanked quotation).</summary>
    private static string Visible(Doc doc, string text, TextSpan sentence, int token)
    {
        var s = doc.Tokens[token].Span;
        var visible = text.Substring(s.Start - sentence.Start, s.Length);
        return string.IsNullOrWhiteSpace(visible) ? "" : visible;
    }

    private static int IndexOf(IReadOnlyList<Doc> docs, Doc doc)
    {
        for (int i = 0; i < docs.Count; i++)
        {
            if (ReferenceEquals(docs[i], doc))
            {
                return i;
            }
        }
        throw new ArgumentException("The document is not one of the story's.", nameof(doc));
    }

    /// <summary>The people and organisations a sentence names (the story entities they resolve to).</summary>
    private static HashSet<string> Actors(Doc doc, int d, TextSpan span, IReadOnlyDictionary<(int Doc, int Mention), string> entityOf)
    {
        var actors = new HashSet<string>(StringComparer.Ordinal);
        foreach (int m in doc.MentionIndex.Within(span))
        {
            if (doc.Mentions[m].Type is EntityType.Person or EntityType.Organization && entityOf.TryGetValue((d, m), out var id))
            {
                actors.Add(id);
            }
        }
        return actors;
    }

    /// <summary>
    /// Reports that each give one place for the event (the most specific of the places they give), whose sentence
    /// shares a person, organisation or day with another report's, or is told of the same occasion (the day the sentence
    /// names or its report leads with: "the talks, held at the Harbour Hall, lasted ten hours" in a report of Saturday's
    /// talks), so it is the same event, and places that cannot
    /// both be right: not one inside the other, and of one kind (two venues, two cities, two countries) or in one
    /// place. Places whose relation is unknown are not set against each other.
    /// </summary>
    private static Conflict? PlaceConflict(string kind, List<EventPlace> found, PlaceRelations places, Occasions occasions)
    {
        var linked = found.Where(f => found.Any(g => SameEvent(f, g, occasions))).ToList();
        var sole = new List<EventPlace>();
        foreach (var article in linked.GroupBy(f => f.Evidence.Article))
        {
            var keys = article.Select(f => f.Key).Distinct(StringComparer.Ordinal).ToList();
            var specific = keys.Where(k => !keys.Any(other => other != k && places.Contains(k, other))).ToList();
            if (specific.Count == 1)
            {
                sole.AddRange(article.Where(f => f.Key == specific[0]));
            }
        }
        var keysFound = sole.Select(f => f.Key).Distinct(StringComparer.Ordinal).ToList();
        var disputed = keysFound.Where(a => keysFound.Any(b => places.Conflicting(a, b))).ToHashSet(StringComparer.Ordinal);
        if (disputed.Count < 2)
        {
            return null;
        }
        var values = sole.Where(f => disputed.Contains(f.Key)).GroupBy(f => f.Key)
            .ToDictionary(g => g.GroupBy(f => f.Name).MaxBy(n => n.Count())!.Key, g => g.Select(f => f.Evidence).ToList(), StringComparer.Ordinal);
        return Make(ConflictKind.Place, kind == "talks" ? "where the talks were held" : "where the violence happened", values);
    }
}
