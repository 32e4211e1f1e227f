using Parallax.Model;

namespace Parallax.Quotes;

/// <summary>
/// A stretch of text between a pair of quotation marks; <see cref="Open"/> and <see cref="Close"/> are the marks.
/// A quotation that runs on into the next paragraph (news style: no closing mark, the next paragraph opens with one)
/// has <see cref="Closed"/> false and <see cref="Close"/> at the end of its line.
/// </summary>
public readonly record struct QuotedSpan(int Open, int Close, bool Closed = true)
{
    /// <summary>The text between the marks.</summary>
    public TextSpan Inner => new(Open + 1, Close);

    /// <summary>The marks and the text between them.</summary>
    public TextSpan Outer => new(Open, Closed ? Close + 1 : Close);
}

/// <summary>
/// Pairs quotation marks within a line: curly and straight double quotes, and single quotes (curly or straight)
/// outside double quotes, told apart from apostrophes (it's, Iran's, the Iranians') by what stands on either side.
/// A quotation never runs across a line break; a double quotation left open at the end of a paragraph is kept when the next
/// paragraph opens with a quotation mark (the news convention for a quotation over several paragraphs), else dropped.
/// </summary>
public static class QuotationMarks
{
    /// <summary>Longest single-quoted stretch taken as a quotation; longer ones are more likely apostrophe pairs.</summary>
    private const int MaxSingleQuoted = 300;

    public static IReadOnlyList<QuotedSpan> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<QuotedSpan>();
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }
            int open = FindInLine(text, lineStart, lineEnd, result);
            if (open >= 0 && NextLineOpensQuote(text, lineEnd))
            {
                result.Add(new QuotedSpan(open, TrimEnd(text, open + 1, lineEnd), Closed: false));
            }
            lineStart = lineEnd + 1;
        }
        return result;
    }

    private static bool IsDoubleOpener(char c) => c is '\u201C' or '\u201E' or '\u00AB';

    private static bool IsDoubleCloser(char c) => c is '\u201D' or '\u00BB';

    private static bool NextLineOpensQuote(string text, int lineEnd)
    {
        int k = lineEnd;
        while (k < text.Length && char.IsWhiteSpace(text[k]))
        {
            k++;
        }
        return k > lineEnd && k < text.Length && text[k] is '"' or '\u201C';
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return end;
    }

    /// <summary>Pairs the marks in one line; returns the position of a double quotation left open at its end, or -1.</summary>
    private static int FindInLine(string text, int start, int end, List<QuotedSpan> result)
    {
        int openDouble = -1;
        int openSingle = -1;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c == '"')
            {
                if (openDouble < 0)
                {
                    openDouble = i;
                    openSingle = -1;
                }
                else
                {
                    result.Add(new QuotedSpan(openDouble, i));
                    openDouble = -1;
                }
                continue;
            }
            if (IsDoubleOpener(c))
            {
                openDouble = i;
                openSingle = -1;
                continue;
            }
            if (IsDoubleCloser(c))
            {
                if (openDouble >= 0)
                {
                    result.Add(new QuotedSpan(openDouble, i));
                    openDouble = -1;
                }
                continue;
            }
            if (openDouble >= 0 || c is not ('\'' or '\u2018' or '\u2019'))
            {
                continue;
            }
            bool prevSpace = i == start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '\u2014' or '\u2013';
            bool nextWord = i + 1 < end && char.IsLetterOrDigit(text[i + 1]);
            bool prevWord = i > start && !char.IsWhiteSpace(text[i - 1]);
            if (openSingle < 0)
            {
                if (c != '\u2019' && prevSpace && nextWord)
                {
                    openSingle = i;
                }
            }
            else if (c != '\u2018' && prevWord && !nextWord)
            {
                // An s before the mark may be a plural possessive (the Iranians' view): only close when
                // punctuation or the line end follows, or when no later mark could close this quotation.
                bool possessive = char.ToLowerInvariant(text[i - 1]) == 's' && i + 1 < end && text[i + 1] == ' ' &&
                                  HasLaterCloser(text, i + 1, end);
                if (!possessive && i - openSingle <= MaxSingleQuoted)
                {
                    result.Add(new QuotedSpan(openSingle, i));
                    openSingle = -1;
                }
            }
            else if (c != '\u2019' && prevSpace && nextWord)
            {
                openSingle = i;
            }
        }
        return openDouble;
    }

    private static bool HasLaterCloser(string text, int from, int end)
    {
        for (int k = from; k < end; k++)
        {
            if (text[k] is '\'' or '\u2019' && !char.IsWhiteSpace(text[k - 1]) &&
                (k + 1 >= end || !char.IsLetterOrDigit(text[k + 1])))
            {
                return true;
            }
        }
        return false;
    }
}
