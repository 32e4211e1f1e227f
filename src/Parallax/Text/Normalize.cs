using System.Globalization;
using System.Text;

namespace Parallax.Text;

/// <summary>Text normalisation shared by the cross-document stages.</summary>
public static partial class Normalize
{
    /// <summary>Whether a word starts with a capital letter ("Portvale", "USS", "McCain").</summary>
    public static bool StartsUpper(string word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>Lower case, without diacritics; curly quotes and dashes folded to ASCII.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        var decomposed = text.ToString().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            sb.Append(c switch
            {
                '\u2018' or '\u2019' or '\u02BC' or '`' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }
        return sb.ToString();
    }

    /// <summary>The lower-case content words of a text (letters or digits, no stop words), in order.</summary>
    public static List<string> ContentWords(ReadOnlySpan<char> text)
    {
        var words = new List<string>();
        foreach (var token in Words(text))
        {
            if (!StopWords.Contains(token))
            {
                words.Add(token);
            }
        }
        return words;
    }

    /// <summary>The lower-case, diacritic-free words of a text (letters and digits only), in order.</summary>
    public static List<string> Words(ReadOnlySpan<char> text)
    {
        var folded = Fold(text);
        var words = new List<string>();
        int i = 0;
        while (i < folded.Length)
        {
            if (!char.IsLetterOrDigit(folded[i]))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < folded.Length && (char.IsLetterOrDigit(folded[i]) ||
                   folded[i] is '\'' or '-' or '.' or ',' && i + 1 < folded.Length && char.IsLetterOrDigit(folded[i + 1]) &&
                   (folded[i] != ',' || char.IsDigit(folded[i - 1]))))
            {
                i++;
            }
            words.Add(folded[start..i]);
        }
        return words;
    }

    /// <summary>
    /// Words that news reports use interchangeably for the same thing, folded to one concept so that paraphrases
    /// align ("talks", "negotiations", "discussions"; "held", "wrapped up", "concluded").
    /// </summary>
    private static readonly Dictionary<string, string> Concepts = new(StringComparer.Ordinal)
    {
        ["talk"] = "talk", ["negotiation"] = "talk", ["negoti"] = "talk", ["discussion"] = "talk", ["dialogue"] = "talk",
        ["meet"] = "talk", ["meeting"] = "talk", ["session"] = "talk", ["round"] = "talk",
        ["held"] = "hold", ["hold"] = "hold", ["conduct"] = "hold", ["wrapp"] = "hold", ["conclud"] = "hold", ["conclude"] = "hold",
        ["resum"] = "resume", ["resume"] = "resume", ["reconven"] = "resume", ["reconvene"] = "resume", ["continu"] = "resume",
        ["continue"] = "resume",
        ["kill"] = "kill", ["dead"] = "kill", ["die"] = "kill", ["death"] = "kill",
        ["injur"] = "injure", ["injure"] = "injure", ["wound"] = "injure", ["hurt"] = "injure",
        ["mistrust"] = "distrust", ["distrust"] = "distrust", ["trust"] = "distrust",
        ["nuclear"] = "nuclear", ["atomic"] = "nuclear",
        ["sanction"] = "sanction", ["penalt"] = "sanction",
        ["mediator"] = "mediat", ["mediat"] = "mediat", ["medi"] = "mediat",
    };

    /// <summary>The concept of a word: its stem, folded with its usual news synonyms.</summary>
    public static string Concept(string word)
    {
        var stem = Stem(word);
        return Concepts.TryGetValue(stem, out var concept) ? concept : stem;
    }

    /// <summary>A crude English stem: plural and common verb endings removed, for matching only.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 4 || !char.IsLetter(word[^1]))
        {
            return word;
        }
        foreach (var suffix in (ReadOnlySpan<string>)["ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ers", "ed", "es", "s"])
        {
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = word[..^suffix.Length];
                return suffix is "ies" or "ied" ? stem + "y" : stem;
            }
        }
        return word;
    }
}
