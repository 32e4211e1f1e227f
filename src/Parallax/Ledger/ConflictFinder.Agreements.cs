using System.Text.RegularExpressions;
using Parallax.Model;

namespace Parallax.Ledger;

public static partial class ConflictFinder
{
    /// <summary>
    /// Talks limited to one topic ("solely focused on the nuclear issue", "limited strictly to nuclear matters"): the
    /// topic is the first word after the preposition, past an article or a possessive.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:solely|exclusively|strictly|only|purely)\s+(?:focused|focussed|centred|centered|limited|confined|restricted)|(?:focused|focussed|centred|centered|limited|confined|restricted)\s+(?:solely|exclusively|strictly|only|purely))\s+(?:on|to)\s+(?:(?:the|its|their)\s+)?(?:\w+(?:'s|’s|s'|s’)\s+)?(?<topic>[a-z]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ScopePattern();

    /// <summary>Most words of title or role between "mediated by" and the name ("by His Excellency Dr. Anatol Varenko").</summary>
    private const int MaxWordsAfterBy = 4;

    /// <summary>Longest phrase in apposition between a person and "who" that still describes the person.</summary>
    private const int MaxAppositionChars = 80;

    /// <summary>"mediated by X", "chaired by X": the mediator is the name that follows.</summary>
    [GeneratedRegex(@"\b(?:mediated|chaired|brokered|facilitated)\s+by\s+", RegexOptions.IgnoreCase)]
    private static partial Regex MediatedBy();

    /// <summary>"X served as the key mediator", "X, who has mediated": the mediator is the name just before.</summary>
    [GeneratedRegex(@"^(?:,?\s*(?:who\s+)?(?:has\s+|had\s+|is\s+|was\s+)?(?:mediated|mediating|(?:served|acted|acting)\s+as\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:mediator|go-between|facilitator)))\b", RegexOptions.IgnoreCase)]
    private static partial Regex MediatesAfterName();

    /// <summary>
    /// A role that makes its holder the mediator ("the mediator, Anatol Varenko", "Omani mediator Abu Saeidi"); not a
    /// chairman, who chairs a party or a board more often than the talks ("party Chairman Michael Steele").
    /// </summary>
    [GeneratedRegex(@"\b(?:mediator|facilitator|go-between)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MediatorRole();

    /// <summary>
    /// Who each report says mediates the talks, as story entities: a name after "mediated / chaired by", a name given
    /// a mediator's role, a name followed by "mediated" or "served as mediator". Names inside quotations do not count.
    /// </summary>
    private static IEnumerable<(string Entity, Evidence Evidence, bool ByRole)> Mediators(IReadOnlyList<Doc> docs,
        IReadOnlyDictionary<(int Doc, int Mention), string> entityOf, List<ReporterSentence> sentences)
    {
        foreach (var (doc, span, text) in sentences)
        {
            int d = IndexOf(docs, doc);
            var named = doc.MentionIndex.Within(span)
                .Where(m => doc.Mentions[m].Type is EntityType.Person or EntityType.Organization or EntityType.Location &&
                            !string.IsNullOrWhiteSpace(text.Substring(doc.Mentions[m].Span.Start - span.Start, doc.Mentions[m].Span.Length)) &&
                            entityOf.ContainsKey((d, m)))
                .ToList();
            foreach (int m in named)
            {
                var mention = doc.Mentions[m];
                int from = mention.Span.Start - span.Start, to = mention.Span.End - span.Start;
                var after = MediatesAfterName().Match(text[to..]);
                var by = MediatedBy().Matches(text[..from]).LastOrDefault();
                // The name follows "by" directly or after a few words of title or role, with no other name between
                // ("chaired by His Excellency Dr.", "by the Lestrian mediator,").
                bool afterBy = by is not null &&
                               text[(by.Index + by.Length)..from].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWordsAfterBy &&
                               !named.Any(o => o != m && doc.Mentions[o].Span.End - span.Start <= from && doc.Mentions[o].Span.Start - span.Start >= by.Index + by.Length);
                if (mention.Role is { } role && MediatorRole().IsMatch(role))
                {
                    var cover = mention.RoleSpan is { } r ? TextSpan.Cover(r, mention.Span) : mention.Span;
                    yield return (entityOf[(d, m)], new Evidence(doc.Article.Id, cover), true);
                }
                else if (after.Success)
                {
                    // "Varenko, a former minister of Lestria who has mediated": "who" is the person the phrase between
                    // the comma and it describes, not the place that ends that phrase.
                    int who = mention.Type != EntityType.Person && after.Value.Contains("who", StringComparison.OrdinalIgnoreCase)
                        ? named.LastOrDefault(o => doc.Mentions[o].Type == EntityType.Person && doc.Mentions[o].Span.End <= mention.Span.Start &&
                                                   text[(doc.Mentions[o].Span.End - span.Start)..from] is var between &&
                                                   between.StartsWith(',') && between.Length <= MaxAppositionChars && !between[1..].Contains(','), -1)
                        : m;
                    if (who >= 0)
                    {
                        yield return (entityOf[(d, who)], new Evidence(doc.Article.Id, TextSpan.Cover(doc.Mentions[who].Span, new TextSpan(span.Start + to, span.Start + to + after.Length))), false);
                    }
                }
                else if (afterBy)
                {
                    yield return (entityOf[(d, m)], new Evidence(doc.Article.Id, new TextSpan(span.Start + by!.Index, mention.Span.End)), false);
                }
            }
        }
    }

    /// <summary>What an agreement is about.</summary>
    internal enum AgreementKind
    {
        Format,
        Outcome,
        Place,
        Scope,
        Mediator,
    }

    /// <summary>The value of an attribute of the story's event that two or more reports give, and where each gives it.</summary>
    internal sealed record Agreement(AgreementKind Kind, string Value, IReadOnlyList<Evidence> Evidence);

    /// <summary>
    /// The other side of the conflicts: the format, outcome, scope, mediator and place of the story's event as two or
    /// more reports give them, however each words it ("ended without a deal" / "delivered no agreement"; "talks at the Customs House"
    /// / "held at the city's historic Customs House"). Read from the same reporter sentences, phrases and occasions as
    /// the conflicts, so what is shared and what is disputed never disagree: a format or outcome is shared when no
    /// report gives another on that occasion; of places in dispute, each that two reports give is shared (and contested).
    /// </summary>
    internal static IEnumerable<Agreement> Agreements(IReadOnlyList<Doc> docs, IReadOnlyDictionary<(int Doc, int Mention), string> entityOf)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(entityOf);
        var sentences = ReporterSentences(docs).ToList();
        // As for conflicts, values are compared within one occasion (the third round is not the fourth).
        var occasions = new Occasions(sentences);
        foreach (var (_, kind, values) in SetPhrases)
        {
            foreach (var (_, found) in ByOccasion(occasions, PhraseValues(sentences, values)))
            {
                if (found.Count == 1 && found.Single() is var only && Articles(only.Value) >= 2)
                {
                    yield return new Agreement(kind, only.Key, only.Value);
                }
            }
        }
        // What the talks are limited to: shared when two reports name one topic; never a conflict, since one topic
        // has many names ("the nuclear file", "atomic issues").
        foreach (var (_, found) in ByOccasion(occasions, PhraseValues(sentences, [("limited to", ScopePattern())])))
        {
            foreach (var (value, evidence) in found.Where(kv => Articles(kv.Value) >= 2))
            {
                yield return new Agreement(AgreementKind.Scope, value, evidence);
            }
        }
        foreach (var mediator in Mediators(docs, entityOf, sentences).GroupBy(x => x.Entity, StringComparer.Ordinal))
        {
            // A report that says the person mediated is cited by that, not by a role given in passing ("the mediator
            // Anatol Varenko said ...").
            var evidence = mediator.GroupBy(x => x.Evidence.Article)
                .SelectMany(g => g.Any(x => !x.ByRole) ? g.Where(x => !x.ByRole) : g).Select(x => x.Evidence).ToList();
            if (Articles(evidence) >= 2)
            {
                yield return new Agreement(AgreementKind.Mediator, mediator.Key, evidence);
            }
        }
        var places = new PlaceRelations(docs);
        foreach (var group in EventPlaces(docs, entityOf, sentences, places).GroupBy(f => f.Kind))
        {
            foreach (var (_, found) in occasions.Split([.. group], f => f.Evidence))
            {
                // As for conflicts: a place counts where its sentence shares a person, organisation, day or occasion
                // with another report's, so two reports' places of two different meetings are not one claim; or where
                // both name the same building or site for it ("clashes at the North Gate"), which a city or a country
                // does not tell. With a place in dispute, each place two reports give is a claim of its own,
                // contested by the conflict.
                var linked = found.Where(f => found.Any(g => SameEvent(f, g, occasions) ||
                    g.Evidence.Article != f.Evidence.Article && f.Key == g.Key && places.IsFacility(f.Key)));
                foreach (var place in linked.GroupBy(f => f.Key, StringComparer.Ordinal))
                {
                    var evidence = place.Select(f => f.Evidence).ToList();
                    if (Articles(evidence) >= 2)
                    {
                        yield return new Agreement(AgreementKind.Place, place.GroupBy(f => f.Name).MaxBy(n => n.Count())!.Key, evidence);
                    }
                }
            }
        }

        static int Articles(IEnumerable<Evidence> evidence) => evidence.Select(e => e.Article).Distinct().Count();
    }
}
