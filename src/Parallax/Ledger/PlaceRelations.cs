using Parallax.Model;

namespace Parallax.Ledger;

/// <summary>
/// The places of a story and what lies inside what, as the world table (<see cref="Geography"/>) and the story's own
/// reports tell it: "Muscat, Oman", "the Customs House in Portvale", "the Omani capital, Muscat". A place is a
/// location mention, a named building ("the Seafarers' Hall"), or "the Omani capital" (its capital, by the table).
/// </summary>
internal sealed class PlaceRelations
{
    /// <summary>Head nouns of named buildings and sites.</summary>
    private static readonly HashSet<string> FacilityNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "hall", "house", "palace", "hotel", "centre", "center", "building", "tower", "embassy", "consulate", "ministry",
        "office", "offices", "headquarters", "airport", "station", "stadium", "arena", "square", "gate", "base",
        "hospital", "church", "mosque", "cathedral", "temple", "school", "university", "college", "museum", "library",
        "parliament", "court", "courthouse", "club", "terminal", "pier", "quay", "bridge", "park", "market", "mall", "exchange",
        "castle", "fortress", "fort", "villa", "manor", "lodge", "residence", "chateau", "abbey", "monastery", "resort",
        "pavilion", "auditorium", "chancellery",
    };

    /// <summary>Nouns that make "the Omani capital" or "the Veltrian port of" a place of the country named.</summary>
    private static readonly HashSet<string> SettlementNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "capital", "city", "port", "town", "village", "region", "province",
    };

    private enum Level
    {
        Unknown,
        Facility,
        City,
        Country,
    }

    public sealed record Place(string Key, string Name, TextSpan Span, int EndToken);

    private readonly Dictionary<string, HashSet<string>> _parents = new(StringComparer.Ordinal);
    private readonly HashSet<string> _facilities = new(StringComparer.Ordinal);
    /// <summary>Per report, its first location mention at each start offset.</summary>
    private readonly Dictionary<Doc, Dictionary<int, Mention>> _locationsAt = [];

    public PlaceRelations(IReadOnlyList<Doc> docs)
    {
        ArgumentNullException.ThrowIfNull(docs);
        foreach (var doc in docs)
        {
            Learn(doc);
        }
    }

    /// <summary>The story-wide key of a place name: a country by its table name, anything else by its letters.</summary>
    public static string Key(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w.Length > 0 && char.IsLower(w[0]));
        var bare = string.Join(' ', words);
        return Geography.World.Country(bare) is { } country ? "country:" + Names.Compact(country) : Names.Compact(bare);
    }

    /// <summary>The place that starts at a token (after an optional "the"), or null.</summary>
    public Place? PlaceAt(Doc doc, int token, int endToken)
    {
        if (token < endToken && Word(doc, token).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            token++;
            // "the city's historic Customs House", "the old Customs House": a possessive common noun and adjectives
            // before a name.
            int name = token;
            if (name + 1 < endToken && !StartsName(doc, name) && Word(doc, name + 1) is "'s" or "’s")
            {
                name += 2;
            }
            while (name < endToken && !StartsName(doc, name) && doc.PartOfSpeech.Count == doc.Tokens.Count && doc.PartOfSpeech[name] == "JJ")
            {
                name++;
            }
            if (name > token && name < endToken && StartsName(doc, name))
            {
                token = name;
            }
        }
        if (token + 1 < endToken && Word(doc, token + 1).Equals("capital", StringComparison.OrdinalIgnoreCase) &&
            Geography.World.Country(Word(doc, token)) is { } country && Geography.World.Capital(country) is { } capital &&
            (token + 2 >= endToken || !StartsName(doc, token + 2)))
        {
            return new Place(Names.Compact(capital), doc.Slice(new TextSpan(doc.Tokens[token].Span.Start, doc.Tokens[token + 1].Span.End)),
                TextSpan.Cover(doc.Tokens[token].Span, doc.Tokens[token + 1].Span), token + 2);
        }
        if (token >= endToken)
        {
            return null;
        }
        if (LocationsAt(doc).TryGetValue(doc.Tokens[token].Span.Start, out var mention))
        {
            // A mention ends within or after its first token ("Veltria" of "Veltria's"): the place covers at least that token.
            int end = token + 1;
            while (end < endToken && doc.Tokens[end].Span.End <= mention.Span.End)
            {
                end++;
            }
            var name = doc.Slice(mention.Span);
            var key = Key(name);
            if (FacilityNouns.Contains(Word(doc, end - 1)))
            {
                _facilities.Add(key);
            }
            return new Place(key, name, mention.Span, end);
        }
        // A named building: capitalised words ending in a building noun ("the Seafarers' Hall").
        int last = token;
        while (last < endToken && (StartsName(doc, last) || last > token && Word(doc, last) is "'" or "'s" or "’" or "’s" or "of"))
        {
            last++;
        }
        while (last > token && !StartsName(doc, last - 1))
        {
            last--;
        }
        if (last > token && FacilityNouns.Contains(Word(doc, last - 1)))
        {
            var span = TextSpan.Cover(doc.Tokens[token].Span, doc.Tokens[last - 1].Span);
            var name = doc.Slice(span);
            var key = Key(name);
            _facilities.Add(key);
            return new Place(key, name, span, last);
        }
        return null;
    }

    private Dictionary<int, Mention> LocationsAt(Doc doc)
    {
        if (!_locationsAt.TryGetValue(doc, out var at))
        {
            at = [];
            foreach (var m in doc.Mentions.Where(m => m.Type == EntityType.Location))
            {
                at.TryAdd(m.Span.Start, m);
            }
            _locationsAt[doc] = at;
        }
        return at;
    }

    /// <summary>Whether the place is a named building or site ("the Seafarers' Hall", "the North Gate").</summary>
    public bool IsFacility(string key) => _facilities.Contains(key);

    /// <summary>Whether <paramref name="outer"/> holds <paramref name="inner"/> (by the story or the world table, through any steps).</summary>
    public bool Contains(string outer, string inner)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var todo = new Stack<string>([inner]);
        while (todo.TryPop(out var place))
        {
            foreach (var parent in Parents(place))
            {
                if (parent == outer)
                {
                    return true;
                }
                if (seen.Add(parent))
                {
                    todo.Push(parent);
                }
            }
        }
        return false;
    }

    /// <summary>Whether two places cannot both be where one event happened: neither holds the other, and they are of one kind or in one place.</summary>
    public bool Conflicting(string a, string b)
    {
        if (a == b || Contains(a, b) || Contains(b, a))
        {
            return false;
        }
        var level = LevelOf(a);
        return level != Level.Unknown && level == LevelOf(b) || Parents(a).Overlaps(Parents(b));
    }

    private HashSet<string> Parents(string key)
    {
        var parents = _parents.TryGetValue(key, out var known) ? new HashSet<string>(known, StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal);
        if (!key.StartsWith("country:", StringComparison.Ordinal) && Geography.World.CountryOfCapital(key) is { } country)
        {
            parents.Add(Key(country));
        }
        return parents;
    }

    private Level LevelOf(string key) =>
        key.StartsWith("country:", StringComparison.Ordinal) ? Level.Country
        : _facilities.Contains(key) ? Level.Facility
        : Parents(key).Any(p => p.StartsWith("country:", StringComparison.Ordinal)) ? Level.City
        : Level.Unknown;

    /// <summary>Containment the report states: "A, B" (not in a list), "A in B", "A, the capital of B", "the Omani capital, A".</summary>
    private void Learn(Doc doc)
    {
        foreach (var sentence in doc.Sentences)
        {
            var found = new List<(int Token, Place Place)>();
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (PlaceAt(doc, t, sentence.EndToken) is { } place)
                {
                    found.Add((t, place));
                    t = Math.Max(t, place.EndToken - 1);
                }
            }
            for (int i = 0; i + 1 < found.Count; i++)
            {
                var (_, a) = found[i];
                var (bToken, b) = found[i + 1];
                var between = Words(doc, a.EndToken, bToken);
                bool list = i + 2 < found.Count && Words(doc, b.EndToken, found[i + 2].Token) is [","] or ["and"] or ["or"] or [",", "and"];
                if (between is [","] && !list || between is ["in"] or ["in", "the"] ||
                    between is [",", "the", "capital", "of"] or [",", "a", "city", "in"] or [",", "the", _, "city", "of"])
                {
                    Add(a.Key, b.Key);
                }
            }
            foreach (var (token, place) in found)
            {
                // "the Omani capital, Muscat" / "the Veltrian port of Portvale"
                var before = Words(doc, Math.Max(sentence.FirstToken, token - 4), token);
                int noun = before.FindLastIndex(SettlementNouns.Contains);
                if (noun > 0 && before.Skip(noun + 1).All(w => w is "," or "of") && Geography.World.Country(before[noun - 1]) is { } country)
                {
                    Add(place.Key, Key(country));
                }
            }
        }
    }

    /// <summary>Records that <paramref name="outer"/> holds <paramref name="inner"/>, unless the pair reads as two of a kind ("Tehran, Washington").</summary>
    private void Add(string inner, string outer)
    {
        var (low, high) = (LevelOf(inner), LevelOf(outer));
        if (inner == outer || low != Level.Unknown && high != Level.Unknown && low >= high || Contains(inner, outer))
        {
            return;
        }
        if (!_parents.TryGetValue(inner, out var set))
        {
            _parents[inner] = set = new HashSet<string>(StringComparer.Ordinal);
        }
        set.Add(outer);
    }

    private static string Word(Doc doc, int token) => doc.Slice(doc.Tokens[token].Span);

    private static List<string> Words(Doc doc, int from, int to) =>
        [.. Enumerable.Range(from, Math.Max(0, to - from)).Select(t => Word(doc, t).ToLowerInvariant())];

    private static bool StartsName(Doc doc, int token)
    {
        var w = Word(doc, token);
        return w.Length > 0 && char.IsUpper(w[0]);
    }
}
