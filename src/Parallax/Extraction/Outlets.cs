using System.Text;
using System.Text.RegularExpressions;

namespace Parallax.Extraction;

/// <summary>Outlet names from mastheads ("Azernews.Az"), bylines ("By AzerNEWS Staff") and host names.</summary>
public static partial class Outlets
{
    [GeneratedRegex(@"^(?:www\.)?(?<name>[\p{L}\d][\p{L}\d-]{1,40})\.(?<tld>[a-z]{2,6})(?:\.[a-z]{2})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DomainMasthead();

    /// <summary>The outlet named by a masthead line that is a bare domain ("Azernews.Az" -> "Azernews"), else null.</summary>
    public static string? FromMasthead(string line)
    {
        var m = DomainMasthead().Match(line.Trim());
        return m.Success ? Clean(m.Groups["name"].Value) : null;
    }

    /// <summary>Last words of newspaper, broadcaster and agency names.</summary>
    private static readonly HashSet<string> MediaNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "Post", "Herald", "Digest", "Times", "News", "Gazette", "Tribune", "Journal", "Daily", "Today", "Courier", "Observer",
        "Standard", "Telegraph", "Chronicle", "Review", "Express", "Mail", "Star", "Sun", "Monitor", "Record", "Press", "Wire",
        "Agency", "TV", "Radio", "Broadcasting", "Insider", "Dispatch", "Bulletin", "Register", "Independent", "Guardian",
        "Inquirer", "Examiner", "Sentinel", "Ledger", "Leader", "Argus", "Mercury", "Globe", "Times-Herald", "Weekly",
    };

    /// <summary>
    /// The outlet named by a masthead line that is a newspaper's name: two to five capitalised words (joined by
    /// "of", "and", "the") ending in a media noun, no digits, no sentence punctuation ("Tidewater Herald"); else null.
    /// </summary>
    public static string? FromNameMasthead(string line)
    {
        var words = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5 || line.Any(char.IsDigit) || line.TrimEnd().EndsWith('.') || !MediaNouns.Contains(words[^1]))
        {
            return null;
        }
        bool named = words.All(w => char.IsUpper(w[0]) || w is "of" or "and" or "the" or "de" or "al") && words.All(w => w.All(c => char.IsLetter(c) || c is '-' or '\'' or '&'));
        return named ? line.Trim() : null;
    }

    /// <summary>
    /// A clean display name: a shouted camel-case part is calmed ("AzerNEWS" -> "AzerNews"), an all-lower name is capitalised
    /// ("azernews" -> "Azernews"), acronyms stay ("BBC").
    /// </summary>
    public static string Clean(string name)
    {
        var text = name.Trim();
        if (text.Length == 0)
        {
            return text;
        }
        if (!text.Any(char.IsUpper))
        {
            return char.ToUpperInvariant(text[0]) + text[1..];
        }
        var sb = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsUpper(text[i]) && i > 0 && char.IsLower(text[i - 1]))
            {
                int j = i;
                while (j < text.Length && char.IsUpper(text[j]))
                {
                    j++;
                }
                bool endsWord = j == text.Length || !char.IsLetter(text[j]);
                if (j - i >= 4 && endsWord)
                {
                    sb.Append(text[i]).Append(text[(i + 1)..j].ToLowerInvariant());
                    i = j;
                    continue;
                }
            }
            sb.Append(text[i]);
            i++;
        }
        return sb.ToString();
    }

    /// <summary>Of two spellings of one outlet, the one with more case information ("AzerNews" over "Azernews").</summary>
    public static string Prefer(string a, string b) =>
        a.Count(char.IsUpper) >= b.Count(char.IsUpper) ? a : b;
}
