using Parallax.Extraction;
using Parallax.Model;

namespace Parallax.Ledger;

/// <summary>
/// Cross-document entity resolution within a story. Mentions join when their names agree (people by surname with
/// compatible given names, "Alrawahi" = "Al Rawahi"; organisations and places by full name, abbreviation or
/// country alias), and people whose surnames are near-spellings of each other join when they also share an
/// affiliation or a role ("Lestrian mediator Abu Rawhi" and "Lestrian Foreign Minister Al Rawahi").
/// </summary>
public sealed class EntityResolver
{
    /// <summary>Least surname similarity for two spellings with a shared affiliation to be one person.</summary>
    public double TransliterationSimilarity { get; init; } = 0.7;

    public sealed record Result(IReadOnlyList<StoryEntity> Entities, IReadOnlyDictionary<(int Doc, int Mention), string> EntityOf);

    private sealed record Item(int Doc, int Mention, EntityType Type, string Surface, List<string> Words, string Key, string? Given, string? RoleOfKey, string? Role);

    public Result Resolve(IReadOnlyList<Doc> docs)
    {
        ArgumentNullException.ThrowIfNull(docs);
        var items = new List<Item>();
        for (int d = 0; d < docs.Count; d++)
        {
            for (int m = 0; m < docs[d].Mentions.Count; m++)
            {
                var mention = docs[d].Mentions[m];
                var surface = docs[d].Slice(mention.Span).Trim();
                var words = Names.NameWords(surface);
                if (words.Count == 0)
                {
                    continue;
                }
                string key = mention.Type == EntityType.Person
                    ? Names.SurnameKey(words)
                    : PlaceKey(words);
                items.Add(new Item(d, m, mention.Type, surface, words, key,
                    mention.Type == EntityType.Person ? Names.GivenName(words) : null,
                    mention.RoleOf is { } of ? Names.PlaceKey(of) : null, mention.Role));
            }
        }
        items = WithoutDemonyms(items);
        var uf = new UnionFind(items.Count);
        UnitePeople(items, uf);
        UniteByKey(items, uf);
        UniteAbbreviations(items, uf);
        UniteTransliterations(items, uf);
        return Build(docs, items, uf);
    }

    /// <summary>
    /// "Iranian", "Omani", "Lestrian" are adjectives of a place of the story, not entities of their own: a
    /// single-word miscellaneous mention that is a place's name plus a demonym ending, or an alias of a place's adjective,
    /// is left out; so is a single-word place or organisation that is a place's name plus a demonym ending (the tagger
    /// calls "Lestrian cargo" a place). People keep their names ("Irani" may be a surname).
    /// </summary>
    private static List<Item> WithoutDemonyms(List<Item> items)
    {
        var places = items.Where(x => x.Type == EntityType.Location).Select(x => x.Key).ToHashSet(StringComparer.Ordinal);
        return [.. items.Where(x => !(x.Words.Count == 1
            && (x.Type == EntityType.Misc ? IsDemonymOf(x.Key, places)
                : x.Type is EntityType.Location or EntityType.Organization && HasDemonymEnding(x.Key, places))))];
    }

    private static bool IsDemonymOf(string key, HashSet<string> places) =>
        HasDemonymEnding(key, places) || (places.Contains(Names.PlaceKey(key)) && Names.PlaceKey(key) != key);

    private static bool HasDemonymEnding(string key, HashSet<string> places)
    {
        foreach (var ending in (ReadOnlySpan<string>)["ian", "an", "n", "i", "ese", "ish", "ic"])
        {
            if (key.Length > ending.Length + 2 && key.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = key[..^ending.Length];
                if (places.Contains(stem) || places.Contains(stem + "a") || places.Contains(stem + "e"))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Whether the mention follows the one before it after ", " and ends before a comma, stop or bracket.</summary>
    private static bool AfterNameAndComma(Doc doc, int index)
    {
        var text = doc.Text;
        var span = doc.Mentions[index].Span;
        var before = doc.Mentions[index - 1].Span;
        int end = span.Start + span.Length;
        return span.Start - (before.Start + before.Length) == 2 && text[span.Start - 2] == ',' && text[span.Start - 1] == ' '
            && (end == text.Length || text[end] is ',' or '.' or ')' or ';');
    }

    /// <summary>The key a place's or body's name is joined by: its words run together, without a leading "the".</summary>
    private static string PlaceKey(IReadOnlyList<string> words) => Names.PlaceKey(StripArticle(string.Concat(words)));

    private static string StripArticle(string compact) => compact.StartsWith("the", StringComparison.Ordinal) && compact.Length > 6 ? compact[3..] : compact;

    private static void UnitePeople(List<Item> items, UnionFind uf)
    {
        foreach (var bucket in items.Select((it, i) => (it, i)).Where(x => x.it.Type == EntityType.Person).GroupBy(x => x.it.Key))
        {
            // Sub-clusters by given name; mentions without one join the most frequent sub-cluster.
            var groups = new List<(string Given, List<int> Members)>();
            var bare = new List<int>();
            foreach (var (it, i) in bucket)
            {
                if (it.Given is null)
                {
                    bare.Add(i);
                    continue;
                }
                var g = groups.FindIndex(x => Names.GivenNamesCompatible(x.Given, it.Given));
                if (g < 0)
                {
                    groups.Add((it.Given, [i]));
                }
                else
                {
                    groups[g].Members.Add(i);
                }
            }
            foreach (var (_, members) in groups)
            {
                foreach (var i in members.Skip(1))
                {
                    uf.Union(members[0], i);
                }
            }
            int anchor = groups.Count > 0 ? groups.MaxBy(g => g.Members.Count).Members[0] : bare.FirstOrDefault(-1);
            foreach (var i in bare)
            {
                if (anchor >= 0)
                {
                    uf.Union(anchor, i);
                }
            }
        }
    }

    /// <summary>Non-person mentions with the same name key are one entity; so is a bare surname typed otherwise.</summary>
    private static void UniteByKey(List<Item> items, UnionFind uf)
    {
        var personByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var personByFull = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i].Type == EntityType.Person)
            {
                personByKey.TryAdd(items[i].Key, i);
                personByFull.TryAdd(Names.Compact(string.Concat(items[i].Words)), i);
            }
        }
        // Organisations, places and other names: one name is one entity whatever type a report's recogniser gave it.
        var firstByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            var it = items[i];
            if (it.Type == EntityType.Person)
            {
                continue;
            }
            if (firstByKey.TryGetValue(it.Key, out var first))
            {
                uf.Union(first, i);
            }
            else
            {
                firstByKey[it.Key] = i;
            }
            // A recogniser may type one report's bare "Alrawahi" as an organisation: a person's name wins.
            if (personByFull.TryGetValue(it.Key, out var p) || it.Words.Count == 1 && personByKey.TryGetValue(it.Key, out p))
            {
                uf.Union(p, i);
            }
        }
    }

    /// <summary>"CENTCOM" and "U.S. Central Command", "IAEA" and "International Atomic Energy Agency".</summary>
    private static void UniteAbbreviations(List<Item> items, UnionFind uf)
    {
        var reps = items.Select((it, i) => (it, i)).Where(x => x.it.Type != EntityType.Person)
            .GroupBy(x => x.it.Key).Select(g => g.First()).ToList();
        foreach (var (a, i) in reps)
        {
            if (a.Words.Count != 1)
            {
                continue;
            }
            foreach (var (b, j) in reps)
            {
                if (i != j && b.Words.Count > 1 && Names.IsAbbreviationOf(a.Surface, b.Surface))
                {
                    uf.Union(i, j);
                }
            }
        }
    }

    /// <summary>
    /// Near-spellings of a surname ("Warenko", "Varanco", "Varenko") are one person when the two also share an
    /// affiliation or a role; repeated until nothing more joins, since each join can bring a new role.
    /// </summary>
    private void UniteTransliterations(List<Item> items, UnionFind uf)
    {
        bool joined = true;
        while (joined)
        {
            joined = false;
            var clusters = items.Select((it, i) => (it, i)).Where(x => x.it.Type == EntityType.Person)
                .GroupBy(x => uf.Find(x.i))
                .Select(g => (Root: g.Key,
                    Keys: g.Select(x => x.it.Key).ToHashSet(StringComparer.Ordinal),
                    Ties: g.Select(x => x.it.RoleOfKey).OfType<string>().Select(k => "of:" + k)
                        .Concat(g.Select(x => x.it.Role).OfType<string>().Select(r => "role:" + r.ToLowerInvariant()))
                        .ToHashSet(StringComparer.Ordinal)))
                .Where(c => c.Ties.Count > 0)
                .ToList();
            for (int a = 0; a < clusters.Count; a++)
            {
                for (int b = a + 1; b < clusters.Count; b++)
                {
                    if (uf.Find(clusters[a].Root) != uf.Find(clusters[b].Root) && clusters[a].Ties.Overlaps(clusters[b].Ties) &&
                        clusters[a].Keys.Any(x => clusters[b].Keys.Any(y => Names.Similarity(x, y) >= TransliterationSimilarity)))
                    {
                        uf.Union(clusters[a].Root, clusters[b].Root);
                        joined = true;
                    }
                }
            }
        }
    }

    private static Result Build(IReadOnlyList<Doc> docs, List<Item> items, UnionFind uf)
    {
        var groups = items.Select((it, i) => (it, i)).GroupBy(x => uf.Find(x.i))
            .Select(g => g.Select(x => x.it).ToList())
            .OrderByDescending(g => g.Select(x => x.Doc).Distinct().Count())
            .ThenByDescending(g => g.Count)
            .ThenBy(g => g.Min(x => (x.Doc, x.Mention)))
            .ToList();
        // A report's dateline names the place it was filed from: that name is a place wherever the story uses it, however
        // the tagger typed each mention ("PORTVALE, April 11 --" and "abandon Portvale" typed an organisation).
        var filedFrom = docs.Select(d => d.Article.Dateline).OfType<string>()
            .Select(d => PlaceKey(Names.NameWords(PageText.DatelinePlace(d))))
            .Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        // So is a name written after such a place, or a capital or country, and a comma, as its region or country ("in
        // Portvale, Veltria, April 11"); after any other name a comma may only list names ("MSNBC, CNN, Fox Business").
        var byMention = items.ToDictionary(x => (x.Doc, x.Mention));
        var places = items.Where(x => x.Type != EntityType.Person && x.Mention > 0
                && byMention.TryGetValue((x.Doc, x.Mention - 1), out var town) && town.Type == EntityType.Location
                && (filedFrom.Contains(town.Key) || Entities.Places.Known.Contains(town.Surface)) && AfterNameAndComma(docs[x.Doc], x.Mention))
            .Select(x => x.Key).Concat(filedFrom).ToHashSet(StringComparer.Ordinal);
        var entities = new List<StoryEntity>();
        var map = new Dictionary<(int, int), string>();
        for (int k = 0; k < groups.Count; k++)
        {
            var g = groups[k];
            var id = $"e{k + 1}";
            var type = g.Any(x => x.Type != EntityType.Person && places.Contains(x.Key))
                ? EntityType.Location
                : g.GroupBy(x => x.Type).OrderByDescending(t => t.Count()).ThenBy(t => t.Key).First().Key;
            var surfaces = g.GroupBy(x => x.Surface, StringComparer.Ordinal)
                .OrderByDescending(s => s.Count()).ThenByDescending(s => s.Key.Length).ThenBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => s.Key).ToList();
            // The name: the most used form with a given name and surname, else the most used form.
            var name = surfaces.FirstOrDefault(s => Names.NameWords(s).Count >= 2 && type == EntityType.Person) ?? surfaces[0];
            var roles = g.Select(x => docs[x.Doc].Mentions[x.Mention])
                .Where(m => m.Role is not null)
                .Select(m => m.RoleOf is { } of ? $"{m.Role} ({of})" : m.Role!)
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            foreach (var x in g)
            {
                map[(x.Doc, x.Mention)] = id;
            }
            entities.Add(new StoryEntity
            {
                Id = id,
                Name = name,
                Type = type,
                Aliases = surfaces,
                Roles = roles,
                Articles = [.. g.Select(x => docs[x.Doc].Article.Id).Distinct()],
                Mentions = [.. g.Select(x => new Evidence(docs[x.Doc].Article.Id, docs[x.Doc].Mentions[x.Mention].Span))],
            });
        }
        return new Result(entities, map);
    }
}

internal sealed class UnionFind
{
    private readonly int[] _parent;

    public UnionFind(int n)
    {
        _parent = new int[n];
        for (int i = 0; i < n; i++)
        {
            _parent[i] = i;
        }
    }

    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }
        return x;
    }

    public void Union(int a, int b)
    {
        int ra = Find(a), rb = Find(b);
        if (ra != rb)
        {
            // The smaller index stays root so results do not depend on union order.
            if (ra < rb)
            {
                _parent[rb] = ra;
            }
            else
            {
                _parent[ra] = rb;
            }
        }
    }
}
