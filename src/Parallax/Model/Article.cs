namespace Parallax.Model;

/// <summary>
/// One report as extracted from its source: the clean main text and its metadata.
/// Every later annotation is a span into <see cref="Text"/>.
/// </summary>
public sealed record Article
{
    /// <summary>Stable identifier: a hash of the clean text, so the same report read twice is one article.</summary>
    public required string Id { get; init; }

    /// <summary>The path or URL as the user gave it.</summary>
    public required string Source { get; init; }

    /// <summary>The main text, paragraphs separated by a blank line.</summary>
    public required string Text { get; init; }

    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Byline { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The dateline as printed, e.g. "CAIRO, Feb. 6 (Xinhua) --", when the article opens with one.</summary>
    public string? Dateline { get; init; }

    /// <summary>The story this report says it rewrites or derives from (a URL or an outlet name).</summary>
    public string? BasedOn { get; init; }

    public string? Url { get; init; }
    public string? Language { get; init; }

    /// <summary>
    /// Where the article's own text ends: after it come the page's photo captions, kept (one a paragraph) so the
    /// names in them count as spellings of the story's entities, but read by no stage as the reporter's statements.
    /// Null when the text is all body.
    /// </summary>
    public int? BodyLength { get; init; }

    /// <summary>The article's own text, without the captions kept after it.</summary>
    public string Body => BodyLength is { } n ? Text[..n].TrimEnd() : Text;

    /// <summary>Whether a span lies in the article's own text rather than in its captions.</summary>
    public bool InBody(TextSpan span) => BodyLength is not { } n || span.End <= n;

    /// <summary>Days before publication within which a day the report names is taken as its own event's.</summary>
    public const int RecentDays = 14;

    /// <summary>Whether a day lies on or at most <see cref="RecentDays"/> before the publication day (false without a publication date).</summary>
    public bool IsRecent(DateOnly day) =>
        Published is { } p && DateOnly.FromDateTime(p.Date) is var published && day <= published && published.DayNumber - day.DayNumber <= RecentDays;

    /// <summary>Paragraph spans into <see cref="Text"/>, in order.</summary>
    public IReadOnlyList<TextSpan> Paragraphs { get; init; } = [];

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>
    /// What a reader should see for this report: the outlet when known, else the web host, else the first words
    /// of its title, else the file name.
    /// </summary>
    public string DisplayName => Outlet ?? Host ?? ShortTitle ?? System.IO.Path.GetFileName(Source);

    private string? Host => HostOf(Url);

    /// <summary>The host of a URL without "www." ("nytimes.com"), or null when it is not an absolute URL.</summary>
    public static string? HostOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return null;
        }
        var host = uri.Host;
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }

    private string? ShortTitle
    {
        get
        {
            if (string.IsNullOrWhiteSpace(Title))
            {
                return null;
            }
            var words = Title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length <= 5 ? Title : "“" + string.Join(' ', words.Take(5)) + "…”";
        }
    }

    public static string ComputeId(string text)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
