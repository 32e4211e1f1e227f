namespace Parallax.Model;

/// <summary>
/// The one annotated data model: an <see cref="Article"/> with offset-based layers over its text.
/// Stages fill the layers in pipeline order; every layer holds spans, never copied strings.
/// </summary>
public sealed class Doc
{
    public Doc(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        Article = article;
    }

    public Article Article { get; }
    public string Text => Article.Text;

    public IReadOnlyList<Token> Tokens { get; set; } = [];

    /// <summary>Penn Treebank tags aligned with <see cref="Tokens"/> (empty until a tagger runs).</summary>
    public IReadOnlyList<string> PartOfSpeech { get; set; } = [];

    public IReadOnlyList<Sentence> Sentences { get; set; } = [];
    public IReadOnlyList<Mention> Mentions { get; set; } = [];
    public IReadOnlyList<Timex> Timexes { get; set; } = [];
    public IReadOnlyList<Quote> Quotes { get; set; } = [];

    /// <summary>Which layers have been filled.</summary>
    public Layers Filled { get; set; }

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The same layers over an article with the same text but other metadata (the source as given this time).</summary>
    public Doc WithArticle(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Text != Text)
        {
            throw new ArgumentException("the layers belong to another text", nameof(article));
        }
        return new Doc(article)
        {
            Tokens = Tokens,
            PartOfSpeech = PartOfSpeech,
            Sentences = Sentences,
            Mentions = Mentions,
            Timexes = Timexes,
            Quotes = Quotes,
            Filled = Filled,
        };
    }

    public string TokenText(int index) => Slice(Tokens[index].Span);

    /// <summary>The first token that ends after a character offset: the token holding it, else the next (Tokens.Count when none).</summary>
    public int FirstTokenEndingAfter(int offset) => SpanIndex.FirstNotBefore(Tokens.Count, t => Tokens[t].Span.End <= offset);

    /// <summary>The first token that starts at or after a character offset (Tokens.Count when none).</summary>
    public int FirstTokenAtOrAfter(int offset) => SpanIndex.FirstNotBefore(Tokens.Count, t => Tokens[t].Span.Start < offset);

    /// <summary>The mentions by where they start (<see cref="SpanIndex.Within"/>: those inside a sentence or phrase), made once per mention layer.</summary>
    public SpanIndex MentionIndex => OfLayer(ref _mentionIndex, Mentions, static d => new SpanIndex(d.Mentions.Select(m => m.Span)));

    /// <summary>The timexes by where they start, made once per timex layer.</summary>
    public SpanIndex TimexIndex => OfLayer(ref _timexIndex, Timexes, static d => new SpanIndex(d.Timexes.Select(x => x.Span)));

    /// <summary>
    /// Whether a character offset lies inside a quotation's own words (direct or partial, not reported speech); the
    /// characters are marked once per quote layer, so each question costs nothing.
    /// </summary>
    public bool InQuotation(int offset)
    {
        var quoted = OfLayer(ref _quoted, Quotes, static d => d.MarkQuoted());
        return offset >= 0 && offset < quoted.Length && quoted[offset];
    }

    /// <summary>
    /// Whether a span lies inside one quotation's own words (direct or partial): a date or phrase the speaker gave, not
    /// the reporter. Unlike <see cref="InQuotation"/> asked of each character, a span across two adjacent quotations is
    /// in neither.
    /// </summary>
    public bool InOneQuotation(TextSpan span) => Quotes.Any(q => q.Kind != QuoteKind.Indirect && q.Content.Contains(span));

    private (object Layer, SpanIndex Value)? _mentionIndex;
    private (object Layer, SpanIndex Value)? _timexIndex;
    private (object Layer, System.Collections.BitArray Value)? _quoted;

    private System.Collections.BitArray MarkQuoted()
    {
        var quoted = new System.Collections.BitArray(Text.Length);
        foreach (var q in Quotes.Where(q => q.Kind != QuoteKind.Indirect))
        {
            for (int k = q.Content.Start; k < Math.Min(q.Content.End, Text.Length); k++)
            {
                quoted[k] = true;
            }
        }
        return quoted;
    }

    /// <summary>
    /// What is made from a layer, kept until a stage sets a new layer (keyed by the layer itself); <paramref name="make"/>
    /// is static, so asking allocates nothing.
    /// </summary>
    private T OfLayer<T>(ref (object Layer, T Value)? cached, object layer, Func<Doc, T> make)
    {
        if (cached is not { } known || !ReferenceEquals(known.Layer, layer))
        {
            cached = known = (layer, make(this));
        }
        return known.Value;
    }

    /// <summary>
    /// Per token, the index of the first item (in list order) whose span overlaps it, or -1; items whose span is null
    /// are left out. Each item visits only its own tokens, so a long report costs its length, not tokens × items.
    /// </summary>
    public int[] FirstOverlapping<T>(IReadOnlyList<T> items, Func<T, TextSpan?> span)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(span);
        var first = new int[Tokens.Count];
        Array.Fill(first, -1);
        for (int i = 0; i < items.Count; i++)
        {
            if (span(items[i]) is not { } s)
            {
                continue;
            }
            for (int t = FirstTokenEndingAfter(s.Start); t < Tokens.Count && Tokens[t].Span.Start < s.End; t++)
            {
                if (first[t] < 0 && Tokens[t].Span.Overlaps(s))
                {
                    first[t] = i;
                }
            }
        }
        return first;
    }

    /// <summary>The index of the sentence containing a character offset, or -1.</summary>
    public int SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = Sentences[mid].Span;
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }
}
