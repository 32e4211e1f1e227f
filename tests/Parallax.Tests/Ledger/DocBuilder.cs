using Parallax.Model;
using Parallax.Text;

namespace Parallax.Tests.Ledger;

/// <summary>Builds annotated documents by hand for ledger and framing tests: mentions, roles, quotes and timexes found by substring.</summary>
internal sealed class DocBuilder
{
    private readonly string _text;
    private readonly List<Mention> _mentions = [];
    private readonly List<Quote> _quotes = [];
    private readonly List<Timex> _timexes = [];
    private DateTimeOffset? _published;
    private string? _outlet;
    private string? _basedOn;
    private string? _url;
    private string? _dateline;

    public DocBuilder(string text) => _text = text;

    private TextSpan Find(string what, int occurrence = 0)
    {
        int at = -1;
        for (int k = 0; k <= occurrence; k++)
        {
            at = _text.IndexOf(what, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{what}' not in test text");
        }
        return new TextSpan(at, at + what.Length);
    }

    public DocBuilder Published(string iso)
    {
        _published = DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
        return this;
    }

    public DocBuilder Dateline(string dateline)
    {
        _dateline = dateline;
        return this;
    }

    public DocBuilder Outlet(string outlet, string? url = null, string? basedOn = null)
    {
        _outlet = outlet;
        _url = url;
        _basedOn = basedOn;
        return this;
    }

    public DocBuilder Entity(string name, EntityType type, int occurrence = 0, string? role = null, string? roleOf = null, string? roleText = null)
    {
        var span = Find(name, occurrence);
        // The role's words: those given, else the role just before the name ("Secretary of State Tor Berg"), as the role finder gives it.
        int at = role is null ? -1 : _text.LastIndexOf(role, span.Start, StringComparison.OrdinalIgnoreCase);
        TextSpan? roleSpan = roleText is not null ? Find(roleText)
            : at >= 0 && _text.AsSpan(at + role!.Length, span.Start - at - role.Length).IsWhiteSpace() ? new TextSpan(at, at + role.Length) : null;
        _mentions.Add(new Mention(span, type) { Role = role, RoleOf = roleOf, RoleSpan = roleSpan });
        return this;
    }

    public DocBuilder Person(string name, int occurrence = 0, string? role = null, string? roleOf = null) =>
        Entity(name, EntityType.Person, occurrence, role, roleOf);

    /// <summary>
    /// A quote whose speaker is the mention with the given name (the first mention of that text), named in the
    /// attribution itself unless <paramref name="source"/> gives the words that attribute it ("he").
    /// </summary>
    public DocBuilder Said(string content, string? speaker, QuoteKind kind = QuoteKind.Direct, string? source = null)
    {
        int? mention = speaker is null ? null : _mentions.FindIndex(m => _text.Substring(m.Span.Start, m.Span.Length) == speaker);
        TextSpan? by = source is not null ? Find(source) : mention is { } i ? _mentions[i].Span : null;
        _quotes.Add(new Quote(Find(content), kind) { SpeakerMention = mention, Source = by });
        return this;
    }

    /// <summary>A quote whose source is written without a resolved speaker ("officials said").</summary>
    public DocBuilder SaidBy(string content, string source, QuoteKind kind = QuoteKind.Direct)
    {
        _quotes.Add(new Quote(Find(content), kind) { Source = Find(source) });
        return this;
    }

    public DocBuilder Date(string phrase, string value, string start, string? end = null) => Timex(phrase, TimexType.Date, value, start, end);

    public DocBuilder Time(string phrase, string value, string day) => Timex(phrase, TimexType.Time, value, day, null);

    private DocBuilder Timex(string phrase, TimexType type, string value, string start, string? end)
    {
        _timexes.Add(new Timex(Find(phrase), type, value)
        {
            Start = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            End = DateOnly.Parse(end ?? start, System.Globalization.CultureInfo.InvariantCulture),
        });
        return this;
    }

    public Doc Build()
    {
        var article = new Article
        {
            Id = Article.ComputeId(_text),
            Source = (_outlet ?? "test") + ".txt",
            Text = _text,
            Outlet = _outlet,
            Published = _published,
            Url = _url,
            BasedOn = _basedOn,
            Dateline = _dateline,
        };
        var tokens = Tokenizer.Tokenize(_text);
        var doc = new Doc(article)
        {
            Tokens = tokens,
            Sentences = SentenceSplitter.Split(_text, tokens),
            Mentions = [.. _mentions.OrderBy(m => m.Span.Start)],
            Quotes = [.. _quotes.Select(q => q.SpeakerMention is { } i ? q with { SpeakerMention = Reindex(i) } : q)],
            Timexes = _timexes,
        };
        // Parts of speech from the shipped tagger: the claim ledger splits sentences into clauses with them.
        new Parallax.Text.Tagging.PartOfSpeechTagger().Process(doc, CancellationToken.None);
        return doc;
    }

    private int Reindex(int original)
    {
        var target = _mentions[original];
        return _mentions.OrderBy(m => m.Span.Start).ToList().IndexOf(target);
    }
}
