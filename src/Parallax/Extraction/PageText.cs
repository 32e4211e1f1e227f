using System.Text.RegularExpressions;

namespace Parallax.Extraction;

/// <summary>
/// Patterns for the metadata lines and paragraph prefixes news pages print, shared by the text and HTML extractors:
/// date lines, "Source: X", "Source reference: URL", datelines ("CAIRO, Feb. 6 (Xinhua) --") and byline prefixes
/// ("WEB DESK: ...", "Jane Doe - ...").
/// </summary>
public static partial class PageText
{
    private static readonly HashSet<string> DateLineWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "published", "updated", "posted", "on", "at", "last", "modified", "date", "time", "created", "first", "am", "pm",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur",
        "thurs", "fri", "sat", "sun", "local", "edited", "issued", "release", "released", "utc", "gmt",
    };

    [GeneratedRegex(@"\b(?:updated|modified|edited)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdatedLabel();

    [GeneratedRegex(@"^(?:news\s+)?sources?\s*[:|–—]\s*(?<v>\S.{0,80})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"^(?:source\s+(?:reference|link|url|article)|original\s+(?:source|article|story|report)|originally\s+(?:published|appeared)(?:\s+(?:at|in|on|by))?|this\s+(?:article|story|report)\s+(?:was\s+)?(?:originally\s+|first\s+)?(?:published|appeared)(?:\s+(?:at|in|on|by))?|read\s+the\s+original(?:\s+(?:article|story))?(?:\s+(?:at|on|here))?|adapted\s+from|republished\s+from)\s*[:\-–—]?\s*(?<v>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BasedOnLine();

    [GeneratedRegex(@"^(?:via|based\s+on|from|source)\s*[:\-–—]?\s*(?<v>https?://\S+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BasedOnUrlLine();

    [GeneratedRegex(@"https?://[^\s""'<>)\]]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    // "CAIRO, Feb. 6 (Xinhua) --", "WASHINGTON (Reuters) -", "NEW YORK, March 3 /PRNewswire/ --", "BEIJING —".
    [GeneratedRegex(@"^(?<d>[\p{Lu}][\p{Lu}\p{M}'’.]+(?:[ -][\p{Lu}][\p{Lu}\p{M}'’.]+){0,3}(?:,\s*[\p{Lu}][\p{L}.]+(?: [\p{Lu}][\p{L}.]+){0,2})?(?:,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^()]{2,40}\)|/[^/]{2,40}/)?\s*(?:--|—|–|-))\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    // "WEB DESK: Talks resumed on ...", "JANE DOE: ..."
    [GeneratedRegex(@"^(?<b>[\p{Lu}][\p{Lu}\p{M} .'’-]{2,40}):\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex ShoutedBylinePrefix();

    // "Jane Doe - The minister said ..."
    [GeneratedRegex(@"^(?<b>[\p{Lu}][\p{Ll}\p{M}'’-]+(?:\s+(?:[\p{Lu}][\p{Ll}\p{M}'’-]+|van|von|de|da|al|bin|el)){1,4})\s+[-–—]\s+(?=[\p{Lu}""“‘'])", RegexOptions.CultureInvariant)]
    private static partial Regex NameDashPrefix();

    /// <summary>
    /// If the whole line is a date with at most labels around it ("Published: Sunday February 8 2026"), returns it and
    /// whether it is labelled as an update.
    /// </summary>
    public static (FoundDate Date, bool IsUpdate)? DateLine(string line)
    {
        var dates = DateText.FindAll(line);
        if (dates.Count != 1 || line.Length > 120)
        {
            return null;
        }
        var d = dates[0];
        var rest = line.Remove(d.Index, d.Length);
        if (Boilerplate.Words(rest).Any(w => !DateLineWords.Contains(w)))
        {
            return null;
        }
        return (d, UpdatedLabel().IsMatch(rest));
    }

    /// <summary>"Source: Xinhua" -> "Xinhua"; null when the line is not a source line.</summary>
    public static string? Source(string line)
    {
        var m = SourceLine().Match(line.Trim());
        if (!m.Success)
        {
            return null;
        }
        var value = m.Groups["v"].Value.Trim().TrimEnd('.');
        return Boilerplate.WordCount(value) <= 8 ? value : null;
    }

    /// <summary>"Source reference: https://..." -> the URL; "Originally published by X" -> "X"; null otherwise.</summary>
    public static string? BasedOn(string line)
    {
        var trimmed = line.Trim();
        if (Boilerplate.WordCount(trimmed) > 25)
        {
            return null;
        }
        var m = BasedOnUrlLine().Match(trimmed);
        if (!m.Success)
        {
            m = BasedOnLine().Match(trimmed);
        }
        if (!m.Success)
        {
            return null;
        }
        var value = m.Groups["v"].Value.Trim();
        if (Url().Match(value) is { Success: true } url)
        {
            return url.Value.TrimEnd('.', ',');
        }
        value = value.TrimEnd('.');
        return Boilerplate.WordCount(value) <= 8 ? value : null;
    }

    /// <summary>The dateline a paragraph opens with ("CAIRO, Feb. 6 (Xinhua) --"), else null.</summary>
    public static string? DatelineOf(string paragraph)
    {
        var m = Dateline().Match(paragraph);
        if (!m.Success)
        {
            return null;
        }
        var value = m.Groups["d"].Value.Trim();
        // A dateline names a place in capitals; a dash after one capitalised word alone needs an agency or a date.
        bool hasAgencyOrDate = value.Contains('(', StringComparison.Ordinal) || value.Contains('/', StringComparison.Ordinal) || value.Contains(',', StringComparison.Ordinal);
        var place = DatelinePlace(value);
        if (place.Length < 3 || (!hasAgencyOrDate && !value.EndsWith('—') && !value.EndsWith('–') && !value.EndsWith("--", StringComparison.Ordinal)))
        {
            return null;
        }
        return value;
    }

    /// <summary>The place a dateline names: "CAIRO" of "CAIRO, Feb. 6 (Xinhua) --", "NEW YORK" of "NEW YORK (AP) —".</summary>
    public static string DatelinePlace(string dateline)
    {
        ArgumentNullException.ThrowIfNull(dateline);
        return dateline.Split([',', '(', '/', '-', '—', '–'], 2)[0].Trim();
    }

    /// <summary>
    /// A byline glued to the first paragraph: "WEB DESK: In a ..." or "Jane Doe - The minister ...". Returns the byline
    /// and the paragraph without it, else null.
    /// </summary>
    public static (ParsedByline Byline, string Remainder)? BylinePrefix(string paragraph)
    {
        var m = ShoutedBylinePrefix().Match(paragraph);
        if (m.Success)
        {
            var value = m.Groups["b"].Value.Trim();
            if (Bylines.IsDesk(value))
            {
                return (new ParsedByline(Bylines.TitleCaseIfShouting(value), [], null), paragraph[m.Length..]);
            }
            var name = Bylines.TitleCaseIfShouting(value);
            if (Bylines.LooksLikePerson(name))
            {
                return (new ParsedByline(name, [name], null), paragraph[m.Length..]);
            }
        }
        m = NameDashPrefix().Match(paragraph);
        if (m.Success && Bylines.LooksLikePerson(m.Groups["b"].Value))
        {
            var name = m.Groups["b"].Value;
            return (new ParsedByline(name, [name], null), paragraph[m.Length..]);
        }
        return null;
    }
}
