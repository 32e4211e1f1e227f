using System.Globalization;
using System.Text;
using System.Text.Json;
using Parallax.Model;

namespace Parallax.Eval.Framing;

public enum BasilBias
{
    /// <summary>"inf": informational bias, material included (or left out) to sway the reader.</summary>
    Informational,

    /// <summary>"lex": lexical bias, word choice.</summary>
    Lexical,
}

/// <summary>An annotated bias span, placed in the article text Parallax reads, with the text the annotation gives for it.</summary>
public sealed record BasilSpan(string Id, BasilBias Bias, TextSpan Span, bool InQuote, string Text);

/// <summary>One BASIL article: the article as Parallax reads it, its outlet code (fox, nyt, hpo) and its bias spans.</summary>
public sealed record BasilArticle(string Triplet, string Source, Article Article, IReadOnlyList<BasilSpan> Spans, int Unplaced);

/// <summary>One event told by three outlets.</summary>
public sealed record BasilTriplet(string Id, int Year, IReadOnlyList<BasilArticle> Articles);

/// <summary>
/// Reads BASIL (Fan et al. 2019, "In Plain Sight: Media Bias Through the Lens of Factual Reporting"):
/// articles/&lt;year&gt;/&lt;triplet&gt;_&lt;n&gt;.json with "body-paragraphs" (a list of paragraphs, each a list of sentences) and
/// annotations/&lt;year&gt;/&lt;triplet&gt;_&lt;n&gt;_ann.json with "phrase-level-annotations". An annotation's start and end are
/// offsets into ONE sentence of the body (not the paragraph or the article) and it does not say which: its "txt" is
/// found at those offsets in exactly one sentence of the article (checked on all 844 annotations of the release; the
/// two that match none are annotations of the title, id "title"). The article text Parallax reads is the sentences
/// of a paragraph joined by a space, paragraphs joined by a blank line, and the spans are moved into that text.
/// </summary>
public static class Basil
{
    private static readonly Dictionary<string, string> Outlets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["fox"] = "Fox News",
        ["nyt"] = "The New York Times",
        ["hpo"] = "HuffPost",
    };

    /// <summary>
    /// The development years (2010-2014, 25 triplets) on which framing settings are tuned; 2015-2019 (25 triplets) are
    /// held out and only reported.
    /// </summary>
    public static bool IsDevYear(int year) => year <= 2014;

    /// <summary>Every triplet under the BASIL folder (with articles/ and annotations/), by year and id.</summary>
    public static IReadOnlyList<BasilTriplet> Read(string dir, CancellationToken cancellationToken = default)
    {
        var articles = Path.Combine(dir, "articles");
        if (!Directory.Exists(articles))
        {
            throw new DirectoryNotFoundException($"no articles/ folder under '{dir}'; give the BASIL folder, e.g. ../shared/data/framing/basil");
        }
        var list = new List<BasilArticle>();
        foreach (var file in Directory.EnumerateFiles(articles, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var relative = Path.GetRelativePath(articles, file);
            var annotation = Path.Combine(dir, "annotations", Path.ChangeExtension(relative, null) + "_ann.json");
            list.Add(ReadArticle(File.ReadAllText(file), File.Exists(annotation) ? File.ReadAllText(annotation) : null, file));
        }
        if (list.Count == 0)
        {
            throw new FileNotFoundException($"no .json articles under '{articles}'");
        }
        return [.. list.GroupBy(a => a.Triplet, StringComparer.Ordinal)
            .Select(g => new BasilTriplet(g.Key, g.First().Article.Published?.Year ?? 0, [.. g.OrderBy(a => a.Article.Source, StringComparer.Ordinal)]))
            .OrderBy(t => t.Year).ThenBy(t => t.Id, StringComparer.Ordinal)];
    }

    /// <summary>One article and its annotation file (null when it has none), as JSON text.</summary>
    public static BasilArticle ReadArticle(string articleJson, string? annotationJson, string source)
    {
        ArgumentNullException.ThrowIfNull(articleJson);
        using var json = JsonDocument.Parse(articleJson);
        var root = json.RootElement;
        var code = root.GetProperty("source").GetString()?.ToLowerInvariant()
            ?? throw new FormatException($"'{source}' has no \"source\" (fox, nyt or hpo)");
        var sb = new StringBuilder();
        var sentences = new List<(int Start, string Text)>();
        var paragraphs = new List<TextSpan>();
        foreach (var paragraph in root.GetProperty("body-paragraphs").EnumerateArray())
        {
            if (sb.Length > 0)
            {
                sb.Append("\n\n");
            }
            int start = sb.Length;
            bool first = true;
            foreach (var sentence in paragraph.EnumerateArray())
            {
                var text = sentence.GetString() ?? "";
                if (!first)
                {
                    sb.Append(' ');
                }
                first = false;
                sentences.Add((sb.Length, text));
                sb.Append(text);
            }
            paragraphs.Add(new TextSpan(start, sb.Length));
        }
        var body = sb.ToString();
        DateTimeOffset? published = root.TryGetProperty("date", out var d) && DateOnly.TryParseExact(d.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : null;
        var article = new Article
        {
            Id = Article.ComputeId(body),
            Source = source,
            Text = body,
            Title = root.TryGetProperty("title", out var t) ? t.GetString() : null,
            Outlet = Outlets.GetValueOrDefault(code, code),
            Published = published,
            Url = root.TryGetProperty("url", out var u) ? u.GetString() : null,
            Language = "en",
            Paragraphs = paragraphs,
        };
        var triplet = root.TryGetProperty("triplet-uuid", out var tr) ? tr.GetString() ?? "" : "";
        var spans = new List<BasilSpan>();
        int unplaced = 0;
        if (annotationJson is not null)
        {
            using var ann = JsonDocument.Parse(annotationJson);
            foreach (var a in ann.RootElement.GetProperty("phrase-level-annotations").EnumerateArray())
            {
                var txt = a.GetProperty("txt").GetString() ?? "";
                int start = a.GetProperty("start").GetInt32();
                int end = a.GetProperty("end").GetInt32();
                var bias = a.GetProperty("bias").GetString() == "lex" ? BasilBias.Lexical : BasilBias.Informational;
                var id = a.TryGetProperty("id", out var i) ? i.GetString() ?? "" : "";
                var placed = Place(sentences, start, end, txt);
                if (placed is { } span)
                {
                    spans.Add(new BasilSpan(id, bias, span, a.TryGetProperty("quote", out var q) && q.GetString() == "yes", txt));
                }
                else
                {
                    unplaced++;
                }
            }
        }
        return new BasilArticle(triplet, code, article, spans, unplaced);
    }

    /// <summary>The span of the first sentence that has the text at the given offsets (counted in UTF-16 units, else in code points).</summary>
    private static TextSpan? Place(List<(int Start, string Text)> sentences, int start, int end, string txt)
    {
        if (start < 0 || end < start)
        {
            return null;
        }
        foreach (var (offset, text) in sentences)
        {
            if (txt.Length == end - start && end <= text.Length && string.CompareOrdinal(text, start, txt, 0, end - start) == 0)
            {
                return new TextSpan(offset + start, offset + end);
            }
        }
        foreach (var (offset, text) in sentences)
        {
            if (CodePoints(text, start) is { } s && CodePoints(text, end) is { } e && text[s..e] == txt)
            {
                return new TextSpan(offset + s, offset + e);
            }
        }
        return null;
    }

    /// <summary>The UTF-16 index of the n-th code point, or null when the text is shorter.</summary>
    private static int? CodePoints(string text, int n)
    {
        int i = 0;
        for (int k = 0; k < n; k++)
        {
            if (i >= text.Length)
            {
                return null;
            }
            i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
        }
        return i <= text.Length ? i : null;
    }
}
