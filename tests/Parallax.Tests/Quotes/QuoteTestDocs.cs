using Parallax.Model;
using Parallax.Quotes;
using Parallax.Text;

namespace Parallax.Tests.Quotes;

/// <summary>Builds a tokenised, sentence-split Doc with hand-placed entity mentions (every whole-word occurrence).</summary>
internal sealed class QuoteTestDoc(string text)
{
    private readonly List<(string Surface, EntityType Type, string? Role, string? RoleOf)> _specs = [];

    public QuoteTestDoc Person(string surface, string? role = null, string? roleOf = null)
    {
        _specs.Add((surface, EntityType.Person, role, roleOf));
        return this;
    }

    public QuoteTestDoc Org(string surface)
    {
        _specs.Add((surface, EntityType.Organization, null, null));
        return this;
    }

    public QuoteTestDoc Place(string surface)
    {
        _specs.Add((surface, EntityType.Location, null, null));
        return this;
    }

    public QuoteTestDoc Misc(string surface)
    {
        _specs.Add((surface, EntityType.Misc, null, null));
        return this;
    }

    public Doc Build()
    {
        var doc = new Doc(new Article { Id = Article.ComputeId(text), Source = "test", Text = text });
        doc.Tokens = Tokenizer.Tokenize(text);
        doc.Sentences = SentenceSplitter.Split(text, doc.Tokens);
        var taken = new List<Mention>();
        foreach (var (surface, type, role, roleOf) in _specs.OrderByDescending(s => s.Surface.Length))
        {
            for (int at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + 1, StringComparison.Ordinal))
            {
                var span = new TextSpan(at, at + surface.Length);
                bool wordStart = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
                bool wordEnd = span.End == text.Length || !char.IsLetterOrDigit(text[span.End]);
                if (wordStart && wordEnd && !taken.Any(m => m.Span.Overlaps(span)))
                {
                    taken.Add(new Mention(span, type) { Role = role, RoleOf = roleOf });
                }
            }
        }
        doc.Mentions = [.. taken.OrderBy(m => m.Span.Start)];
        doc.Filled = Layers.Tokens | Layers.Sentences | Layers.Entities;
        return doc;
    }

    public IReadOnlyList<Quote> Quotes(out Doc doc)
    {
        doc = Build();
        new QuoteStage().Process(doc, CancellationToken.None);
        return doc.Quotes;
    }
}

internal static class QuoteAssert
{
    public static string Str(Doc doc, TextSpan? span) => span is { } s ? doc.Slice(s) : "<none>";

    public static string? Speaker(Doc doc, Quote quote) =>
        quote.SpeakerMention is { } m ? doc.Slice(doc.Mentions[m].Span) : null;

    /// <summary>The one quote whose content is exactly <paramref name="content"/>.</summary>
    public static Quote With(Doc doc, IReadOnlyList<Quote> quotes, string content)
    {
        var found = quotes.Where(q => doc.Slice(q.Content) == content).ToList();
        Assert.True(found.Count == 1,
            $"expected one quote with content [{content}], found {found.Count}; quotes: " +
            string.Join(" | ", quotes.Select(q => $"[{doc.Slice(q.Content)}] cue=[{Str(doc, q.Cue)}] src=[{Str(doc, q.Source)}]")));
        return found[0];
    }

    public static void Is(Doc doc, Quote quote, QuoteKind kind, string cue, string? source, string? speaker)
    {
        Assert.Equal(kind, quote.Kind);
        Assert.Equal(cue, Str(doc, quote.Cue));
        Assert.Equal(source ?? "<none>", Str(doc, quote.Source));
        Assert.Equal(speaker, Speaker(doc, quote));
    }
}
