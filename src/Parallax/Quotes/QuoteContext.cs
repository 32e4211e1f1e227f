using Parallax.Model;

namespace Parallax.Quotes;

/// <summary>An attribution being assembled by the sieves; frozen into a <see cref="Quote"/> at the end.</summary>
public sealed class QuoteCandidate
{
    public QuoteCandidate(TextSpan content, QuoteKind kind)
    {
        Content = content;
        Kind = kind;
    }

    public TextSpan Content { get; set; }
    public QuoteKind Kind { get; set; }
    public TextSpan? Cue { get; set; }
    public TextSpan? Source { get; set; }
    public int? Speaker { get; set; }

    /// <summary>The earlier part of the same statement this one continues ('"...," he stressed. "..."').</summary>
    public QuoteCandidate? Continues { get; set; }

    /// <summary>The quotation marks around the content, for quotes found between marks.</summary>
    public QuotedSpan? Marks { get; init; }

    /// <summary>The sieve that attributed it (for debugging and evaluation breakdowns).</summary>
    public string? Sieve { get; set; }

    public bool IsAttributed => Source is not null || Continues is not null;

    public Quote ToQuote() => new(Content, Kind) { Cue = Cue, Source = Source, SpeakerMention = Speaker };
}

/// <summary>
/// What the quote sieves share about one document: tokens, sentences, quotation marks, the tokens already used
/// as cues or sources, and the candidates found so far.
/// </summary>
public sealed class QuoteContext
{
    private readonly int[] _sentenceOfToken;
    private readonly bool[] _claimed;
    private readonly int[] _insideQuote;

    public QuoteContext(Doc doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        Doc = doc;
        Quoted = QuotationMarks.Find(doc.Text);
        _sentenceOfToken = new int[doc.Tokens.Count];
        for (int s = 0; s < doc.Sentences.Count; s++)
        {
            var sentence = doc.Sentences[s];
            for (int t = sentence.FirstToken; t < sentence.EndToken && t < _sentenceOfToken.Length; t++)
            {
                _sentenceOfToken[t] = s;
            }
        }
        _claimed = new bool[doc.Tokens.Count];
        _insideQuote = new int[doc.Tokens.Count];
        Array.Fill(_insideQuote, -1);
        for (int q = 0; q < Quoted.Count; q++)
        {
            var inner = Quoted[q].Inner;
            for (int t = FirstTokenAtOrAfter(inner.Start); t < doc.Tokens.Count && doc.Tokens[t].Span.End <= inner.End; t++)
            {
                _insideQuote[t] = q;
            }
        }
    }

    public Doc Doc { get; }
    public string Text => Doc.Text;
    public IReadOnlyList<Token> Tokens => Doc.Tokens;
    public IReadOnlyList<QuotedSpan> Quoted { get; }
    public List<QuoteCandidate> Candidates { get; } = [];

    public string Word(int token) => Doc.TokenText(token);

    public bool IsWord(int token) => token >= 0 && token < Tokens.Count && char.IsLetterOrDigit(Text[Tokens[token].Span.Start]);

    public bool IsCapitalised(int token) => IsWord(token) && char.IsUpper(Text[Tokens[token].Span.Start]);

    public bool Is(int token, string word) =>
        token >= 0 && token < Tokens.Count && Word(token).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsPunct(int token, char c) =>
        token >= 0 && token < Tokens.Count && Tokens[token].Span.Length == 1 && Text[Tokens[token].Span.Start] == c;

    public int SentenceOfToken(int token) => _sentenceOfToken[token];

    /// <summary>Whether a part-of-speech tagger ran before this stage (its tags are then used, never required).</summary>
    public bool HasPartOfSpeech => Tokens.Count > 0 && Doc.PartOfSpeech.Count == Tokens.Count;

    /// <summary>Whether the token may be a verb: tagged VB* or MD, or untagged.</summary>
    public bool MayBeVerb(int token) =>
        !HasPartOfSpeech || Doc.PartOfSpeech[token].StartsWith("VB", StringComparison.Ordinal) || Doc.PartOfSpeech[token] == "MD";


    /// <summary>The index of the quotation whose inner text holds the token, or -1.</summary>
    public int QuoteOfToken(int token) => _insideQuote[token];

    public bool IsQuoteMark(int token)
    {
        if (token < 0 || token >= Tokens.Count)
        {
            return false;
        }
        var span = Tokens[token].Span;
        return span.Length is 1 or 2 && IsQuoteChar(Text[span.Start]) && IsQuoteChar(Text[span.End - 1]);
    }

    private static bool IsQuoteChar(char c) => c is '"' or '\u201C' or '\u201D' or '\'' or '\u2018' or '\u2019' or '`';

    public bool IsClaimed(int token) => _claimed[token];

    public void Claim(TextSpan span)
    {
        for (int t = FirstTokenAtOrAfter(span.Start); t < Tokens.Count && Tokens[t].Span.Start < span.End; t++)
        {
            _claimed[t] = true;
        }
    }

    /// <summary>The first token that starts at or after a character offset (Tokens.Count when none).</summary>
    public int FirstTokenAtOrAfter(int offset) => Doc.FirstTokenAtOrAfter(offset);

    /// <summary>The last token that ends at or before a character offset (-1 when none).</summary>
    public int LastTokenEndingBy(int offset) => Doc.FirstTokenEndingAfter(offset) - 1;

    public TextSpan SpanOf(int firstToken, int lastToken) =>
        new(Tokens[firstToken].Span.Start, Tokens[lastToken].Span.End);

    /// <summary>The sentence span trimmed of final punctuation and closing quotes: the last token of its content.</summary>
    public int LastContentToken(int sentence)
    {
        var s = Doc.Sentences[sentence];
        int t = s.EndToken - 1;
        while (t > s.FirstToken && !IsWord(t) && !IsQuoteMark(t) && Text[Tokens[t].Span.Start] is not (')' or ']'))
        {
            t--;
        }
        return t;
    }

    /// <summary>Indices into <see cref="Doc.Mentions"/> of the mentions lying inside a span.</summary>
    public IEnumerable<int> MentionsIn(TextSpan span) => Doc.MentionIndex.Within(span);

    /// <summary>The mention that ends exactly at the token (the longest; the first of equals), or -1.</summary>
    public int MentionEndingAt(int token) => LongestMentions().EndingAt.GetValueOrDefault(Tokens[token].Span.End, -1);

    /// <summary>The mention that starts exactly at the token (the longest; the first of equals), or -1.</summary>
    public int MentionStartingAt(int token) => LongestMentions().StartingAt.GetValueOrDefault(Tokens[token].Span.Start, -1);

    // The mention layer is complete before quotes are sought, so these are read once per document.
    private (Dictionary<int, int> StartingAt, Dictionary<int, int> EndingAt)? _longestMentions;

    private (Dictionary<int, int> StartingAt, Dictionary<int, int> EndingAt) LongestMentions()
    {
        if (_longestMentions is { } known)
        {
            return known;
        }
        var mentions = Doc.Mentions;
        var startingAt = new Dictionary<int, int>();
        var endingAt = new Dictionary<int, int>();
        for (int m = 0; m < mentions.Count; m++)
        {
            var span = mentions[m].Span;
            if (!startingAt.TryGetValue(span.Start, out var s) || span.Length > mentions[s].Span.Length)
            {
                startingAt[span.Start] = m;
            }
            if (!endingAt.TryGetValue(span.End, out var e) || span.Length > mentions[e].Span.Length)
            {
                endingAt[span.End] = m;
            }
        }
        _longestMentions = (startingAt, endingAt);
        return (startingAt, endingAt);
    }
}
