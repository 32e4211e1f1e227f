using System.Text;

namespace Parallax.Extraction;

/// <summary>Whitespace and control-character clean-up shared by every extractor.</summary>
public static class TextNormalizer
{
    /// <summary>
    /// Collapses every run of white space (including no-break and zero-width spaces) to one space, drops control
    /// characters and trims.
    /// </summary>
    public static string CollapseWhitespace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
            {
                space = c is not ('\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF') || space;
                continue;
            }
            if (char.IsControl(c) || c == '\uFFFD' && sb.Length == 0)
            {
                continue;
            }
            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
