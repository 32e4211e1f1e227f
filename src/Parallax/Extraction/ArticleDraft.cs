using Parallax.Model;

namespace Parallax.Extraction;

/// <summary>What an extractor found before it becomes an <see cref="Article"/>: paragraphs and metadata.</summary>
internal sealed class ArticleDraft
{
    public List<string> Paragraphs { get; } = [];

    /// <summary>Photo captions of the page: kept after the body (see <see cref="Article.BodyLength"/>), never in it.</summary>
    public List<string> Captions { get; } = [];
    public string? Title { get; set; }
    public string? Outlet { get; set; }
    public FoundDate? Published { get; set; }
    public string? Byline { get; set; }
    public List<string> Authors { get; } = [];
    public string? Dateline { get; set; }
    public string? BasedOn { get; set; }
    public string? Url { get; set; }
    public string? Language { get; set; }

    /// <summary>The article's text as the page's structured data gives it (JSON-LD articleBody), when it does.</summary>
    public string? StructuredBody { get; set; }

    /// <summary>Keeps the more precise date: one with an offset beats a bare time beats a bare day.</summary>
    public void OfferDate(FoundDate date)
    {
        if (Published is not { } current || date.Precision > current.Precision)
        {
            Published = date;
        }
    }

    public void OfferByline(ParsedByline byline)
    {
        Byline ??= byline.Text;
        foreach (var author in byline.Authors)
        {
            if (!Authors.Contains(author, StringComparer.OrdinalIgnoreCase))
            {
                Authors.Add(author);
            }
        }
        if (byline.Outlet is { } outlet)
        {
            OfferOutlet(outlet);
        }
    }

    public void OfferOutlet(string outlet)
    {
        if (Outlet is null)
        {
            Outlet = outlet;
        }
        else if (string.Equals(Outlet, outlet, StringComparison.OrdinalIgnoreCase))
        {
            Outlet = Outlets.Prefer(Outlet, outlet);
        }
    }

    /// <summary>
    /// The article, or a rejection when no text is left. Paragraphs are joined with a blank line; spans point at each one.
    /// </summary>
    public Extracted Build(string source, int minimumCharacters = 1)
    {
        var builder = new System.Text.StringBuilder();
        var spans = new List<TextSpan>(Paragraphs.Count);
        foreach (var raw in Paragraphs)
        {
            var paragraph = TextNormalizer.CollapseWhitespace(raw);
            if (paragraph.Length == 0)
            {
                continue;
            }
            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }
            spans.Add(new TextSpan(builder.Length, builder.Length + paragraph.Length));
            builder.Append(paragraph);
        }
        var text = builder.ToString();
        if (text.Length == 0)
        {
            return new Extracted.Rejected(source, Reason.Empty, $"{source}: no article text found (the page has no paragraphs of prose)");
        }
        if (text.Length < minimumCharacters)
        {
            return new Extracted.Rejected(source, Reason.TooShort,
                $"{source}: only {text.Length} characters of article text found; too short to be a news report");
        }
        int? bodyLength = null;
        var language = Language ?? LanguageGuesser.Guess(text);
        var captions = Captions.Select(TextNormalizer.CollapseWhitespace).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (captions.Count > 0)
        {
            bodyLength = text.Length;
            text += "\n\n" + string.Join("\n\n", captions);
        }
        var article = new Article
        {
            Id = Article.ComputeId(text),
            Source = source,
            Text = text,
            Title = NullIfBlank(Title),
            Outlet = NullIfBlank(Outlet),
            Published = Published?.Value,
            Byline = NullIfBlank(Byline),
            Authors = [.. Authors],
            Dateline = NullIfBlank(Dateline),
            BasedOn = NullIfBlank(BasedOn),
            Url = NullIfBlank(Url),
            Language = language,
            Paragraphs = spans,
            BodyLength = bodyLength,
        };
        return new Extracted.Ok(source, article);
    }

    private static string? NullIfBlank(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : TextNormalizer.CollapseWhitespace(value);
}
