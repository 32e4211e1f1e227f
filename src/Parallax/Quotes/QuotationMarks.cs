using Parallax.Model;

namespace Parallax.Quotes;

/// <summary>
/// A stretch of text between a pair of quotation marks; <see cref="Open"/> and <see cref="Close"/> are the marks.
/// A quotation that runs on into the next paragraph (news style: no closing mark, the next paragraph opens with one)
/// has <see cref="Closed"/> false and <see cref="Close"/> at the end of its line.
/// </summary>
public readonly record struct QuotedSpan(int Open, int Close, bool Closed = true, int OpenWidth = 1, int CloseWidth = 1)
{
    /// <summary>The text between the marks.</summary>
    public TextSpan Inner => new(Open + OpenWidth, Close);

    /// <summary>The marks and the text between them.</summary>
    public TextSpan Outer => new(Open, Closed ? Close + CloseWidth : Close);
}

/// <summary>
/// Pairs quotation marks within a line: curly and straight double quotes, two apostrophes used as a double quote
/// (as some archives print them), and single quotes (curly or straight)
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
            var (open, width) = FindInLine(text, lineStart, lineEnd, result);
            if (open >= 0 && NextLineOpensQuote(text, lineEnd))
            {
                result.Add(new QuotedSpan(open, TrimEnd(text, open + width, lineEnd), Closed: false, OpenWidth: width));
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
        return k > lineEnd && k < text.Length && (text[k] is '"' or '\u201C' || IsDoubleApostrophe(text, k, text.Length));
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return end;
    }

    private static bool IsDoubleApostrophe(string text, int i, int end) =>
        i + 1 < end && text[i] == '\'' && text[i + 1] == '\'' && (i + 2 >= end || text[i + 2] != '\'');

    /// <summary>
    /// Pairs the marks in one line; returns the position and width of a double quotation left open at its end, or -1.
    /// </summary>
    private static (int Open, int Width) FindInLine(string text, int start, int end, List<QuotedSpan> result)
    {
        int openDouble = -1;
        int openWidth = 1;
        int openSingle = -1;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            // Three apostrophes inside a double quotation: the first closes a nested single quotation, two close the double.
            if (c == '\'' && i + 2 < end && text[i + 1] == '\'' && text[i + 2] == '\'' && openDouble >= 0)
            {
                continue;
            }
            bool twoApostrophes = IsDoubleApostrophe(text, i, end);
            if (c == '"' || twoApostrophes)
            {
                int width = twoApostrophes ? 2 : 1;
                if (openDouble < 0)
                {
                    openDouble = i;
                    openWidth = width;
                    openSingle = -1;
                }
                else
                {
                    result.Add(new QuotedSpan(openDouble, i, OpenWidth: openWidth, CloseWidth: width));
                    openDouble = -1;
                }
                i += width - 1;
                continue;
            }
            if (IsDoubleOpener(c))
            {
                openDouble = i;
                openWidth = 1;
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
        return (openDouble, openWidth);
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
