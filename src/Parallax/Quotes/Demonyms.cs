using System.Collections.Frozen;

namespace Parallax.Quotes;

/// <summary>Whether an adjective of nationality names a country: "Omani" and "Oman", "American" and "U.S.".</summary>
internal static class Demonyms
{
    private static readonly FrozenDictionary<string, string[]> Irregular = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["American"] = ["United States", "U.S.", "US", "USA", "America", "Washington"],
        ["British"] = ["Britain", "United Kingdom", "U.K.", "UK", "London"],
        ["French"] = ["France", "Paris"],
        ["Dutch"] = ["Netherlands", "Holland"],
        ["Swiss"] = ["Switzerland"],
        ["Chinese"] = ["China", "Beijing"],
        ["Turkish"] = ["Turkey", "Türkiye", "Ankara"],
        ["Saudi"] = ["Saudi Arabia", "Riyadh"],
        ["Emirati"] = ["United Arab Emirates", "UAE", "U.A.E."],
        ["Lebanese"] = ["Lebanon", "Beirut"],
        ["Afghan"] = ["Afghanistan", "Kabul"],
        ["Filipino"] = ["Philippines", "Manila"],
        ["Greek"] = ["Greece", "Athens"],
        ["Spanish"] = ["Spain", "Madrid"],
        ["Danish"] = ["Denmark"],
        ["Swedish"] = ["Sweden"],
        ["Polish"] = ["Poland"],
        ["Finnish"] = ["Finland"],
        ["Irish"] = ["Ireland"],
        ["Japanese"] = ["Japan", "Tokyo"],
        ["Iranian"] = ["Iran", "Tehran"],
        ["Israeli"] = ["Israel"],
        ["Palestinian"] = ["Palestine", "Palestinian Authority"],
        ["Soviet"] = ["Soviet Union", "USSR"],
        ["European"] = ["European Union", "EU", "E.U.", "Europe", "Brussels"],
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the word looks like an adjective of nationality (capitalised, with a usual ending or in the table).</summary>
    public static bool IsDemonym(string word) =>
        word.Length > 3 && char.IsUpper(word[0]) &&
        (Irregular.ContainsKey(word) || word.EndsWith('i') || word.EndsWith("an", StringComparison.Ordinal) ||
         word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal));

    public static bool Matches(string demonym, string? place)
    {
        if (string.IsNullOrWhiteSpace(place))
        {
            return false;
        }
        place = place.Trim();
        if (Irregular.TryGetValue(demonym, out var names) &&
            names.Any(n => place.Equals(n, StringComparison.OrdinalIgnoreCase) || place.EndsWith(" " + n, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        if (place.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }
        // Regular forms share the country's name: Oman/Omani, Iraq/Iraqi, Egypt/Egyptian, Germany/German, Italy/Italian.
        int common = 0;
        while (common < demonym.Length && common < place.Length &&
               char.ToLowerInvariant(demonym[common]) == char.ToLowerInvariant(place[common]))
        {
            common++;
        }
        return common >= 4 && common >= place.Length - 1;
    }
}
