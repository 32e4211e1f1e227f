using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Parallax.Extraction;

/// <summary>
/// Main text and metadata of an HTML page, for any site and without per-site rules.
/// <para>
/// The page is cut into text blocks (the inline text between block-level boundaries), each classified by its length,
/// link density and punctuation as content, furniture or neutral. The article is the element whose blocks give the
/// most content text net of furniture text (a maximum-subtree search, in the spirit of Readability's candidate scoring
/// and jusText's block classes). Inside it, furniture is dropped, neutral blocks (short lines, list items, headings)
/// are kept when content surrounds them, and bylines and date lines become metadata.
/// </para>
/// </summary>
public static partial class HtmlExtractor
{
    /// <summary>Nesting deeper than this is not parsed into a DOM (AngleSharp and tree walks recurse): the page is read as text instead.</summary>
    public const int MaxNesting = 2000;

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false, IsKeepingSourceReferences = false });

    private static readonly HashSet<string> SkipTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio",
        "picture", "img", "button", "select", "option", "textarea", "input", "nav", "aside", "footer", "header", "figure",
        "figcaption", "dialog", "menu", "head", "title", "meta", "link", "label", "source", "track", "map", "area", "rt", "rp",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "tbody", "thead", "tfoot", "caption", "form", "fieldset", "address",
        "details", "summary", "body", "center", "hr", "hgroup",
    };

    private static readonly HashSet<string> SkipRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "complementary", "banner", "contentinfo", "dialog", "alertdialog", "menu", "menubar", "search", "toolbar", "tablist",
    };

    // Class and id tokens of page furniture. A token that also names the main content ("article-body") is not furniture.
    [GeneratedRegex(@"comment(?!ary)|disqus|share|sharing|social|related|recommend|promo|advert|sponsor|newsletter|subscri|cookie|consent|gdpr|banner|popup|modal|breadcrumb|pagination|^pager(?:$|[-_])|sidebar|^widget|footer|masthead|menu|navbar|^nav|toolbar|tagcloud|^tags?$|tag-list|taglist|outbrain|taboola|byline|author-bio|caption|credit|signup|sign-up|login|paywall-prompt|most-?popular|most-?read|trending|teaser|excerpt|read-?more|autor|author|about-?(?:the-?)?author|more-?from|recirc|similar|kommentar|werbung|anzeige|more-?stories|also-?read|see-?also|jump|skip|print|^(?:is-|u-)?hidden$|sr-only|visually-?hidden|screen-?reader|offscreen|overlay|lightbox|carousel|slider|ticker|rating|poll|survey|donate|app-?promo|inline-?link|rail|^ad$|^ads$|^ad[-_]|[-_]ad$|[-_]ads$|adslot|ad-?unit|ad-?container|adsense|dfp|gpt-|^infobox|contributor|(?:^|[-_])bio(?:$|[-_])|^(?:post-?)?categor(?:y|ies)$|^topics$|breaking-?news-?bar|^related", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurnitureToken();

    [GeneratedRegex(@"^(?:(?:has|with|no|show)-?)?ads?(?:$|-)|hidden|sticky|visible", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StateModifier();

    [GeneratedRegex(@"(?:^|[\s_-])(?:comments?|comment-?list|commentlist|disqus|respond|replies)(?:$|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentToken();

    [GeneratedRegex(@"article|content|body|main|story|entry|post-?text|text|prose|rich-?text", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentToken();

    // Headings that open what follows an article, in English, German, French, Spanish and Italian.
    [GeneratedRegex(@"^\W*(?:\d+\s+)?(?:comments?|leave a (?:comment|reply)|join the (?:conversation|discussion)|related(?: articles| stories| posts| news| content| coverage)?|more (?:from|on|about|stories|news)\b.*|you (?:may|might) also (?:like|enjoy)|recommended(?: for you)?|read (?:more|next|also)|about the authors?|share this(?: article| story)?|tags|topics|kommentare?|\d+ kommentare|ähnliche (?:beiträge|artikel)|das könnte (?:sie|dich) auch interessieren|weitere (?:artikel|beiträge|themen)|mehr zum thema|über (?:den|die) autor(?:in)?|verwandte (?:artikel|beiträge)|commentaires?|articles? similaires|sur le même sujet|à lire aussi|lire aussi|comentarios|artículos relacionados|noticias relacionadas|commenti|articoli correlati|leggi anche)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndMarker();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"[.!?…:;""”’)\]。！？」』]$", RegexOptions.CultureInvariant)]
    private static partial Regex TerminalPunctuation();

    [GeneratedRegex(@"\n\s*\n", RegexOptions.CultureInvariant)]
    private static partial Regex DoubleBreak();

    /// <summary>Extracts the article from an HTML string.</summary>
    /// <param name="html">The page.</param>
    /// <param name="source">The path or URL as the user gave it.</param>
    /// <param name="url">The page's address when known (for relative canonical links and the host as outlet).</param>
    public static Extracted Extract(string html, string source, string? url = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (string.IsNullOrWhiteSpace(html))
        {
            return new Extracted.Rejected(source, Reason.Empty, $"{source}: the page is empty");
        }
        if (EstimateNesting(html) > MaxNesting)
        {
            // A DOM this deep would exhaust the stack of any recursive walk: read the page's text without a tree, and
            // its metadata from the head alone when that is shallow.
            var head = HeadMetadata(html, url);
            return TextPageExtractor.Extract(StripTags(html), source) switch
            {
                Extracted.Ok ok => ok with
                {
                    Article = ok.Article with
                    {
                        Title = head?.Title ?? ok.Article.Title,
                        Outlet = head?.Outlet ?? ok.Article.Outlet,
                        Published = head?.Published?.Value ?? ok.Article.Published,
                        Byline = head?.Byline ?? ok.Article.Byline,
                        Authors = head is { Authors.Count: > 0 } ? [.. head.Authors] : ok.Article.Authors,
                        Url = url ?? head?.Url ?? ok.Article.Url,
                        Language = head?.Language ?? ok.Article.Language,
                    },
                },
                var other => other,
            };
        }
        ct.ThrowIfCancellationRequested();
        using var doc = Parser.ParseDocument(html);
        ct.ThrowIfCancellationRequested();
        var draft = new ArticleDraft();
        HtmlMetadata.Read(doc, url, draft);
        if (doc.Body is null)
        {
            return new Extracted.Rejected(source, Reason.NotAnArticle, $"{source}: the page has no body");
        }
        var blocks = Blocks(doc.Body, ct);
        var root = ChooseRoot(blocks, out var scores);
        if (root is null && PromoteProse(blocks))
        {
            root = ChooseRoot(blocks, out scores);
        }
        if (root is null)
        {
            if (UseStructuredBody(draft))
            {
                return draft.Build(source);
            }
            return new Extracted.Rejected(source, Reason.NotAnArticle,
                $"{source}: no article text found (no paragraph of prose outside navigation and link lists)");
        }
        root = ContainerOf(root);
        Emit(blocks, WithContentSiblings(root, scores), draft);
        UseStructuredBody(draft);
        if (draft.Published is null && VisibleDate(blocks, root) is { } visible)
        {
            draft.OfferDate(visible);
        }
        return draft.Build(source);
    }

    /// <summary>
    /// Why the extractor chose what it chose: every text block with its class, link density, whether it lies in the chosen
    /// element and whether it was kept. For users tuning their own pages and for developers.
    /// </summary>
    public static IEnumerable<string> Explain(string html, CancellationToken ct = default)
    {
        using var doc = Parser.ParseDocument(html);
        if (doc.Body is null)
        {
            yield break;
        }
        var skips = new List<string>();
        var blocks = Blocks(doc.Body, ct, (element, reason) =>
        {
            int chars = element.TextContent.Length;
            if (chars >= 40 && element.LocalName is not ("script" or "style" or "noscript" or "template" or "svg"))
            {
                skips.Add($"skipped ({reason}): <{element.LocalName} class='{element.ClassName}' id='{element.Id}'> {chars} chars");
            }
        });
        var root = ChooseRoot(blocks);
        yield return $"chosen: <{root?.LocalName} class='{root?.ClassName}' id='{root?.Id}'>";
        foreach (var skip in skips)
        {
            yield return skip;
        }
        var inside = root is null ? [] : blocks.Where(b => b.Container == root || root.Contains(b.Container)).ToList();
        int firstContent = inside.FindIndex(b => b.Kind == Kind.Content);
        foreach (var b in blocks)
        {
            int i = inside.IndexOf(b);
            var mark = i < 0 ? "   " : Keep(inside, i, firstContent) ? "[+]" : "[-]";
            var text = b.Text.Length > 300 ? b.Text[..300] + "…" : b.Text;
            yield return $"{mark} {b.Kind,-9} ld={b.LinkDensity:F2} w={b.Words,4} <{b.Container.LocalName}.{b.Container.ClassName}> {text}";
        }
    }

    internal enum Kind { Content, Furniture, Neutral, Heading }

    internal sealed class Block
    {
        public required IElement Container { get; init; }
        public required string Text { get; init; }
        public int LinkChars { get; init; }
        public bool Bold { get; init; }
        public Kind Kind { get; set; }
        public bool ListItem { get; init; }
        public bool HeadingTag { get; init; }

        /// <summary>Inside an article's own header: its short lines are bylines, dates and labels, kept only as metadata.</summary>
        public bool InHeader { get; init; }
        public int Words { get; set; }
        public double LinkDensity => Text.Length == 0 ? 0 : Math.Min(1.0, (double)LinkChars / Text.Length);
    }

    /// <summary>Cuts the body into text blocks in document order, skipping furniture subtrees. Iterative: no recursion.</summary>
    internal static List<Block> Blocks(IElement body, CancellationToken ct, Action<IElement, string>? skipped = null)
    {
        var paragraphs = TextCounts(body, out int totalParagraphs);
        var blocks = new List<Block>();
        var stack = new Stack<(INode Node, bool Closing)>();
        var containers = new Stack<IElement>();
        containers.Push(body);
        var text = new StringBuilder();
        int linkDepth = 0, boldDepth = 0, headerDepth = 0, linkChars = 0, boldChars = 0, steps = 0;

        void Flush()
        {
            if (text.Length == 0)
            {
                return;
            }
            var raw = text.ToString();
            var container = containers.Peek();
            var pieces = DoubleBreak().Split(raw);
            double linkShare = raw.Length == 0 ? 0 : (double)linkChars / raw.Length;
            bool allBold = boldChars * 10 >= raw.Trim().Length * 9;
            foreach (var piece in pieces)
            {
                var clean = TextNormalizer.CollapseWhitespace(piece);
                if (clean.Length == 0)
                {
                    continue;
                }
                var tag = container.LocalName;
                blocks.Add(new Block
                {
                    Container = container,
                    Text = clean,
                    LinkChars = (int)Math.Round(linkShare * clean.Length),
                    Bold = allBold && pieces.Length == 1,
                    ListItem = tag is "li" or "dd" or "dt" or "tr",
                    HeadingTag = tag.Length == 2 && tag[0] == 'h' && tag[1] is >= '1' and <= '6',
                    InHeader = headerDepth > 0,
                });
            }
            text.Clear();
            linkChars = 0;
            boldChars = 0;
        }

        stack.Push((body, false));
        while (stack.Count > 0)
        {
            if (++steps % 4096 == 0)
            {
                ct.ThrowIfCancellationRequested();
            }
            var (node, closing) = stack.Pop();
            if (closing)
            {
                var el = (IElement)node;
                var name = el.LocalName;
                if (BlockTags.Contains(name))
                {
                    Flush();
                    containers.Pop();
                }
                else if (name == "a")
                {
                    linkDepth--;
                }
                else if (name is "b" or "strong")
                {
                    boldDepth--;
                }
                else if (name == "header")
                {
                    Flush();
                    headerDepth--;
                }
                else if (name is "td" or "th")
                {
                    text.Append(' '); // cells of a row are one line
                }
                continue;
            }
            if (node.NodeType == NodeType.Text)
            {
                var data = node.TextContent;
                if (data.Length == 0)
                {
                    continue;
                }
                // Source line breaks are spaces; only <br> makes a line break.
                int before = text.Length;
                foreach (char c in data)
                {
                    // Soft hyphens and zero-width spaces are hints for line breaking, not text ("Wäh\u00ADrend" is "Während").
                    if (c is '\u00AD' or '\u200B' or '\uFEFF')
                    {
                        continue;
                    }
                    text.Append(c is '\n' or '\r' or '\t' ? ' ' : c);
                }
                int added = text.Length - before;
                // A link that shows its own address ("http://amzn.to/...") is part of the text, not navigation.
                if (linkDepth > 0 && !LooksLikeAddress(data))
                {
                    linkChars += added;
                }
                if (boldDepth > 0)
                {
                    boldChars += data.Trim().Length;
                }
                continue;
            }
            if (node is not IElement element)
            {
                continue;
            }
            var tagName = element.LocalName;
            if (tagName == "br")
            {
                text.Append('\n');
                continue;
            }
            if (element != body && SkipReason(element, paragraphs, totalParagraphs) is { } reason)
            {
                skipped?.Invoke(element, reason);
                continue;
            }
            bool block = BlockTags.Contains(tagName);
            if (block && element != body)
            {
                Flush();
                containers.Push(element);
            }
            else if (block)
            {
                // The body is already the outermost container; balance the pop at its end.
                containers.Push(element);
            }
            if (tagName == "a")
            {
                linkDepth++;
            }
            else if (tagName is "b" or "strong")
            {
                boldDepth++;
            }
            else if (tagName == "header")
            {
                Flush();
                headerDepth++;
            }
            stack.Push((element, true));
            var children = element.ChildNodes;
            for (int i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], false));
            }
        }
        Flush();
        foreach (var b in blocks)
        {
            Classify(b);
        }
        return blocks;
    }

    /// <summary>
    /// How many characters of text outside links each element holds (scripts and styles aside): a furniture-looking
    /// wrapper ("widget Blog", "sliderBox") that holds much of the page's text is the page, not furniture.
    /// </summary>
    private static Dictionary<IElement, int> TextCounts(IElement body, out int total)
    {
        // One post-order pass: an element's count is its own text plus its children's, added to its parent when it closes.
        var counts = new Dictionary<IElement, int>();
        var stack = new Stack<(INode Node, bool Closing)>();
        int linkDepth = 0;
        stack.Push((body, false));
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (node is IElement el)
            {
                if (closing)
                {
                    if (el.LocalName == "a")
                    {
                        linkDepth--;
                    }
                    if (el.ParentElement is { } parent && counts.TryGetValue(el, out var own))
                    {
                        counts[parent] = counts.GetValueOrDefault(parent) + own;
                    }
                    continue;
                }
                if (el.LocalName is "script" or "style" or "noscript" or "template" or "svg" or "select" or "option" or "button" or "textarea" or "rt" or "rp")
                {
                    continue;
                }
                if (el.LocalName == "a")
                {
                    linkDepth++;
                }
                stack.Push((el, true));
                var children = el.ChildNodes;
                for (int i = children.Length - 1; i >= 0; i--)
                {
                    stack.Push((children[i], false));
                }
                continue;
            }
            if (node.NodeType != NodeType.Text || linkDepth > 0 || node.ParentElement is not { } holder)
            {
                continue;
            }
            int length = 0;
            foreach (char c in node.TextContent)
            {
                if (!char.IsWhiteSpace(c))
                {
                    length++;
                }
            }
            if (length > 0)
            {
                counts[holder] = counts.GetValueOrDefault(holder) + length;
            }
        }
        total = counts.GetValueOrDefault(body);
        return counts;
    }

    private static bool LooksLikeAddress(string text)
    {
        var t = text.AsSpan().Trim();
        return t.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || t.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Why an element's subtree is not read (a skipped tag, hidden, a furniture role or name), or null when it is read.</summary>
    private static string? SkipReason(IElement element, Dictionary<IElement, int> paragraphs, int totalParagraphs)
    {
        var name = element.LocalName;
        if (name == "header" && InArticle(element))
        {
            // An article's own header holds its title, standfirst and byline, not the site's masthead.
            return null;
        }
        if (SkipTags.Contains(name))
        {
            // Structural furniture (header, aside, nav, footer, figure) that wraps most of the page's paragraphs is the page.
            return name is "header" or "aside" or "nav" or "footer" or "figure" or "menu" or "dialog" && HoldsTheText(element, paragraphs, totalParagraphs)
                ? null
                : "tag";
        }
        if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true")
        {
            return "hidden";
        }
        if (element.GetAttribute("role") is { } role && SkipRoles.Contains(role) && !HoldsTheText(element, paragraphs, totalParagraphs))
        {
            return "role";
        }
        if (element.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style))
        {
            return "hidden style";
        }
        if (name is "body" or "html" or "article" or "main" or "p" or "a")
        {
            return null;
        }
        if (IsCommentName(element.ClassName) || IsCommentName(element.Id))
        {
            return "comment name";
        }
        return (IsFurnitureName(element.ClassName) || IsFurnitureName(element.Id)) && !HoldsTheText(element, paragraphs, totalParagraphs)
            ? "furniture name"
            : null;
    }

    private static bool InArticle(IElement element)
    {
        for (var el = element.ParentElement; el is not null; el = el.ParentElement)
        {
            if (el.LocalName is "article" or "main")
            {
                return true;
            }
        }
        return false;
    }

    // 0.3: a wrapper holding under 30% of the page's text outside links is furniture by its name; tuned on scrapinghub-dev
    // (wrappers named "sliderBox", "widget Blog"), see eval/README.md.
    private static bool HoldsTheText(IElement element, Dictionary<IElement, int> textCounts, int total)
    {
        int count = textCounts.GetValueOrDefault(element);
        return count >= 200 && count >= total * 0.3;
    }

    private static bool IsCommentName(string? names) =>
        !string.IsNullOrEmpty(names) && CommentToken().IsMatch(names);

    private static readonly char[] ClassSeparators = [' ', '\t', '\n', '\r', '\f'];

    // Class and id strings repeat across elements and pages ("col-md-4", "item"): each is tokenised and matched once.
    // One per thread: no locks on the hot path.
    [ThreadStatic]
    private static Dictionary<string, bool>? furnitureNames;

    private const int FurnitureNamesKept = 50_000;

    private static bool IsFurnitureName(string? names)
    {
        if (string.IsNullOrEmpty(names))
        {
            return false;
        }
        var cache = furnitureNames ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (cache.TryGetValue(names, out bool known))
        {
            return known;
        }
        bool furniture = MatchFurnitureName(names);
        if (cache.Count >= FurnitureNamesKept)
        {
            cache.Clear();
        }
        cache[names] = furniture;
        return furniture;
    }

    private static bool MatchFurnitureName(string names)
    {
        foreach (var whole in names.Split(ClassSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            // A BEM modifier naming advertisements or a hidden state describes the block, not what it is: "section--ads" is a
            // section that carries advertisements, "field--label-hidden" a field whose label is hidden.
            int modifier = whole.IndexOf("--", StringComparison.Ordinal);
            var token = modifier > 0 && StateModifier().IsMatch(whole.AsSpan(modifier + 2)) ? whole[..modifier] : whole;
            if (IsFurnitureToken(token))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A class token names furniture when a furniture word comes after any content word in it: the last part of a compound
    /// name says what the element is ("ArticlePage-authorInfo" is an author box, "article-related" a list of links), while
    /// "related-content" or "sidebar-text" keep the benefit of the doubt.
    /// </summary>
    private static bool IsFurnitureToken(string token)
    {
        int furniture = -1;
        bool lead = false;
        for (var m = FurnitureToken().Match(token); m.Success; m = m.NextMatch())
        {
            furniture = m.Index;
            lead = m.Value.StartsWith("teaser", StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith("excerpt", StringComparison.OrdinalIgnoreCase);
        }
        if (furniture < 0)
        {
            return false;
        }
        int content = -1;
        for (var m = ContentToken().Match(token); m.Success; m = m.NextMatch())
        {
            content = m.Index;
        }
        // An article's own teaser or excerpt ("entry-excerpt", "article-teaser") is its standfirst.
        return lead ? content < 0 : furniture > content;
    }

    private static void Classify(Block b)
    {
        // Ideographic scripts write no spaces: each character counts as a word.
        int words = Boilerplate.WordCount(b.Text);
        foreach (char c in b.Text)
        {
            if (IsIdeographic(c))
            {
                words++;
            }
        }
        b.Words = words;
        if (b.HeadingTag || (b.Bold && words <= 14 && !b.Text.EndsWith('.')))
        {
            b.Kind = b.LinkDensity > 0.5 ? Kind.Furniture : Kind.Heading;
            return;
        }
        // A sentence-long paragraph may carry many links (inline references); a short linked line is navigation.
        bool sentence = words >= 12 && TerminalPunctuation().IsMatch(b.Text);
        if (b.LinkDensity > (sentence ? 0.7 : 0.5) || (b.LinkDensity > 0.3 && words < 25 && !sentence) || (words <= 80 && Boilerplate.IsBoilerplateLine(b.Text)))
        {
            b.Kind = Kind.Furniture;
            return;
        }
        if ((words >= 10 && TerminalPunctuation().IsMatch(b.Text)) || words >= 25)
        {
            b.Kind = Kind.Content;
            return;
        }
        b.Kind = Kind.Neutral;
    }

    // 0.75: furniture text counts three quarters of its length against an element; best F1 on trafilatura-eval (0.9020 vs
    // 0.9013 at 1.0 and 0.9026 at 0.5, which lost 0.002 on scrapinghub-dev). See eval/README.md.
    private const double FurnitureWeight = 0.75;

    private static bool IsIdeographic(char c) => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF';

    private static double Value(Block b) => b.Kind switch
    {
        Kind.Content => b.Text.Length * (1 - b.LinkDensity),
        Kind.Furniture => -FurnitureWeight * b.Text.Length,
        Kind.Neutral => 0,
        _ => 0,
    };

    /// <summary>
    /// A date printed near the article when the page's metadata gives none: the first date in a short line before or at
    /// the start of the chosen element ("Veröffentlicht am 16.08.2019", "Posted on March 3, 2020 by ..."), not an update.
    /// </summary>
    private static FoundDate? VisibleDate(List<Block> blocks, IElement root)
    {
        int firstInRoot = blocks.FindIndex(b => b.Container == root || root.Contains(b.Container));
        if (firstInRoot < 0)
        {
            return null;
        }
        int firstContent = blocks.FindIndex(firstInRoot, b => b.Kind == Kind.Content);
        int end = Math.Min(blocks.Count, (firstContent < 0 ? firstInRoot : firstContent) + 3);
        for (int i = Math.Max(0, firstInRoot - 15); i < end; i++)
        {
            var b = blocks[i];
            if (b.Words > 25 || UpdatedWord().IsMatch(b.Text))
            {
                continue;
            }
            if (DateText.FindFirst(b.Text) is { } date && date.Value.Year <= DateTime.UtcNow.Year + 1)
            {
                return date;
            }
        }
        return null;
    }

    [GeneratedRegex(@"\b(?:updated|modified|aktualisiert|mis à jour|actualizado|aggiornato)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdatedWord();

    /// <summary>
    /// A page with no block of prose by the usual measure (short posts, lines without full stops): its longer unlinked
    /// neutral lines count as content. Returns whether any was promoted.
    /// </summary>
    private static bool PromoteProse(List<Block> blocks)
    {
        bool any = false;
        foreach (var b in blocks)
        {
            if (b.Kind == Kind.Neutral && b.Words >= 5 && b.LinkDensity < 0.3)
            {
                b.Kind = Kind.Content;
                any = true;
            }
        }
        return any;
    }

    /// <summary>The element whose blocks sum to the most content net of furniture.</summary>
    internal static IElement? ChooseRoot(List<Block> blocks) => ChooseRoot(blocks, out _);

    internal static IElement? ChooseRoot(List<Block> blocks, out Dictionary<IElement, double> scores)
    {
        scores = [];
        foreach (var b in blocks)
        {
            double v = Value(b);
            if (v == 0)
            {
                continue;
            }
            for (var el = b.Container; el is not null; el = el.ParentElement)
            {
                scores[el] = scores.GetValueOrDefault(el) + v;
            }
        }
        IElement? best = null;
        double bestScore = 0;
        foreach (var (el, score) in scores)
        {
            if (score > bestScore || (score == bestScore && best is not null && best.Contains(el)))
            {
                best = el;
                bestScore = score;
            }
        }
        return best;
    }

    // 3: the structured body replaces the visible text when it holds over three times as many words. Only this value was
    // tried: on trafilatura-eval it changes 2 of the 61 pages that carry an articleBody (F1 0.9235 -> 0.9238), none on
    // scrapinghub-dev; see eval/README.md.
    private const int StructuredBodyFactor = 3;

    /// <summary>
    /// Pages drawn by scripts show little or no text in their markup but give the article in their JSON-LD articleBody: when
    /// that holds far more words than the visible text (at least 50), it is the article. Returns whether it was used.
    /// </summary>
    private static bool UseStructuredBody(ArticleDraft draft)
    {
        if (draft.StructuredBody is not { } structured)
        {
            return false;
        }
        var paragraphs = JsonArticles.SplitParagraphs(System.Net.WebUtility.HtmlDecode(StripTags(structured))).ToList();
        int words = paragraphs.Sum(p => Boilerplate.WordCount(p));
        int visible = draft.Paragraphs.Sum(p => Boilerplate.WordCount(p));
        if (words < 50 || words <= visible * StructuredBodyFactor)
        {
            return false;
        }
        // A visible standfirst that the structured body leaves out stays in front of it.
        var joined = string.Join(" ", paragraphs);
        var lead = draft.Paragraphs.Where(p => !joined.Contains(p, StringComparison.Ordinal)).ToList();
        draft.Paragraphs.Clear();
        draft.Paragraphs.AddRange(lead);
        draft.Paragraphs.AddRange(paragraphs);
        return true;
    }

    /// <summary>
    /// A single paragraph, list item or quotation is not an article: its text scores alone because the lines around it are
    /// short (a poem, an address, a list of dates). The article is the container that holds it, as in Readability, whose
    /// candidates are the parents of paragraphs.
    /// </summary>
    private static IElement ContainerOf(IElement root)
    {
        var el = root;
        while (el.LocalName is "p" or "li" or "dd" or "dt" or "td" or "th" or "tr" or "blockquote" or "pre" or "span" or "font" or "em" or "i" or "b" or "strong"
            && el.ParentElement is { } parent && parent.LocalName != "html")
        {
            el = parent;
        }
        return el;
    }

    // 0.1: siblings scoring at least a tenth of the chosen element join it; best F1 on trafilatura-eval (0.9013 vs 0.9007
    // without the pass; 0.25 and 0.5 gave 0.9011), no change on scrapinghub-dev. See eval/README.md.
    private const double SiblingShare = 0.1;

    /// <summary>
    /// The chosen element and those of its siblings that hold text of their own worth a share of it (an article split
    /// into sibling containers around an advertisement or a gallery), in the manner of Readability's sibling pass.
    /// </summary>
    private static List<IElement> WithContentSiblings(IElement root, Dictionary<IElement, double> scores)
    {
        var roots = new List<IElement> { root };
        if (root.ParentElement is not { } parent || !scores.TryGetValue(root, out var best))
        {
            return roots;
        }
        foreach (var sibling in parent.Children)
        {
            if (sibling != root && scores.TryGetValue(sibling, out var score) && score >= best * SiblingShare && score >= 150)
            {
                roots.Add(sibling);
            }
        }
        return roots;
    }

    /// <summary>Writes the chosen elements' article blocks into the draft, in document order.</summary>
    private static void Emit(List<Block> blocks, List<IElement> roots, ArticleDraft draft)
    {
        var inside = blocks.Where(b => roots.Any(root => b.Container == root || root.Contains(b.Container))).ToList();
        int firstContent = inside.FindIndex(b => b.Kind == Kind.Content);
        for (int i = 0; i < inside.Count; i++)
        {
            var b = inside[i];
            // A heading such as "Comments", "Related articles" or "About the author" after the text ends the article.
            if (i > firstContent && firstContent >= 0 && b.Kind != Kind.Content && b.Words <= 8 && EndMarker().IsMatch(b.Text))
            {
                if (!IsInlineBox(inside, i))
                {
                    break;
                }
                continue;
            }
            if (!Keep(inside, i, firstContent))
            {
                continue;
            }
            var text = b.Text;
            if (draft.Title is { } title && b.Kind is Kind.Heading or Kind.Neutral && string.Equals(text, title, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (b.InHeader && b.Kind == Kind.Neutral)
            {
                if (PageText.DateLine(text) is { Date: var headerDate, IsUpdate: false } && draft.Published is null)
                {
                    draft.OfferDate(headerDate);
                }
                else if (b.Words <= 12 && Bylines.Parse(text) is { } headerByline)
                {
                    draft.OfferByline(headerByline);
                }
                continue;
            }
            if (b.Kind is Kind.Neutral or Kind.Heading && b.Words <= 12)
            {
                if (PageText.DateLine(text) is { } date)
                {
                    if (draft.Published is null && !date.IsUpdate)
                    {
                        draft.OfferDate(date.Date);
                    }
                    continue;
                }
                if (Bylines.Parse(text) is { } byline)
                {
                    draft.OfferByline(byline);
                    continue;
                }
            }
            if (PageText.BasedOn(text) is { } basedOn)
            {
                draft.BasedOn ??= basedOn;
                continue;
            }
            if (draft.Paragraphs.Count == 0 && PageText.BylinePrefix(text) is { } prefixed)
            {
                draft.OfferByline(prefixed.Byline);
                text = prefixed.Remainder;
            }
            if (draft.Dateline is null && draft.Paragraphs.Count < 3 && PageText.DatelineOf(text) is { } dateline)
            {
                draft.Dateline = dateline;
            }
            draft.Paragraphs.Add(text);
        }
        // The article's last lines may be the page's: an app or newsletter offer, a support appeal, a rights notice.
        for (int dropped = 0; dropped < 3 && draft.Paragraphs.Count > 1 && Boilerplate.IsTailBoilerplate(draft.Paragraphs[^1]); dropped++)
        {
            draft.Paragraphs.RemoveAt(draft.Paragraphs.Count - 1);
        }
    }

    /// <summary>
    /// A "Related" or "Read more" heading over a list of links with the article's prose after it: a box set into the text,
    /// not the end of the article. A heading followed by anything else (a comment's name and date, text) ends the article.
    /// </summary>
    private static bool IsInlineBox(List<Block> blocks, int marker)
    {
        int links = 0;
        for (int j = marker + 1; j < blocks.Count; j++)
        {
            switch (blocks[j].Kind)
            {
                case Kind.Furniture when blocks[j].LinkDensity > 0.5:
                    links++;
                    break;
                case Kind.Content:
                    return links > 0;
                default:
                    return false;
            }
        }
        return false;
    }

    /// <summary>Content blocks stay; furniture goes; headings stay when content follows; neutral blocks stay between content.</summary>
    private static bool Keep(List<Block> blocks, int i, int firstContent)
    {
        var b = blocks[i];
        switch (b.Kind)
        {
            case Kind.Content:
                return true;
            case Kind.Furniture:
                return false;
            case Kind.Heading:
                // Headings other than the title stay unless nothing follows them: F1 0.9027 vs 0.9020 (only before text) on
                // trafilatura-eval, 0.9678 vs 0.9681 on scrapinghub-dev.
                // A short heading over links only ("Further reading", "Mehr Themen:") heads a box, not the text; a longer bold
                // line there ("A question often asked: lease or loan?") is the text's own. Dropping headings of up to 8 words
                // (heading tags) or 4 words (bold lines): F1 0.9158 vs 0.9154 (none dropped) on trafilatura-eval, 0.9715 vs
                // 0.9713 on scrapinghub-dev.
                return b.Container.LocalName != "h1" && i + 1 < blocks.Count && (b.Words > (b.HeadingTag ? 8 : 4) || FollowedByText(blocks, i));
            default:
                // Short lines before the text (event details, ingredients, a standfirst) stay; dates and bylines among them
                // become metadata in Emit. Keeping them: F1 0.8977 vs 0.8954 on trafilatura-eval, 0.9675 vs 0.9673 on scrapinghub-dev.
                // Inside the chosen element, short lines after the text began are kept (list items, table rows, short
                // paragraphs): keeping them gave F1 0.9675 vs 0.9604 (text on both sides) on scrapinghub-dev, equal on trafilatura.
                return true;
        }
    }

    /// <summary>Whether the first block after a heading (and its subheadings) is text rather than furniture or nothing.</summary>
    private static bool FollowedByText(List<Block> blocks, int heading)
    {
        for (int j = heading + 1; j < blocks.Count; j++)
        {
            if (blocks[j].Kind != Kind.Heading)
            {
                return blocks[j].Kind != Kind.Furniture;
            }
        }
        return false;
    }

    /// <summary>The metadata of a page's head (title, date, outlet, authors, address), parsed alone; null without a shallow head.</summary>
    private static ArticleDraft? HeadMetadata(string html, string? url)
    {
        int end = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        if (end < 0 || EstimateNesting(html[..end]) > MaxNesting)
        {
            return null;
        }
        using var doc = Parser.ParseDocument(html[..(end + "</head>".Length)]);
        var draft = new ArticleDraft();
        HtmlMetadata.Read(doc, url, draft);
        return draft;
    }

    /// <summary>
    /// An estimate of element nesting from the markup alone: opening tags minus the closing tags that close one of them,
    /// ignoring void elements and elements whose end tag is optional (p, li, td, ...) both ways. A closing tag closes
    /// only an element of its name still open, so stray ones (`&lt;div&gt;&lt;p&gt;x&lt;/p&gt;`, `&lt;/span&gt;`
    /// with no span) cannot hide unclosed elements. Cheap, and safe against pages built to exhaust a parser's stack.
    /// </summary>
    internal static int EstimateNesting(string html)
    {
        int depth = 0, max = 0;
        int i = 0;
        var open = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lookup = open.GetAlternateLookup<ReadOnlySpan<char>>();
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            char next = html[i + 1];
            if (next == '/')
            {
                int nameEnd = i + 2;
                while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
                {
                    nameEnd++;
                }
                if (lookup.TryGetValue(html.AsSpan(i + 2, nameEnd - i - 2), out int count) && count > 0)
                {
                    lookup[html.AsSpan(i + 2, nameEnd - i - 2)] = count - 1;
                    depth--;
                }
                i = nameEnd;
                continue;
            }
            if (!char.IsAsciiLetter(next))
            {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '-'))
            {
                end++;
            }
            var name = html.AsSpan(i + 1, end - i - 1);
            int close = html.IndexOf('>', end);
            bool selfClosing = close > 0 && html[close - 1] == '/';
            if (!selfClosing && !IsVoidOrOptional(name))
            {
                lookup[name] = lookup.TryGetValue(name, out int count) ? count + 1 : 1;
                depth++;
                max = Math.Max(max, depth);
            }
            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                int endTag = html.IndexOf("</", close < 0 ? end : close, StringComparison.Ordinal);
                i = endTag < 0 ? html.Length : endTag;
                continue;
            }
            i = close < 0 ? html.Length : close + 1;
        }
        return max;
    }

    private static bool IsVoidOrOptional(ReadOnlySpan<char> name)
    {
        Span<char> lower = stackalloc char[Math.Min(name.Length, 16)];
        if (name.Length > 16)
        {
            return false;
        }
        name.ToLowerInvariant(lower);
        return lower switch
        {
            "br" or "img" or "meta" or "link" or "input" or "hr" or "area" or "base" or "col" or "embed" or "source" or "track" or "wbr"
                or "param" or "keygen" or "p" or "li" or "td" or "th" or "tr" or "dt" or "dd" or "option" or "optgroup" or "tbody" or "thead"
                or "tfoot" or "colgroup" or "rp" or "rt" or "html" or "head" or "body" => true,
            _ => false,
        };
    }

    /// <summary>The text of markup without a DOM: block-level tags become line breaks, scripts and styles are dropped.</summary>
    internal static string StripTags(string html)
    {
        var sb = new StringBuilder(html.Length / 2);
        int i = 0;
        while (i < html.Length)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                sb.Append(html, i, html.Length - i);
                break;
            }
            sb.Append(html, i, lt - i);
            int gt = html.IndexOf('>', lt);
            if (gt < 0)
            {
                break;
            }
            var tag = html.AsSpan(lt + 1, gt - lt - 1).TrimStart('/');
            int nameEnd = 0;
            while (nameEnd < tag.Length && char.IsAsciiLetterOrDigit(tag[nameEnd]))
            {
                nameEnd++;
            }
            var name = tag[..nameEnd].ToString().ToLowerInvariant();
            if (name is "script" or "style" && html[lt + 1] != '/')
            {
                int endTag = html.IndexOf("</" + name, gt, StringComparison.OrdinalIgnoreCase);
                i = endTag < 0 ? html.Length : endTag;
                continue;
            }
            if (BlockTags.Contains(name) || name == "br")
            {
                sb.Append('\n');
            }
            i = gt + 1;
        }
        return System.Net.WebUtility.HtmlDecode(sb.ToString());
    }
}
