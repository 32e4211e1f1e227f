using System.Text.RegularExpressions;

namespace Parallax.Extraction;

/// <summary>
/// Turns scraped page text (what a browser's "select all, copy" or a scraper gives: title lines, date lines, the article,
/// then comment boxes and buttons) into an article. The page is read as a header (lines before the first paragraph of
/// prose: title, date, source, byline, masthead), a body, and a tail of furniture and appeals after the last paragraph.
/// </summary>
public static partial class TextPageExtractor
{
    [GeneratedRegex(@"^\s*(?:[-*•·▪►■]|\d{1,2}\)|\u2022)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex BulletMarker();

    [GeneratedRegex(@"^\s*(?<t>.*?\S)\s*(?:[-|–—:•·]|::)\s*(?<s>[^-|–—:•·]{2,40})$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleWithSuffix();

    [GeneratedRegex(@"[.!?…:;""'”’)\]]$", RegexOptions.CultureInvariant)]
    private static partial Regex TerminalPunctuation();

    /// <summary>Extracts the article from page text. <paramref name="source"/> is the path or name the user gave.</summary>
    public static Extracted Extract(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var units = Units(text);
        if (units.Count == 0)
        {
            return new Extracted.Rejected(source, Reason.Empty, $"{source}: the file has no text");
        }
        var draft = new ArticleDraft();
        int bodyStart = units.FindIndex(IsProse);
        if (bodyStart < 0)
        {
            return new Extracted.Rejected(source, Reason.NotAnArticle,
                $"{source}: no paragraph of prose found (no line of 8 or more words ending a sentence); is this a news report?");
        }
        var titleCandidates = ReadHeader(units.GetRange(0, bodyStart), draft);
        int tailStart = TailStart(units, bodyStart);
        ReadBody(units, bodyStart, tailStart, draft, titleCandidates);
        ChooseTitle(titleCandidates, draft);
        if (draft.Paragraphs.Count > 0 && draft.Title is { } title)
        {
            draft.Paragraphs.RemoveAll(p => SameText(p, title));
        }
        return draft.Build(source);
    }

    /// <summary>
    /// Lines of the page as paragraph candidates. A block of lines that are hard-wrapped prose (similar lengths, no
    /// sentence end at most line ends) is joined into one paragraph; otherwise every line is its own unit.
    /// </summary>
    internal static List<string> Units(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var units = new List<string>();
        var block = new List<string>();
        void Flush()
        {
            if (block.Count == 0)
            {
                return;
            }
            if (IsHardWrapped(block))
            {
                units.Add(string.Join(' ', block));
            }
            else
            {
                units.AddRange(block);
            }
            block.Clear();
        }
        foreach (var raw in lines)
        {
            var line = TextNormalizer.CollapseWhitespace(raw);
            if (line.Length == 0)
            {
                Flush();
            }
            else
            {
                block.Add(line);
            }
        }
        Flush();
        return units;
    }

    private static bool IsHardWrapped(List<string> block)
    {
        if (block.Count < 3)
        {
            return false;
        }
        var inner = block.Take(block.Count - 1).ToList();
        int wrappedLength = inner.Count(l => l.Length is >= 45 and <= 100);
        int openEnded = inner.Count(l => !TerminalPunctuation().IsMatch(l));
        return wrappedLength * 10 >= inner.Count * 8 && openEnded * 2 >= inner.Count;
    }

    private static string StripBullet(string unit) => BulletMarker().Replace(unit, "");

    /// <summary>A line of article prose: 8+ words ending a sentence, or 20+ words; not a date, caption or furniture.</summary>
    internal static bool IsProse(string unit)
    {
        var text = StripBullet(unit);
        int words = Boilerplate.WordCount(text);
        if (words < 8 || !text.Any(char.IsLower))
        {
            return false;
        }
        if (!TerminalPunctuation().IsMatch(text) && words < 20)
        {
            return false;
        }
        return PageText.DateLine(text) is null && !Boilerplate.IsBoilerplateLine(text) && PageText.BasedOn(text) is null;
    }

    /// <summary>Reads the header's metadata lines into the draft; returns the remaining lines that may be the title.</summary>
    private static List<string> ReadHeader(List<string> header, ArticleDraft draft)
    {
        var titles = new List<string>();
        FoundDate? updated = null;
        foreach (var unit in header)
        {
            var line = StripBullet(unit).Trim();
            if (line.Length == 0 || !line.Any(char.IsLetterOrDigit))
            {
                continue;
            }
            if (PageText.DateLine(line) is { } date)
            {
                if (date.IsUpdate)
                {
                    updated ??= date.Date;
                }
                else
                {
                    draft.OfferDate(date.Date);
                }
                continue;
            }
            if (PageText.BasedOn(line) is { } basedOn)
            {
                draft.BasedOn ??= basedOn;
                continue;
            }
            if (PageText.Source(line) is { } src)
            {
                if (src.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                {
                    draft.BasedOn ??= src;
                }
                else
                {
                    draft.OfferOutlet(Outlets.Clean(src));
                }
                continue;
            }
            if (Bylines.Parse(line) is { } byline)
            {
                draft.OfferByline(byline);
                continue;
            }
            if (Outlets.FromMasthead(line) is { } masthead)
            {
                draft.OfferOutlet(masthead);
                continue;
            }
            // The page's very first line naming a newspaper ("The Harbour Post", "Tidewater Herald") is its masthead.
            if (ReferenceEquals(unit, header[0]) && Outlets.FromNameMasthead(line) is { } name)
            {
                draft.OfferOutlet(name);
                continue;
            }
            if (Boilerplate.IsBoilerplateLine(line))
            {
                continue;
            }
            if (Boilerplate.WordCount(line) >= 3 && line.Any(char.IsLower))
            {
                titles.Add(line);
            }
        }
        if (draft.Published is null && updated is { } u)
        {
            draft.OfferDate(u);
        }
        return titles;
    }

    /// <summary>
    /// Where the page's tail of furniture begins: walking back from the end over buttons, counters, captchas, credits,
    /// appeals to the reader and short non-sentences, stopping at the first line of article prose.
    /// </summary>
    private static int TailStart(List<string> units, int bodyStart)
    {
        int i = units.Count;
        while (i > bodyStart + 1)
        {
            var line = StripBullet(units[i - 1]);
            bool tail = Boilerplate.IsBoilerplateLine(line)
                || Boilerplate.AddressesReader(line)
                || PageText.BasedOn(line) is not null
                || PageText.Source(line) is not null
                || (Boilerplate.WordCount(line) <= 4 && !TerminalPunctuation().IsMatch(line))
                || line.Trim().Equals("Thank you!", StringComparison.OrdinalIgnoreCase);
            if (!tail)
            {
                break;
            }
            i--;
        }
        return i;
    }

    private static void ReadBody(List<string> units, int bodyStart, int tailStart, ArticleDraft draft, List<string> titles)
    {
        bool first = true;
        for (int i = bodyStart; i < units.Count; i++)
        {
            var line = StripBullet(units[i]).Trim();
            if (PageText.BasedOn(line) is { } basedOn)
            {
                draft.BasedOn ??= basedOn;
                continue;
            }
            if (PageText.Source(line) is { } src && Boilerplate.WordCount(line) <= 8)
            {
                draft.BasedOn ??= src;
                continue;
            }
            if (i >= tailStart)
            {
                continue;
            }
            if (Boilerplate.IsCaption(line))
            {
                draft.Captions.Add(line);
                continue;
            }
            if (Boilerplate.IsBoilerplateLine(line) || titles.Any(t => SameText(t, line)))
            {
                continue;
            }
            if (PageText.DateLine(line) is { } date)
            {
                if (draft.Published is null && !date.IsUpdate)
                {
                    draft.OfferDate(date.Date);
                }
                continue;
            }
            if (Boilerplate.WordCount(line) <= 10 && Bylines.Parse(line) is { } byline)
            {
                draft.OfferByline(byline);
                continue;
            }
            // A byline glued to one of the opening paragraphs ("WEB DESK: ...", "Jane Doe - ..."); the lede may come first.
            if (draft.Paragraphs.Count < 3 && (first || draft.Authors.Count == 0) && PageText.BylinePrefix(line) is { } prefixed)
            {
                draft.OfferByline(prefixed.Byline);
                line = prefixed.Remainder;
            }
            first = false;
            if (draft.Dateline is null && draft.Paragraphs.Count < 3 && PageText.DatelineOf(line) is { } dateline)
            {
                draft.Dateline = dateline;
            }
            draft.Paragraphs.Add(line);
        }
    }

    /// <summary>
    /// The title: a header line printed twice (once perhaps with an "-Outlet" suffix, which then names the outlet), else
    /// the longest header line.
    /// </summary>
    private static void ChooseTitle(List<string> candidates, ArticleDraft draft)
    {
        if (candidates.Count == 0)
        {
            return;
        }
        string? title = null;
        for (int i = 0; i < candidates.Count && title is null; i++)
        {
            for (int j = 0; j < candidates.Count && title is null; j++)
            {
                if (i == j)
                {
                    continue;
                }
                if (SameText(candidates[i], candidates[j]) && i < j)
                {
                    title = candidates[i];
                }
                else if (SuffixOf(candidates[i], candidates[j]) is { } suffix)
                {
                    title = candidates[j];
                    if (Boilerplate.WordCount(suffix) <= 4)
                    {
                        draft.OfferOutlet(Outlets.Clean(suffix));
                    }
                }
            }
        }
        title ??= candidates.MaxBy(c => c.Length)!;
        if (draft.Outlet is { } outlet && TitleWithSuffix().Match(title) is { Success: true } m
            && string.Equals(m.Groups["s"].Value.Trim(), outlet, StringComparison.OrdinalIgnoreCase))
        {
            title = m.Groups["t"].Value;
        }
        draft.Title = title;
    }

    /// <summary>When <paramref name="longer"/> is <paramref name="shorter"/> plus a separator and a suffix, the suffix.</summary>
    private static string? SuffixOf(string longer, string shorter)
    {
        if (longer.Length <= shorter.Length || !longer.StartsWith(shorter, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var rest = longer[shorter.Length..].Trim();
        if (rest.Length < 3 || rest[0] is not ('-' or '|' or '–' or '—' or ':' or '•' or '·'))
        {
            return null;
        }
        var suffix = rest.TrimStart('-', '|', '–', '—', ':', '•', '·').Trim();
        return suffix.Length is >= 2 and <= 40 ? suffix : null;
    }

    private static bool SameText(string a, string b) =>
        string.Equals(TextNormalizer.CollapseWhitespace(a), TextNormalizer.CollapseWhitespace(b), StringComparison.OrdinalIgnoreCase);
}
