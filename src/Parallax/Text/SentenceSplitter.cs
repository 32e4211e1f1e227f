using Parallax.Model;
using Parallax.Pipeline;

namespace Parallax.Text;

/// <summary>
/// Splits tokens into sentences: at . ! ? and ellipses followed by a capitalised word, a digit or an opening quote;
/// never after titles and month abbreviations (Adm., Feb.); after U.S. only when a usual sentence opener follows;
/// closing quotes and brackets stay with the sentence they close; a line break between paragraphs always ends one.
/// A run of more than <see cref="MaxTokens"/> tokens without an end (a list or table flattened into text, broken
/// punctuation) is cut at its last semicolon, colon or comma, else where it reaches the limit, so that every later
/// stage reads sentences of bounded length.
/// </summary>
public sealed class SentenceSplitter : IDocStage
{
    public string Name => "sentences";
    public Layers Requires => Layers.Tokens;
    public Layers Provides => Layers.Sentences;

    public void Process(Doc doc, CancellationToken cancellationToken) =>
        doc.Sentences = Split(doc.Text, doc.Tokens);

    /// <summary>The longest sentence kept whole: far beyond any sentence of news prose (those run to about 100 tokens).</summary>
    public const int MaxTokens = 250;

    public static List<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var sentences = new List<Sentence>();
        int first = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            bool last = i == tokens.Count - 1;
            if (!last && i - first + 1 == MaxTokens && !EndsAfter(text, tokens, i))
            {
                int cut = i;
                for (int k = i; k > first + MaxTokens / 2; k--)
                {
                    if (tokens[k].Span.Length == 1 && text[tokens[k].Span.Start] is ';' or ':' or ',')
                    {
                        cut = k;
                        break;
                    }
                }
                sentences.Add(new Sentence(new TextSpan(tokens[first].Span.Start, tokens[cut].Span.End), first, cut - first + 1));
                first = cut + 1;
                i = cut;
                continue;
            }
            if (last || EndsAfter(text, tokens, i))
            {
                int end = i;
                if (!last)
                {
                    // Closing quotes and brackets belong to the sentence they close.
                    while (end + 1 < tokens.Count && IsCloser(text, tokens[end], tokens[end + 1]))
                    {
                        end++;
                    }
                }
                sentences.Add(new Sentence(new TextSpan(tokens[first].Span.Start, tokens[end].Span.End), first, end - first + 1));
                first = end + 1;
                i = end;
            }
        }
        return sentences;
    }

    /// <summary>
    /// Whether <paramref name="t"/> closes a quotation or bracket opened before <paramref name="previous"/>.
    /// Straight quotes are ambiguous: they close only when attached to the previous token.
    /// </summary>
    private static bool IsCloser(string text, Token previous, Token t)
    {
        if (t.Span.Length > 2 || t.Span.Length == 2 && text[t.Span.Start] != '\'')
        {
            return false;
        }
        char c = text[t.Span.Start];
        bool attached = t.Span.Start == previous.Span.End;
        return c is '\u201D' or '\u2019' or ')' or ']' or '\u00BB' || c is '"' or '\'' && attached;
    }

    private static bool LineBreakBetween(string text, Token a, Token b)
    {
        for (int k = a.Span.End; k < b.Span.Start; k++)
        {
            if (text[k] == '\n')
            {
                return true;
            }
        }
        return false;
    }

    private static bool EndsAfter(string text, IReadOnlyList<Token> tokens, int i)
    {
        var tok = tokens[i];
        var next = tokens[i + 1];
        if (LineBreakBetween(text, tok, next))
        {
            return true;
        }
        var word = text.AsSpan(tok.Span.Start, tok.Span.Length);
        // Look past closing quotes/brackets to the token that would start the next sentence.
        int n = i + 1;
        while (n < tokens.Count && IsCloser(text, tokens[n - 1], tokens[n]))
        {
            n++;
        }
        if (n >= tokens.Count)
        {
            return false;
        }
        var following = text.AsSpan(tokens[n].Span.Start, tokens[n].Span.Length);
        bool nextStartsSentence = StartsSentence(following);

        // Terminal punctuation; an ellipsis before a lower-case word ("distrust ... poses") continues the sentence.
        if (word.Length > 0 && word[0] is '.' or '!' or '?' or '\u2026')
        {
            return nextStartsSentence;
        }
        if (word.Length > 1 && word[^1] == '.')
        {
            var bare = word[..^1];
            if (Abbreviations.IsNeverFinal(bare) || bare.Length == 1 && char.IsUpper(bare[0]))
            {
                return false;
            }
            // U.S., Inc., a.m.: a sentence ends only before a usual opener, or a quotation that opens with a capital.
            return Abbreviations.SentenceStarters.Contains(following.ToString()) ||
                   IsOpener(following) && n + 1 < tokens.Count && char.IsUpper(text[tokens[n + 1].Span.Start]);
        }
        return false;
    }

    private static bool IsOpener(ReadOnlySpan<char> t) => t is "\"" or "\u201C" or "(" or "'" or "\u2018" or "`" or "``";

    private static bool StartsSentence(ReadOnlySpan<char> t) =>
        t.Length > 0 && (char.IsUpper(t[0]) || char.IsDigit(t[0]) || IsOpener(t) || t[0] == '*' || t[0] == '-');
}
