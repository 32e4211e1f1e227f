using Parallax.Text;

namespace Parallax.Ledger;

/// <summary>Name keys and comparisons for matching the same entity across reports.</summary>
public static class Names
{
    /// <summary>Honorifics and ranks that are not part of a name.</summary>
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "prof", "sir", "dame", "lord", "lady", "sayyid", "sayed", "seyed", "seyyed", "sheikh",
        "shaikh", "sheik", "hajj", "imam", "ayatollah", "adm", "admiral", "gen", "general", "lt", "col", "colonel", "maj",
        "major", "capt", "captain", "sgt", "president", "pres", "minister", "sen", "senator", "rep", "gov", "governor",
        "king", "queen", "prince", "princess", "emir", "sultan", "pope", "rev", "father", "mayor", "judge", "justice",
    };

    /// <summary>Particles that belong to the surname that follows ("Al Rawahi", "van Gogh", "bin Salman").</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "al", "el", "ul", "bin", "ibn", "bint", "abu", "abd", "van", "von", "de", "da", "del", "della", "di", "du", "la", "le", "ben", "mac", "st",
    };

    /// <summary>The words of a name without honorifics, folded to lower case without diacritics.</summary>
    public static List<string> NameWords(string surface)
    {
        var words = Normalize.Words(surface)
            .SelectMany(w => w.Split(['.', '\''], StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        while (words.Count > 1 && Honorifics.Contains(words[0]))
        {
            words.RemoveAt(0);
        }
        return words;
    }

    /// <summary>The surname key: the last word with the particles before it, run together ("alrawahi").</summary>
    public static string SurnameKey(IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return "";
        }
        int start = words.Count - 1;
        var last = words[^1];
        // "al-sheikh" and "al sheikh" are one surname; so is "abu rawhi".
        while (start > 0 && Particles.Contains(words[start - 1]))
        {
            start--;
        }
        return Compact(string.Concat(words.Skip(start))) is { Length: > 0 } key ? key : Compact(last);
    }

    /// <summary>The given name, when the name has one before its surname.</summary>
    public static string? GivenName(IReadOnlyList<string> words)
    {
        if (words.Count < 2 || Particles.Contains(words[0]))
        {
            return null;
        }
        return words[0];
    }

    /// <summary>Generational suffixes, not part of the surname ("John G. Roberts Jr.").</summary>
    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "jr", "sr", "ii", "iii", "iv" };

    /// <summary>
    /// Whether two names could be one person's: the same surname once suffixes and middle initials are set aside, and
    /// given names that can match ("John G. Roberts Jr." and "Chief Justice Roberts"; "Trump Jr." and "Donald Trump").
    /// Used to keep two spellings of one person from being shown as two people who contradict each other.
    /// </summary>
    public static bool MaybeSame(string a, string b)
    {
        static List<string> Core(string name) =>
            [.. NameWords(name).Where(w => !Suffixes.Contains(w)).Where((w, i) => i == 0 || w.Length > 1)];
        var (x, y) = (Core(a), Core(b));
        return x.Count > 0 && y.Count > 0 && SurnameKey(x) == SurnameKey(y) && GivenNamesCompatible(GivenName(x), GivenName(y));
    }

    /// <summary>Letters and digits only, lower case.</summary>
    public static string Compact(string s) => new([.. s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    /// <summary>Whether two given names can be the same person's ("M." and "Michael", "Mohammad" and "Mohammed").</summary>
    public static bool GivenNamesCompatible(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return true;
        }
        if (a.Length == 1 || b.Length == 1)
        {
            return a[0] == b[0];
        }
        return a == b || Similarity(a, b) >= 0.75;
    }

    /// <summary>
    /// Whether <paramref name="shortForm"/> abbreviates <paramref name="longForm"/>: its letters split into prefixes
    /// of consecutive words of the long form, leading words allowed to drop ("CENTCOM" of "U.S. Central Command",
    /// "NATO" of "North Atlantic Treaty Organization").
    /// </summary>
    public static bool IsAbbreviationOf(string shortForm, string longForm)
    {
        var s = Compact(shortForm);
        var words = Normalize.Words(longForm).Select(Compact).Where(w => w.Length > 0 && !StopWords.Contains(w)).ToList();
        if (s.Length < 2 || words.Count < 2 || s.Length >= Compact(longForm).Length)
        {
            return false;
        }
        for (int first = 0; first < words.Count - 1; first++)
        {
            if (Segments(s, 0, words, first))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Segments(string s, int pos, List<string> words, int w)
    {
        if (pos == s.Length)
        {
            return w == words.Count;
        }
        if (w == words.Count)
        {
            return false;
        }
        var word = words[w];
        for (int len = Math.Min(word.Length, s.Length - pos); len >= 1; len--)
        {
            if (string.CompareOrdinal(s, pos, word, 0, len) == 0 && Segments(s, pos + len, words, w + 1))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Normalised Levenshtein similarity in [0, 1].</summary>
    public static double Similarity(string a, string b)
    {
        if (a.Length == 0 && b.Length == 0)
        {
            return 1;
        }
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
            }
            (prev, cur) = (cur, prev);
        }
        return 1.0 - (double)prev[b.Length] / Math.Max(a.Length, b.Length);
    }

    private static readonly Dictionary<string, string> PlaceAliases = new(StringComparer.Ordinal)
    {
        ["us"] = "united states", ["usa"] = "united states", ["america"] = "united states", ["american"] = "united states",
        ["unitedstatesofamerica"] = "united states", ["unitedstates"] = "united states", ["washington"] = "united states",
        ["uk"] = "united kingdom", ["britain"] = "united kingdom", ["greatbritain"] = "united kingdom", ["british"] = "united kingdom",
        ["unitedkingdom"] = "united kingdom", ["un"] = "united nations", ["unitednations"] = "united nations",
        ["eu"] = "european union", ["europeanunion"] = "european union", ["uae"] = "united arab emirates",
    };

    /// <summary>A canonical key for whom a role is held ("U.S." and "United States" alike).</summary>
    public static string PlaceKey(string name)
    {
        var compact = Compact(name);
        return PlaceAliases.TryGetValue(compact, out var canon) ? Compact(canon) : compact;
    }
}
