using System.Text.RegularExpressions;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Ledger;

public static partial class PositionFinder
{
    /// <summary>Nouns for the people who speak for a body ("union officials", "the Iranian side").</summary>
    private static readonly HashSet<string> GroupNouns = new(StringComparer.Ordinal)
    {
        "side", "delegation", "delegations", "government", "officials", "leaders", "leadership", "negotiators", "team",
        "authorities", "administration", "lawmakers", "diplomats", "ministry", "spokesman", "spokeswoman", "spokesperson",
        "representatives", "negotiating", "management",
    };

    /// <summary>Roles of people who comment or mediate rather than take a side: their views are not a party's position.</summary>
    [GeneratedRegex(@"\b(?:analyst|professor|economist|researcher|expert|scholar|lecturer|fellow|rector|commentator|columnist|historian|mediator|facilitator|editor|reporter|correspondent|journalist|anchor|writer)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CommentatorRole();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*")]
    private static partial Regex Word();

    /// <summary>An aside between commas or in brackets, found from the verb backwards (the commas nearest the verb pair up).</summary>
    [GeneratedRegex(@"\([^()]*\)|,[^,]*,", RegexOptions.RightToLeft)]
    private static partial Regex Aside();

    /// <summary>Who can hold a position in a story, and how the reports refer to them (the quote merger asks it too).</summary>
    internal sealed class Parties
    {
        private readonly EntityResolver.Result _resolved;
        private readonly Dictionary<string, StoryEntity> _byId;
        private readonly Dictionary<string, string> _speaksFor;
        private readonly Dictionary<string, string> _countries = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _heads = new(StringComparer.Ordinal);

        public Parties(IReadOnlyList<Doc> docs, EntityResolver.Result resolved)
        {
            _resolved = resolved;
            _byId = resolved.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
            _speaksFor = PartyOfPeople(resolved.Entities);
            foreach (var (capital, country) in CountryOfCapitals(resolved.Entities))
            {
                _speaksFor[capital] = country;
            }
            RolesNamedWithTheirBody(docs);
            foreach (var e in resolved.Entities.Where(e => e.Type is EntityType.Location or EntityType.Organization))
            {
                foreach (var country in e.Aliases.Select(Geography.World.Country).OfType<string>().Distinct(StringComparer.Ordinal))
                {
                    _countries.TryAdd(country, e.Id);
                }
            }
            // "the union" is the Portvale Dockworkers' Union when the story has one body so named ("Union" alone is the same body).
            var organisations = resolved.Entities.Where(e => e.Type == EntityType.Organization).ToList();
            foreach (var group in organisations.GroupBy(e => Normalize.Words(e.Name).LastOrDefault() ?? "", StringComparer.Ordinal))
            {
                var names = group.Select(e => Normalize.Fold(e.Name)).ToList();
                var longest = group.MaxBy(e => e.Name.Length)!;
                var longestName = Normalize.Fold(longest.Name);
                if (group.Key.Length > 2 && names.All(n => longestName.EndsWith(n, StringComparison.Ordinal)))
                {
                    _heads[group.Key] = longest.Id;
                }
            }
        }

        /// <summary>
        /// A person whose role names no body ("Transport Minister Petra Solvang", "President Trump") speaks for the country
        /// or organisation written just before that role elsewhere in the story ("Veltria's transport minister", "the U.S.
        /// president's envoy"), when only one person of the story holds that role without a body.
        /// </summary>
        private void RolesNamedWithTheirBody(IReadOnlyList<Doc> docs)
        {
            var holders = _resolved.Entities
                .Where(e => e.Type == EntityType.Person && !_speaksFor.ContainsKey(e.Id) && !e.Roles.Any(r => CommentatorRole().IsMatch(r)))
                .SelectMany(e => e.Roles.Where(r => !r.Contains('(', StringComparison.Ordinal)).Select(r => (Role: Normalize.Fold(r), Person: e.Id)))
                .GroupBy(x => x.Role, StringComparer.Ordinal)
                .Where(g => g.Select(x => x.Person).Distinct().Count() == 1)
                .ToDictionary(g => g.Key, g => g.First().Person, StringComparer.Ordinal);
            if (holders.Count == 0)
            {
                return;
            }
            var bodies = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            for (int d = 0; d < docs.Count; d++)
            {
                var doc = docs[d];
                for (int m = 0; m < doc.Mentions.Count; m++)
                {
                    if (doc.Mentions[m].Type is not (EntityType.Location or EntityType.Organization) || !_resolved.EntityOf.TryGetValue((d, m), out var body))
                    {
                        continue;
                    }
                    int end = doc.Mentions[m].Span.End;
                    var after = Normalize.Fold(doc.Text.AsSpan(end, Math.Min(60, doc.Text.Length - end)));
                    after = (after.StartsWith("'s", StringComparison.Ordinal) ? after[2..] : after).TrimStart();
                    foreach (var (role, person) in holders)
                    {
                        if (after.StartsWith(role, StringComparison.Ordinal) && (after.Length == role.Length || !char.IsLetter(after[role.Length])))
                        {
                            (bodies.TryGetValue(person, out var set) ? set : bodies[person] = []).Add(_speaksFor.GetValueOrDefault(body, body));
                        }
                    }
                }
            }
            foreach (var (person, set) in bodies.Where(b => b.Value.Count == 1))
            {
                _speaksFor[person] = set.First();
            }
        }

        /// <summary>Words that name a party rather than an issue ("the union", "officials").</summary>
        public IEnumerable<string> HeadWords => _heads.Keys.Concat(GroupNouns)
            .Concat(_resolved.Entities.Where(e => e.Type == EntityType.Person).SelectMany(e => e.Roles).Select(RoleHead).OfType<string>());

        /// <summary>The noun a role is named by: "minister" of "foreign minister", "secretary" of "secretary of state (United States)".</summary>
        private static string? RoleHead(string role)
        {
            var words = Normalize.Words(role.Split('(')[0]);
            int of = words.IndexOf("of");
            return (of > 0 ? words[of - 1] : words.LastOrDefault());
        }

        /// <summary>Where a mention begins with its role and honorific ("Senate Majority Leader Ana Berg", "Mr. Lund").</summary>
        private static int Start(Mention mention) =>
            Math.Min(mention.Span.Start, Math.Min(mention.RoleSpan?.Start ?? int.MaxValue, mention.Honorific?.Start ?? int.MaxValue));

        /// <summary>The party an entity speaks for: a person's body, a capital's country, else itself; null for commentators and unnamed kinds.</summary>
        public string? PartyOf(string entity)
        {
            if (!_byId.TryGetValue(entity, out var e) || e.Type == EntityType.Misc)
            {
                return null;
            }
            // A person speaks for a side through a role; one quoted with none (a shopkeeper, a passer-by) or as a
            // commentator or mediator states no party's position.
            if (e.Type == EntityType.Person && (e.Roles.Count == 0 || e.Roles.Any(r => CommentatorRole().IsMatch(r))))
            {
                return null;
            }
            return _speaksFor.GetValueOrDefault(entity, entity);
        }

        public string? Speaker(int d, int mention) =>
            _resolved.EntityOf.TryGetValue((d, mention), out var entity) ? PartyOf(entity) : null;

        /// <summary>
        /// The party a speaker written as a phrase stands for ("the Veltrian side", "union officials", a capital): the
        /// party <see cref="Subject"/> finds in the phrase alone, the one ending last in it.
        /// </summary>
        public string? OfPhrase(Doc doc, int d, TextSpan phrase) =>
            Subject(doc, d, phrase.End, new Sentence(phrase, 0, 0), allowRelative: true);

        /// <summary>
        /// The party that is the subject of the verb at <paramref name="verbStart"/>: the named party, the body described
        /// ("the union", "union officials", "the Iranian side") or the person a "he"/"she" refers to, whichever ends
        /// nearest the verb within <see cref="MaxSubjectGap"/> words.
        /// </summary>
        public string? Subject(Doc doc, int d, int verbStart, Sentence sentence, bool allowRelative)
        {
            (string Party, int End)? best = null;
            var asides = Aside().Matches(doc.Text[sentence.Span.Start..verbStart])
                .Select(m => new TextSpan(sentence.Span.Start + m.Index, sentence.Span.Start + m.Index + m.Length)).ToList();
            // "the matters that Veltria wants": a name nearer the verb, outside an aside, is its subject, not one before it.
            bool Blocked(int end) => end <= verbStart &&
                doc.MentionIndex.Within(new TextSpan(end, verbStart)).Any(x => !asides.Any(a => a.Contains(doc.Mentions[x].Span)));
            void Consider(string? party, int start, int end, bool reported = false)
            {
                if (party is null || Gap(doc, end, verbStart) > MaxSubjectGap || Blocked(end) ||
                    (!allowRelative && !reported && RelativeBefore(doc, start, sentence.Span.Start)))
                {
                    return;
                }
                if (best is null || end > best.Value.End)
                {
                    best = (party, end);
                }
            }
            foreach (int m in verbStart >= sentence.Span.Start ? doc.MentionIndex.Within(new TextSpan(sentence.Span.Start, verbStart)) : [])
            {
                var span = doc.Mentions[m].Span;
                if (_resolved.EntityOf.TryGetValue((d, m), out var entity) &&
                    !AfterPreposition(doc, doc.Mentions[m], sentence.Span.Start) && !InsideAside(doc, span, asides))
                {
                    Consider(PartyOf(entity), Start(doc.Mentions[m]), span.End);
                }
            }
            var window = doc.Text.AsSpan(sentence.Span.Start, verbStart - sentence.Span.Start).ToString();
            var words = Word().Matches(window).ToList();
            for (int i = 0; i < words.Count; i++)
            {
                int start = sentence.Span.Start + words[i].Index, end = start + words[i].Length;
                var word = words[i].Value;
                var lower = Normalize.Fold(word);
                var next = i + 1 < words.Count ? Normalize.Fold(words[i + 1].Value) : "";
                var previous = i > 0 ? Normalize.Fold(words[i - 1].Value) : "";
                var beforePrevious = i > 1 ? Normalize.Fold(words[i - 2].Value) : "";
                if (lower is "he" or "she")
                {
                    // "Solvang said last month that she was prepared to": "that" after a verb of saying opens what was said.
                    Consider(Pronoun(doc, d, start), start, end, reported: SpeechVerb().IsMatch(doc.Text.AsSpan(sentence.Span.Start, start - sentence.Span.Start)));
                }
                else if (_heads.TryGetValue(lower, out var body) && (previous is "the" or "its" or "their" || beforePrevious == "the" || GroupNouns.Contains(next)))
                {
                    int from = previous is "the" or "its" or "their" ? sentence.Span.Start + words[i - 1].Index
                        : beforePrevious == "the" ? sentence.Span.Start + words[i - 2].Index : start;
                    Consider(PartyOf(body), from, GroupNouns.Contains(next) ? sentence.Span.Start + words[i + 1].Index + words[i + 1].Length : end);
                }
                else if (char.IsUpper(word[0]) && GroupNouns.Contains(next) && Geography.World.Country(word) is { } country && _countries.TryGetValue(country, out var c))
                {
                    Consider(PartyOf(c), start, sentence.Span.Start + words[i + 1].Index + words[i + 1].Length);
                }
            }
            return best?.Party;
        }

        /// <summary>
        /// "Berg, who said Chile must win the vote, said": a name inside an aside is not the
        /// subject of the verb after it, unless the aside opens with it (", Corvin Aldwyck, has said").
        /// </summary>
        private static bool InsideAside(Doc doc, TextSpan span, List<TextSpan> asides) =>
            asides.Any(a => a.Contains(span) && doc.Text.AsSpan(a.Start, span.Start - a.Start).ContainsAnyExcept(", ("));

        /// <summary>
        /// "a letter to Senate Majority Leader Ana Berg warning her", "Senator Ana Berg of Ohio": a name after a
        /// preposition is no subject, unless the preposition follows the people who speak for it ("officials in Lestria").
        /// </summary>
        private static bool AfterPreposition(Doc doc, Mention mention, int sentenceStart)
        {
            // "condemned by Mr. Lund, who called for": the relative clause makes the name its subject again.
            var after = doc.Text.AsSpan(mention.Span.End, Math.Min(6, doc.Text.Length - mention.Span.End)).TrimStart(", ");
            if (after.StartsWith("who ", StringComparison.Ordinal))
            {
                return false;
            }
            var before = Normalize.Words(doc.Text.AsSpan(sentenceStart, Start(mention) - sentenceStart));
            // "control of the House": past the article.
            if (before.Count > 1 && before[^1] is "the" or "a" or "an")
            {
                before.RemoveAt(before.Count - 1);
            }
            if (before.Count > 1 && GroupNouns.Contains(before[^2]))
            {
                return false;
            }
            return before.Count > 0 && before[^1] is "to" or "with" or "by" or "from" or "against" or "for" or "of" or "on" or "at" or "in"
                or "about" or "toward" or "towards" or "into" or "like" or "than" or "between" or "among" or "over" or "under" or "including";
        }

        /// <summary>Parties written with a possessive in the sentence ("Iran's", "the union's"), with where the possessive ends.</summary>
        public IEnumerable<(string Party, int End)> Possessors(Doc doc, int d, Sentence sentence)
        {
            foreach (int m in doc.MentionIndex.Within(sentence.Span))
            {
                var span = doc.Mentions[m].Span;
                if (span.End + 2 > sentence.Span.End || !_resolved.EntityOf.TryGetValue((d, m), out var entity))
                {
                    continue;
                }
                var after = doc.Text.AsSpan(span.End, 2);
                if ((after.SequenceEqual("'s") || after.SequenceEqual("\u2019s")) && PartyOf(entity) is { } party)
                {
                    yield return (party, span.End + 2);
                }
            }
        }

        /// <summary>The person a "he" or "she" refers to: the last person named before it, in its sentence or the two before.</summary>
        private string? Pronoun(Doc doc, int d, int at)
        {
            int sentence = doc.SentenceAt(at);
            if (sentence < 0)
            {
                return null;
            }
            int from = doc.Sentences[Math.Max(0, sentence - 2)].Span.Start;
            int last = -1;
            foreach (int m in doc.MentionIndex.Within(new TextSpan(from, at)))
            {
                var span = doc.Mentions[m].Span;
                if (doc.Mentions[m].Type == EntityType.Person && (last < 0 || span.Start > doc.Mentions[last].Span.Start))
                {
                    last = m;
                }
            }
            return last >= 0 && _resolved.EntityOf.TryGetValue((d, last), out var entity) ? PartyOf(entity) : null;
        }

        /// <summary>Words between a subject and its verb, leaving out asides between commas or in brackets.</summary>
        private static int Gap(Doc doc, int end, int verbStart)
        {
            if (end > verbStart)
            {
                return int.MaxValue;
            }
            var between = Normalize.Words(Aside().Replace(doc.Text[end..verbStart], " "));
            // "Berg said that if the governor wants": a new clause opens between the name and the verb.
            return between.Any(w => w is "that" or "if" or "whether" or "because" or "when" or "while" or "as" or "after" or "before"
                or "since" or "unless" or "although" or "though") ? int.MaxValue : between.Count;
        }

        private static bool RelativeBefore(Doc doc, int mentionStart, int sentenceStart)
        {
            var all = Normalize.Words(doc.Text.AsSpan(sentenceStart, mentionStart - sentenceStart));
            // "What the union has agreed to discuss are ...": a sentence opening with "what" states the position after it.
            if (all.Count <= 2 && all.FirstOrDefault() == "what")
            {
                return false;
            }
            var before = all.TakeLast(2).ToList();
            // "the matters that Veltria wants", "what the authority is willing to offer", "whether Lestria is ready to".
            return before.Count > 0 && (Relative(before[^1]) || before[^1] == "the" && before.Count == 2 && Relative(before[0]));
            static bool Relative(string w) => w is "that" or "which" or "what" or "whether" or "how" or "if" or "why";
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
                    if (open < 0 || CommentatorRole().IsMatch(role))
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
    }
}
