using System.Xml;
using System.Xml.Linq;

namespace Parallax.Extraction.Web;

/// <summary>RSS 2.0, RSS 1.0 (RDF), Atom and OPML documents as lists of the URLs they point to.</summary>
public static class Feeds
{
    /// <summary>
    /// True when <paramref name="bytes"/> is a feed or an OPML list; <paramref name="links"/> are its item links (OPML: its
    /// feeds' URLs), resolved against <paramref name="baseUrl"/>, http(s) only, without duplicates. No DTDs, no external entities.
    /// </summary>
    public static bool TryRead(byte[] bytes, Uri baseUrl, out List<Uri> links, out bool isOpml)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        links = [];
        isOpml = false;
        var head = TextDecoding.Decode(bytes.AsSpan(0, Math.Min(bytes.Length, 2048)), sniffHtml: false).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (!LooksLikeFeed(head))
        {
            return false;
        }
        XDocument doc;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersFromEntities = 1024, MaxCharactersInDocument = bytes.Length * 2L + 1024 };
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            doc = XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return false;
        }
        var root = doc.Root;
        if (root is null)
        {
            return false;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<Uri>();
        links = found;
        void Add(string? href)
        {
            if (string.IsNullOrWhiteSpace(href) || !Uri.TryCreate(baseUrl, href.Trim(), out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || !seen.Add(uri.ToString()))
            {
                return;
            }
            found.Add(uri);
        }
        switch (root.Name.LocalName.ToLowerInvariant())
        {
            case "rss":
            case "rdf":
                foreach (var item in root.Descendants().Where(e => e.Name.LocalName == "item"))
                {
                    var link = item.Elements().FirstOrDefault(e => e.Name.LocalName == "link")?.Value;
                    var guid = item.Elements().FirstOrDefault(e => e.Name.LocalName == "guid" && (string?)e.Attribute("isPermaLink") != "false")?.Value;
                    Add(string.IsNullOrWhiteSpace(link) ? guid : link);
                }
                return true;
            case "feed":
                foreach (var entry in root.Elements().Where(e => e.Name.LocalName == "entry"))
                {
                    var link = entry.Elements().Where(e => e.Name.LocalName == "link")
                        .OrderBy(e => (string?)e.Attribute("rel") is null or "alternate" ? 0 : 1)
                        .FirstOrDefault();
                    if (link is not null && (string?)link.Attribute("rel") is null or "alternate")
                    {
                        Add((string?)link.Attribute("href"));
                    }
                }
                return true;
            case "opml":
                isOpml = true;
                foreach (var outline in root.Descendants().Where(e => e.Name.LocalName == "outline"))
                {
                    Add((string?)outline.Attribute("xmlUrl") ?? (string?)outline.Attribute("url") ?? (string?)outline.Attribute("htmlUrl"));
                }
                return true;
            default:
                return false;
        }
    }

    private static bool LooksLikeFeed(string head)
    {
        int i = 0;
        // Skip the XML declaration, comments and processing instructions.
        while (i < head.Length)
        {
            int lt = head.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= head.Length)
            {
                return false;
            }
            if (head[lt + 1] is '?' or '!')
            {
                int gt = head.IndexOf('>', lt);
                if (gt < 0)
                {
                    return false;
                }
                i = gt + 1;
                continue;
            }
            var rest = head.AsSpan(lt + 1);
            return rest.StartsWith("rss", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("feed", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("opml", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("rdf:RDF", StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }
}
