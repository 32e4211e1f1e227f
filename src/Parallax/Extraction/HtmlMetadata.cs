using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Parallax.Model;

namespace Parallax.Extraction;

/// <summary>
/// Page metadata in order of trust: the page's structured data (JSON-LD NewsArticle), then meta tags (Open Graph,
/// article:*, Dublin Core, parse.ly), then visible markup (time elements, bylines, h1, title), then the URL.
/// The publication date is never the modified date.
/// </summary>
internal static partial class HtmlMetadata
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "LiveBlogPosting", "ScholarlyArticle", "TechArticle", "Report",
        "SocialMediaPosting", "WebPage", "Blog", "Posting",
    };

    private static readonly string[] PublishedMeta =
    [
        "article:published_time", "og:article:published_time", "og:published_time", "datepublished", "article.published",
        "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "dc.date.issued", "dcterms.issued",
        "dc.date", "dcterms.date", "dcterms.created", "date", "sailthru.date", "parsely-pub-date", "article_date_original",
        "cxenseparse:recs:publishtime", "originalpublicationdate", "og:pubdate", "article:published", "displaydate", "date.available",
    ];

    private static readonly string[] AuthorMeta = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl", "twitter:creator"];

    [GeneratedRegex(@"/(?<y>(?:19|20)\d\d)[/-](?<m>[01]?\d)[/-](?<d>[0-3]?\d)(?:/|-|\.|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"\b(?:author|byline|by-line|writer|contributor)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorClass();

    [GeneratedRegex(@"\b(?:publish|pubdate|posted|dateline|date|time|timestamp)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateClass();

    [GeneratedRegex(@"\s+(?:[|\-–—:•·»]|::)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex TitleSeparator();

    public static void Read(IDocument doc, string? givenUrl, ArticleDraft draft)
    {
        var meta = MetaTags(doc);
        var ld = JsonLd(doc);
        draft.StructuredBody = ld.ArticleBody;

        // URL: canonical, og:url, the address the page came from.
        var canonical = doc.QuerySelector("link[rel~='canonical']")?.GetAttribute("href");
        draft.Url = Absolute(canonical, givenUrl) ?? Absolute(Get(meta, "og:url"), givenUrl) ?? ld.Url ?? givenUrl;

        // Outlet: og:site_name, JSON-LD publisher, application name; the host name last (after the title is known).
        var outlet = Get(meta, "og:site_name") ?? ld.Publisher ?? Get(meta, "application-name") ?? Get(meta, "al:android:app_name") ?? Get(meta, "twitter:site")?.TrimStart('@');
        if (outlet is not null && outlet.Length <= 60)
        {
            draft.OfferOutlet(outlet);
        }

        // Title.
        var pageTitle = doc.Title is { } t ? TextNormalizer.CollapseWhitespace(t) : null;
        var h1 = doc.QuerySelector("h1") is { } h ? TextNormalizer.CollapseWhitespace(h.TextContent) : null;
        if (draft.Outlet is null && pageTitle is not null
            && SiteNameOfTitle(pageTitle, ld.Headline ?? Get(meta, "og:title") ?? h1, draft.Url ?? givenUrl) is { } site)
        {
            draft.OfferOutlet(site);
        }
        var title = ld.Headline ?? Get(meta, "og:title") ?? Get(meta, "twitter:title") ?? Get(meta, "dc.title") ?? Get(meta, "headline");
        if (title is null && h1 is { Length: > 0 } && pageTitle is not null && pageTitle.Contains(h1, StringComparison.OrdinalIgnoreCase))
        {
            title = h1;
        }
        title ??= pageTitle is not null ? StripSiteName(pageTitle, draft.Outlet) : h1;
        if (title is not null)
        {
            title = StripSiteName(TextNormalizer.CollapseWhitespace(title), draft.Outlet);
            draft.Title = title.Length > 0 ? title : null;
        }

        // Published: structured data, meta, itemprop/time elements, then the URL.
        FoundDate? published = DateText.ParseMachine(ld.DatePublished);
        foreach (var key in PublishedMeta)
        {
            if (published is not null)
            {
                break;
            }
            published = DateText.ParseMachine(Get(meta, key));
        }
        if (published is null)
        {
            foreach (var el in doc.QuerySelectorAll("[itemprop='datePublished'], time[pubdate], time[datetime]"))
            {
                if (el.Closest("aside, footer, nav, [class*='related'], [class*='comment']") is not null)
                {
                    continue;
                }
                var value = el.GetAttribute("datetime") ?? el.GetAttribute("content") ?? el.TextContent;
                var isPublished = el.GetAttribute("itemprop") == "datePublished" || el.HasAttribute("pubdate")
                    || (el.ClassName is { } cls && cls.Contains("publish", StringComparison.OrdinalIgnoreCase))
                    || (el.ParentElement?.ClassName is { } pcls && DateClass().IsMatch(pcls) && !pcls.Contains("updat", StringComparison.OrdinalIgnoreCase));
                var isModified = (el.ClassName ?? "").Contains("updat", StringComparison.OrdinalIgnoreCase)
                    || (el.GetAttribute("itemprop") ?? "").Contains("Modified", StringComparison.OrdinalIgnoreCase);
                if (isModified)
                {
                    continue;
                }
                if (DateText.ParseMachine(value) is { } d)
                {
                    published = d;
                    if (isPublished)
                    {
                        break;
                    }
                }
                if (published is not null)
                {
                    break;
                }
            }
        }
        if (published is null && draft.Url is { } u && UrlDate().Match(u) is { Success: true } m
            && DateTimeOffsetFromParts(m) is { } fromUrl)
        {
            published = new FoundDate(fromUrl, false, false, 0, 0);
        }
        if (published is { } p)
        {
            draft.OfferDate(p);
        }

        // Authors: JSON-LD, meta, rel=author, byline elements.
        foreach (var author in ld.Authors)
        {
            AddAuthor(draft, author);
        }
        if (draft.Authors.Count == 0)
        {
            foreach (var key in AuthorMeta)
            {
                if (Get(meta, key) is { } value && !value.Contains("://", StringComparison.Ordinal) && !value.StartsWith('@'))
                {
                    if (Bylines.FromNames(value) is { } parsed)
                    {
                        draft.OfferByline(parsed);
                    }
                }
                if (draft.Authors.Count > 0)
                {
                    break;
                }
            }
        }
        if (draft.Authors.Count == 0)
        {
            foreach (var el in doc.QuerySelectorAll("[rel~='author'], [itemprop='author'], [class*='author'], [class*='byline']"))
            {
                if (el.Closest("aside, footer, nav, [class*='related'], [class*='comment']") is not null)
                {
                    continue;
                }
                var text = TextNormalizer.CollapseWhitespace(el.TextContent);
                if (text.Length is 0 or > 120)
                {
                    continue;
                }
                var parsed = Bylines.Parse(text) ?? Bylines.FromNames(text);
                if (parsed is { Authors.Count: > 0 })
                {
                    draft.OfferByline(parsed);
                    break;
                }
            }
        }
        if (draft.Byline is null && draft.Authors.Count > 0)
        {
            draft.Byline = string.Join(", ", draft.Authors);
        }

        // Language: html lang, content-language, og:locale, JSON-LD.
        var lang = doc.DocumentElement?.GetAttribute("lang") ?? Get(meta, "content-language") ?? Get(meta, "og:locale") ?? ld.Language;
        if (lang is { Length: >= 2 } && char.IsLetter(lang[0]) && char.IsLetter(lang[1]))
        {
            draft.Language = lang[..2].ToLowerInvariant();
        }
        if (draft.Outlet is null && Article.HostOf(draft.Url) is { } host)
        {
            draft.OfferOutlet(host);
        }
    }

    private static void AddAuthor(ArticleDraft draft, string author)
    {
        var name = TextNormalizer.CollapseWhitespace(author);
        if (name.Length == 0 || name.Contains("://", StringComparison.Ordinal))
        {
            return;
        }
        var parsed = Bylines.FromNames(name);
        if (parsed is not null)
        {
            draft.OfferByline(parsed);
        }
    }

    private static DateTimeOffset? DateTimeOffsetFromParts(Match m)
    {
        int y = int.Parse(m.Groups["y"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        int mo = int.Parse(m.Groups["m"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        int d = int.Parse(m.Groups["d"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo))
        {
            return null;
        }
        return new DateTimeOffset(y, mo, d, 0, 0, 0, TimeSpan.Zero);
    }

    private static string? Absolute(string? href, string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }
        href = href.Trim();
        if (Uri.TryCreate(href, UriKind.Absolute, out var abs) && (abs.Scheme == Uri.UriSchemeHttp || abs.Scheme == Uri.UriSchemeHttps))
        {
            return abs.ToString();
        }
        if (baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var b) && Uri.TryCreate(b, href, out var rel))
        {
            return rel.ToString();
        }
        return null;
    }

    /// <summary>"Headline | Site" -> "Headline" when the part after the separator is the site's name (or short and title-cased).</summary>
    internal static string StripSiteName(string title, string? outlet)
    {
        var parts = TitleSeparator().Split(title);
        if (parts.Length < 2)
        {
            return title;
        }
        if (outlet is not null)
        {
            if (string.Equals(parts[^1].Trim(), outlet, StringComparison.OrdinalIgnoreCase))
            {
                return title[..title.LastIndexOf(parts[^1], StringComparison.Ordinal)].TrimEnd(' ', '|', '-', '–', '—', ':', '•', '·', '»');
            }
            if (string.Equals(parts[0].Trim(), outlet, StringComparison.OrdinalIgnoreCase))
            {
                return title[(title.IndexOf(parts[1], StringComparison.Ordinal))..].Trim();
            }
        }
        var last = parts[^1].Trim();
        if (parts.Length >= 2 && Boilerplate.WordCount(last) <= 4 && Boilerplate.WordCount(parts[0]) >= 4 && title.Contains(" | ", StringComparison.Ordinal))
        {
            return title[..title.LastIndexOf(parts[^1], StringComparison.Ordinal)].TrimEnd(' ', '|');
        }
        return title;
    }

    /// <summary>
    /// The site name a page title ends with ("Headline | Site", "Headline - Site"), when the host name spells it or the
    /// separator is a bar.
    /// </summary>
    private static string? SiteNameOfTitle(string pageTitle, string? headline, string? url)
    {
        var parts = TitleSeparator().Split(pageTitle);
        if (parts.Length < 2)
        {
            return null;
        }
        var last = parts[^1].Trim();
        if (Boilerplate.WordCount(last) is 0 or > 4 || (headline is not null && headline.Contains(last, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        var squashed = new string([.. last.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
        var host = Article.HostOf(url)?.ToLowerInvariant().Replace(".", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        bool hostSpellsIt = host is not null && squashed.Length >= 3 && host.Contains(squashed, StringComparison.Ordinal);
        return hostSpellsIt || (url is null && pageTitle.Contains(" | ", StringComparison.Ordinal)) ? last : null;
    }

    private static Dictionary<string, string> MetaTags(IDocument doc)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var el in doc.QuerySelectorAll("meta"))
        {
            var key = el.GetAttribute("property") ?? el.GetAttribute("name") ?? el.GetAttribute("itemprop") ?? el.GetAttribute("http-equiv");
            var value = el.GetAttribute("content");
            if (key is null || string.IsNullOrWhiteSpace(value))
            {
                continue;
            }
            meta.TryAdd(key.Trim(), TextNormalizer.CollapseWhitespace(System.Net.WebUtility.HtmlDecode(value)));
        }
        return meta;
    }

    private static string? Get(Dictionary<string, string> meta, string key) =>
        meta.TryGetValue(key, out var v) && v.Length > 0 ? v : null;

    internal sealed class LinkedData
    {
        public string? Headline { get; set; }
        public string? DatePublished { get; set; }
        public string? Publisher { get; set; }
        public string? Url { get; set; }
        public string? Language { get; set; }
        public string? ArticleBody { get; set; }
        public List<string> Authors { get; } = [];
        public int Rank { get; set; } = int.MaxValue;
    }

    private static LinkedData JsonLd(IDocument doc)
    {
        var best = new LinkedData();
        foreach (var script in doc.QuerySelectorAll("script[type='application/ld+json']"))
        {
            var json = script.TextContent;
            if (json.Length > 2_000_000)
            {
                continue;
            }
            try
            {
                using var parsed = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                Visit(parsed.RootElement, best, 0);
            }
            catch (JsonException)
            {
                // A broken JSON-LD block is common; the meta tags are the next source.
            }
        }
        return best;
    }

    private static void Visit(JsonElement element, LinkedData best, int depth)
    {
        if (depth > 8)
        {
            return;
        }
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Visit(item, best, depth + 1);
            }
            return;
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        if (element.TryGetProperty("@graph", out var graph))
        {
            Visit(graph, best, depth + 1);
        }
        var types = Types(element);
        int rank = types.Select(RankOf).DefaultIfEmpty(int.MaxValue).Min();
        if (rank < best.Rank)
        {
            var candidate = new LinkedData { Rank = rank };
            candidate.Headline = Str(element, "headline") ?? Str(element, "name");
            candidate.DatePublished = Str(element, "datePublished") ?? Str(element, "dateCreated");
            candidate.Url = Str(element, "url") ?? (element.TryGetProperty("mainEntityOfPage", out var mep) ? (mep.ValueKind == JsonValueKind.String ? mep.GetString() : Str(mep, "@id")) : null);
            candidate.Language = Str(element, "inLanguage");
            candidate.ArticleBody = element.TryGetProperty("articleBody", out var articleBody) && articleBody.ValueKind == JsonValueKind.String
                ? articleBody.GetString()
                : null;
            if (element.TryGetProperty("publisher", out var pub))
            {
                candidate.Publisher = pub.ValueKind == JsonValueKind.String ? pub.GetString() : pub.ValueKind == JsonValueKind.Object ? Str(pub, "name") : null;
            }
            if (element.TryGetProperty("author", out var author))
            {
                foreach (var a in author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToArray() : [author])
                {
                    var name = a.ValueKind == JsonValueKind.String ? a.GetString() : a.ValueKind == JsonValueKind.Object ? Str(a, "name") : null;
                    var type = a.ValueKind == JsonValueKind.Object ? Str(a, "@type") : null;
                    if (name is not null && type is not "Organization")
                    {
                        candidate.Authors.Add(name);
                    }
                    else if (name is not null)
                    {
                        candidate.Publisher ??= name;
                    }
                }
            }
            // A WebPage only fills what no article gave.
            best.Rank = rank;
            best.Headline = candidate.Headline ?? best.Headline;
            best.DatePublished = candidate.DatePublished ?? best.DatePublished;
            best.Url = candidate.Url ?? best.Url;
            best.Language = candidate.Language ?? best.Language;
            best.ArticleBody = candidate.ArticleBody ?? best.ArticleBody;
            best.Publisher = candidate.Publisher ?? best.Publisher;
            if (candidate.Authors.Count > 0)
            {
                best.Authors.Clear();
                best.Authors.AddRange(candidate.Authors);
            }
        }
        else if (rank != int.MaxValue)
        {
            best.Headline ??= Str(element, "headline");
            best.DatePublished ??= Str(element, "datePublished");
        }
        else if (types.Contains("Organization") || types.Contains("NewsMediaOrganization"))
        {
            best.Publisher ??= Str(element, "name");
        }
    }

    private static int RankOf(string type) => type switch
    {
        "NewsArticle" or "ReportageNewsArticle" or "AnalysisNewsArticle" or "OpinionNewsArticle" or "BackgroundNewsArticle" or "ReviewNewsArticle" => 0,
        "Article" or "BlogPosting" or "LiveBlogPosting" or "ScholarlyArticle" or "TechArticle" or "Report" or "SocialMediaPosting" or "Posting" => 1,
        _ when ArticleTypes.Contains(type) => 5,
        _ => int.MaxValue,
    };

    private static List<string> Types(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return [];
        }
        if (type.ValueKind == JsonValueKind.String)
        {
            return [type.GetString() ?? ""];
        }
        return type.ValueKind == JsonValueKind.Array
            ? [.. type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString() ?? "")]
            : [];
    }

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            && v.GetString() is { } s && !string.IsNullOrWhiteSpace(s)
            ? TextNormalizer.CollapseWhitespace(System.Net.WebUtility.HtmlDecode(s))
            : null;
}
