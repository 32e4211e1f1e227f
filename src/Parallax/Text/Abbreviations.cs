namespace Parallax.Text;

/// <summary>Abbreviations of news English that keep their period, and those that never end a sentence.</summary>
internal static class Abbreviations
{
    /// <summary>Titles and other abbreviations that are followed by more of the same sentence.</summary>
    private static readonly HashSet<string> NeverFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Adm", "Lt", "Col", "Maj", "Capt", "Cmdr", "Sgt", "Cpl", "Pvt",
        "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Amb", "Supt", "Insp", "Brig", "Fr", "Sr", "Jr", "St", "Mt", "Ft",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "No", "Nos", "Vol", "vs", "v", "approx", "cf", "ca", "Fig", "Art", "Sec", "Gov't",
    };

    /// <summary>Abbreviations that keep their period and may end a sentence.</summary>
    private static readonly HashSet<string> MaybeFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "Inc", "Ltd", "Co", "Corp", "Bros", "etc", "al", "Ave", "Blvd", "Rd", "a.m", "p.m", "U.S", "U.K", "U.N", "E.U",
        "D.C", "U.A.E", "i.e", "e.g", "Ph.D", "Calif", "Mass", "Wash", "Fla", "Ill", "Penn", "Tenn", "Mich", "Ariz",
    };

    /// <summary>Words that, capitalised after an ambiguous abbreviation, begin a new sentence.</summary>
    internal static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "It", "He", "She", "They", "We", "I", "This", "That", "These", "Those", "But", "And",
        "In", "On", "At", "As", "If", "When", "While", "However", "There", "His", "Her", "Their", "Its", "Our",
        "Meanwhile", "After", "Before", "Since", "Yet", "So", "Still", "Some", "Many", "Officials", "Analysts",
    };

    internal static bool IsNeverFinal(ReadOnlySpan<char> word) =>
        NeverFinal.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    internal static bool IsKnown(ReadOnlySpan<char> word) =>
        IsNeverFinal(word) || MaybeFinal.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Whether a word directly followed by a period keeps it.</summary>
    internal static bool TakesPeriod(ReadOnlySpan<char> word)
    {
        if (word.Length == 0)
        {
            return false;
        }
        if (IsKnown(word))
        {
            return true;
        }
        // Initials: a single capital letter ("George W. Bush"); dotted forms such as U.S already scanned.
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }
        // Dotted forms (U.S, a.m) were scanned whole up to their last period.
        return word.Contains('.');
    }
}
