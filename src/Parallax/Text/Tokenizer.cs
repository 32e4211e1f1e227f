using Parallax.Model;
using Parallax.Pipeline;

namespace Parallax.Text;

/// <summary>
/// A tokenizer for news English in the Penn Treebank manner: possessive 's and n't split off,
/// abbreviations (U.S., Feb., Adm.) and initials keep their period, numbers keep their separators
/// (2,000 · 10:00 · 3.5), hyphenated words stay whole (Khorramshahr-4), URLs and e-mail addresses stay whole,
/// ellipses and dashes are one token.
/// </summary>
public sealed class Tokenizer : IDocStage
{
    public string Name => "tokenizer";
    public Layers Requires => Layers.None;
    public Layers Provides => Layers.Tokens;

    public void Process(Doc doc, CancellationToken cancellationToken) => doc.Tokens = Tokenize(doc.Text);

    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }
            int end = ScanUrlOrEmail(text, i);
            if (end > i)
            {
                tokens.Add(new Token(new TextSpan(i, end)));
                i = end;
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                end = ScanWord(text, i);
                AddWordTokens(text, i, end, tokens);
                i = end;
                continue;
            }
            end = ScanPunctuation(text, i);
            tokens.Add(new Token(new TextSpan(i, end)));
            i = end;
        }
        return tokens;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static int ScanWord(string text, int start)
    {
        int i = start;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) || c == '\u00AD' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
                continue;
            }
            bool nextIsAlnum = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            if (!nextIsAlnum)
            {
                break;
            }
            bool prevIsDigit = char.IsDigit(text[i - 1]);
            bool nextIsDigit = char.IsDigit(text[i + 1]);
            if (IsHyphen(c) || c == '&' && char.IsUpper(text[i - 1]) && char.IsUpper(text[i + 1]))
            {
                i++;
                continue;
            }
            if (IsApostrophe(c))
            {
                // o'clock, O'Brien, Ma'ariv stay whole; possessives and n't are split off afterwards.
                i++;
                continue;
            }
            if ((c == ',' || c == ':' || c == '/') && prevIsDigit && nextIsDigit)
            {
                i++;
                continue;
            }
            if (c == '.' && (prevIsDigit && nextIsDigit || IsDottedAbbreviationAt(text, start, i)))
            {
                i++;
                continue;
            }
            break;
        }
        // A trailing period belongs to the word when the word is an abbreviation or an initial.
        if (i < text.Length && text[i] == '.' && Abbreviations.TakesPeriod(text.AsSpan(start, i - start)))
        {
            i++;
        }
        return i;
    }

    /// <summary>Inside U.S or U.N: single letters separated by periods.</summary>
    private static bool IsDottedAbbreviationAt(string text, int start, int dot)
    {
        bool singleBefore = dot - 1 >= start && char.IsLetter(text[dot - 1]) && (dot - 1 == start || text[dot - 2] == '.');
        bool singleAfter = dot + 1 < text.Length && char.IsLetter(text[dot + 1]) &&
                           (dot + 2 >= text.Length || !char.IsLetter(text[dot + 2]));
        return singleBefore && singleAfter;
    }

    private static void AddWordTokens(string text, int start, int end, List<Token> tokens)
    {
        int len = end - start;
        // n't: don't -> do n't ; can't -> ca n't
        if (len > 3 && char.ToLowerInvariant(text[end - 1]) == 't' && IsApostrophe(text[end - 2]) &&
            char.ToLowerInvariant(text[end - 3]) == 'n')
        {
            tokens.Add(new Token(new TextSpan(start, end - 3)));
            tokens.Add(new Token(new TextSpan(end - 3, end)));
            return;
        }
        // possessive and clitics: Iran's, we're, I've, they'll, she'd, I'm
        for (int k = 1; k <= 2; k++)
        {
            int apos = end - k - 1;
            if (apos <= start || !IsApostrophe(text[apos]))
            {
                continue;
            }
            var suffix = text.AsSpan(apos + 1, k).ToString().ToLowerInvariant();
            if (suffix is "s" or "m" or "d" or "re" or "ve" or "ll")
            {
                tokens.Add(new Token(new TextSpan(start, apos)));
                tokens.Add(new Token(new TextSpan(apos, end)));
                return;
            }
        }
        tokens.Add(new Token(new TextSpan(start, end)));
    }

    private static int ScanPunctuation(string text, int i)
    {
        char c = text[i];
        int j = i + 1;
        if (c == '.' || IsHyphen(c) || c is '!' or '?' or '*' or '=' or '_')
        {
            while (j < text.Length && text[j] == c)
            {
                j++;
            }
            return j;
        }
        if (IsApostrophe(c) && j < text.Length && IsApostrophe(text[j]))
        {
            return j + 1; // '' as a closing quote
        }
        if (c == '`' && j < text.Length && text[j] == '`')
        {
            return j + 1;
        }
        return j;
    }

    private static int ScanUrlOrEmail(string text, int i)
    {
        if (!char.IsLetter(text[i]))
        {
            return i;
        }
        int j = i;
        while (j < text.Length && !char.IsWhiteSpace(text[j]) && text[j] is not ('"' or '\u201C' or '\u201D' or '<' or '>' or '(' or ')'))
        {
            j++;
        }
        var run = text.AsSpan(i, j - i);
        bool isUrl = run.Contains("://", StringComparison.Ordinal) || run.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        int at = run.IndexOf('@');
        bool isEmail = at > 0 && at < run.Length - 3 && run[(at + 1)..].Contains('.');
        if (!isUrl && !isEmail)
        {
            return i;
        }
        while (j > i && text[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '\u2019')
        {
            j--;
        }
        return j;
    }
}
