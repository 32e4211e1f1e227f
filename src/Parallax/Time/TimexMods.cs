using Parallax.Model;

namespace Parallax.Time;

/// <summary>TimeML's <c>mod</c> attribute: read from the words that open or close an expression, and written out.</summary>
public static class TimexMods
{
    // Longest first: "no more than" before "more than", "the end of" before "the".
    private static readonly (string Words, TimexMod Mod)[] Openers =
    [
        ("no more than ", TimexMod.EqualOrLess),
        ("no less than ", TimexMod.EqualOrMore),
        ("more than ", TimexMod.MoreThan),
        ("less than ", TimexMod.LessThan),
        ("fewer than ", TimexMod.LessThan),
        ("at least ", TimexMod.EqualOrMore),
        ("at most ", TimexMod.EqualOrLess),
        ("up to ", TimexMod.EqualOrLess),
        ("within ", TimexMod.EqualOrLess),
        ("over ", TimexMod.MoreThan),
        // "nearly" and "almost": the majority reading of each in TimeBank and AQUAINT-dev (see eval/README.md).
        ("nearly ", TimexMod.EqualOrLess),
        ("almost ", TimexMod.LessThan),
        ("about ", TimexMod.Approx),
        ("around ", TimexMod.Approx),
        ("approximately ", TimexMod.Approx),
        ("roughly ", TimexMod.Approx),
        ("some ", TimexMod.Approx),
        ("the beginning of ", TimexMod.Start),
        ("beginning of ", TimexMod.Start),
        ("the start of ", TimexMod.Start),
        ("start of ", TimexMod.Start),
        ("the turn of ", TimexMod.Start),
        ("the end of ", TimexMod.End),
        ("end of ", TimexMod.End),
        ("the close of ", TimexMod.End),
        ("the middle of ", TimexMod.Mid),
        ("middle of ", TimexMod.Mid),
        ("earlier ", TimexMod.Start),
        ("early ", TimexMod.Start),
        ("early-", TimexMod.Start),
        ("later ", TimexMod.End),
        ("late ", TimexMod.End),
        ("late-", TimexMod.End),
        ("mid-", TimexMod.Mid),
        ("mid ", TimexMod.Mid),
    ];

    /// <summary>
    /// The modifier an expression's own words give it: hedges before a quantity ("about two years", "more than a
    /// week", "at least 20 more years"), parts of a period ("early next week", "late 1990", "the end of the year",
    /// "mid-1990s", "earlier this month"), "or so" after one; null when none.
    /// </summary>
    public static TimexMod? Of(ReadOnlySpan<char> expression)
    {
        var text = expression.ToString().ToLowerInvariant().Replace('\n', ' ');
        if (text.StartsWith("the ", StringComparison.Ordinal) && (text.StartsWith("the early", StringComparison.Ordinal) ||
            text.StartsWith("the late", StringComparison.Ordinal) || text.StartsWith("the mid", StringComparison.Ordinal)))
        {
            // "the early 1990s", "the late '80s", "the mid-1970s".
            text = text[4..];
        }
        foreach (var (words, mod) in Openers)
        {
            if (text.StartsWith(words, StringComparison.Ordinal))
            {
                return mod;
            }
        }
        if (text.EndsWith(" or so", StringComparison.Ordinal) || text.Contains(" or so ", StringComparison.Ordinal))
        {
            return TimexMod.Approx;
        }
        if (text.StartsWith("year-end", StringComparison.Ordinal) || text.StartsWith("year end", StringComparison.Ordinal) ||
            text.StartsWith("year's end", StringComparison.Ordinal))
        {
            return TimexMod.End;
        }
        return null;
    }

    /// <summary>The TimeML spelling: "APPROX", "ON_OR_AFTER", "EQUAL_OR_LESS".</summary>
    public static string ToTimeMl(TimexMod mod) => mod switch
    {
        TimexMod.Before => "BEFORE",
        TimexMod.After => "AFTER",
        TimexMod.OnOrBefore => "ON_OR_BEFORE",
        TimexMod.OnOrAfter => "ON_OR_AFTER",
        TimexMod.LessThan => "LESS_THAN",
        TimexMod.MoreThan => "MORE_THAN",
        TimexMod.EqualOrLess => "EQUAL_OR_LESS",
        TimexMod.EqualOrMore => "EQUAL_OR_MORE",
        TimexMod.Start => "START",
        TimexMod.Mid => "MID",
        TimexMod.End => "END",
        _ => "APPROX",
    };
}
