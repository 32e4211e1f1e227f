using System.Text.RegularExpressions;

namespace Parallax.Extraction;

/// <summary>A parsed byline: the line as it should be shown, the people in it, and an outlet it names ("By AzerNEWS Staff").</summary>
public sealed record ParsedByline(string Text, IReadOnlyList<string> Authors, string? Outlet);

/// <summary>
/// Reads bylines ("By Jane Doe and John Roe", "By AzerNEWS Staff", "Web Desk", "WEB DESK:") without mistaking
/// furniture words ("Staff", "Published", "Minute Read") for people.
/// </summary>
public static partial class Bylines
{
    // Words that are never part of a person's name in a byline.
    private static readonly HashSet<string> NotNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "staff", "published", "updated", "posted", "minute", "minutes", "min", "read", "reading", "desk", "reporter", "reporters",
        "correspondent", "correspondents", "editor", "editors", "editorial", "agencies", "agency", "team", "bureau", "wire",
        "wires", "service", "services", "report", "online", "digital", "writer", "writers", "contributor", "contributors",
        "press", "associated", "news", "newsroom", "board", "times", "post", "daily", "ago", "hour", "hours", "share",
        "follow", "comments", "comment", "by", "and", "with", "the", "of", "for", "in", "on", "at", "from", "view", "profile",
        "all", "posts", "more", "email", "twitter", "facebook", "photo", "photos", "video", "image", "opinion", "analysis",
        "columnist", "contributing", "senior", "chief", "political", "special", "guest", "sponsored", "content", "partner",
        "admin", "administrator", "webmaster", "unknown", "anonymous", "media", "international", "national", "world",
        "today", "yesterday", "am", "pm", "a.m.", "p.m.", "gmt", "utc",
    };

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "van", "von", "der", "den", "de", "da", "di", "del", "della", "du", "la", "le", "bin", "bint", "ibn", "al", "el", "y", "dos", "das", "ten", "ter", "st.",
    };

    [GeneratedRegex(@"^(?:(?:written|words|story|text|reporting|reported|posted|compiled)\s+)?(?:by|von|par|por)\s*[:\-]?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();

    // "al-Farsi", "d'Abo", "el-Sayed": a lower-case particle joined to a capitalised name.
    [GeneratedRegex(@"^\p{Ll}{1,3}[-'’]\p{Lu}\p{L}+$", RegexOptions.CultureInvariant)]
    private static partial Regex ParticlePrefixed();

    [GeneratedRegex(@"^(?:authors?|written by|byline)\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorLabel();

    [GeneratedRegex(@"^(?:(?:web|news|online|digital|foreign|city|metro|sports?|business|national|international|political|politics|world|desk|monitoring|editorial|special)\s+)+desk$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Desk();

    [GeneratedRegex(@"\s*(?:,|;|\band\b|&|\+|\bund\b|\bet\b|\by\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"\s*(?:\||•|·|—|–|\s-\s).*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingSection();

    /// <summary>True when <paramref name="line"/> is a desk name such as "Web Desk" or "News Desk".</summary>
    public static bool IsDesk(string line) => Desk().IsMatch(line.Trim());

    /// <summary>
    /// Parses a byline line. Returns null when the line is not a byline (no "By", no label, not a desk).
    /// </summary>
    public static ParsedByline? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim().TrimStart('-', '–', '—', '•', '*', '|').Trim();
        if (text.Length == 0 || text.Length > 160)
        {
            return null;
        }
        if (IsDesk(text))
        {
            return new ParsedByline(TitleCaseIfShouting(text), [], null);
        }
        var by = ByPrefix().Match(text);
        var label = AuthorLabel().Match(text);
        if (!by.Success && !label.Success)
        {
            return null;
        }
        text = text[(by.Success ? by.Length : label.Length)..];
        return FromNames(text);
    }

    /// <summary>Parses a list of names without a "By" (meta author tags, JSON-LD): returns null when nothing looks like a byline.</summary>
    public static ParsedByline? FromNames(string names)
    {
        var text = TrailingSection().Replace(names.Trim(), "").Trim().TrimEnd(',', ';', ':', '.');
        if (text.Length == 0 || text.Length > 160)
        {
            return null;
        }
        var authors = new List<string>();
        string? outlet = null;
        foreach (var part in NameSeparator().Split(text))
        {
            var p = part.Trim();
            if (p.Length == 0)
            {
                continue;
            }
            if (LooksLikePerson(p))
            {
                var name = TitleCaseIfShouting(p);
                if (!authors.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    authors.Add(name);
                }
            }
            else if (OutletOfStaffLine(p) is { } o)
            {
                outlet ??= o;
            }
        }
        if (authors.Count == 0 && outlet is null && !IsDesk(text) && !text.Contains("staff", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return new ParsedByline(IsDesk(text) ? TitleCaseIfShouting(text) : text, authors, outlet);
    }

    /// <summary>True for "Jane Doe", "Sayyid Khalil Alrawahi", "Ludwig van Beethoven"; false for "Staff", "Minute Read", "AzerNEWS Staff".</summary>
    public static bool LooksLikePerson(string candidate)
    {
        var tokens = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is < 2 or > 5)
        {
            return false;
        }
        int capitalised = 0;
        foreach (var token in tokens)
        {
            if (NotNameWords.Contains(token.Trim('.', ',')))
            {
                return false;
            }
            if (NameParticles.Contains(token))
            {
                continue;
            }
            if (ParticlePrefixed().IsMatch(token))
            {
                capitalised++;
                continue;
            }
            if (!char.IsUpper(token[0]) || token.Any(char.IsDigit) || token.Contains('@') || token.Contains('/'))
            {
                return false;
            }
            if (!token.All(c => char.IsLetter(c) || c is '.' or '-' or '\'' or '’'))
            {
                return false;
            }
            capitalised++;
        }
        return capitalised >= 2;
    }

    /// <summary>"AzerNEWS Staff" -> "AzerNews"; "Reuters Staff" -> "Reuters"; null when the part names no outlet.</summary>
    private static string? OutletOfStaffLine(string part)
    {
        var tokens = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is < 2 or > 5)
        {
            return null;
        }
        var last = tokens[^1].ToLowerInvariant();
        if (last is not ("staff" or "reporter" or "reporters" or "correspondent" or "desk" or "team" or "newsroom" or "bureau" or "editors" or "writer"))
        {
            return null;
        }
        var name = string.Join(' ', tokens[..^1]);
        if (Desk().IsMatch(part) || name.Length < 2 || !char.IsUpper(name[0]))
        {
            return null;
        }
        return Outlets.Clean(name);
    }

    /// <summary>"WEB DESK" -> "Web Desk", "JOHN SMITH" -> "John Smith"; mixed case is kept.</summary>
    public static string TitleCaseIfShouting(string text)
    {
        if (text.Any(char.IsLower) || !text.Any(char.IsLetter))
        {
            return text;
        }
        var chars = text.ToLowerInvariant().ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (char.IsLetter(chars[i]) && (i == 0 || !char.IsLetter(chars[i - 1]) && chars[i - 1] != '\''))
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }
        return new string(chars);
    }
}
