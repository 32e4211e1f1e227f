using System.Globalization;
using System.Text.RegularExpressions;

namespace Parallax.Extraction;

/// <summary>A date found in text: the instant, how precise it was written, and where it was.</summary>
/// <param name="Value">The instant. When no offset was written, the offset is +00:00 and <see cref="HasOffset"/> is false.</param>
public readonly record struct FoundDate(DateTimeOffset Value, bool HasTime, bool HasOffset, int Index, int Length)
{
    /// <summary>A rank for choosing between dates of one page: an offset beats a bare time beats a bare day.</summary>
    public int Precision => (HasTime ? 1 : 0) + (HasOffset ? 1 : 0);
}

/// <summary>
/// Finds absolute publication dates as news pages print them: ISO 8601 ("2026-02-07 05:04:16", "2026-02-07T05:04:16Z"),
/// day-month-year ("8 February 2026 14:24 (UTC+04:00)", "7 February 2026 - 14:56"), month-day-year
/// ("Sunday February 8 2026", "Feb. 8, 2026 at 10:30 a.m. EST") and dotted numeric dates ("08.02.2026").
/// Relative dates ("1 Hour ago") are not dates here: they give no day without the time of the crawl.
/// </summary>
public static partial class DateText
{
    // English, German, French, Spanish and Italian month names and their usual abbreviations.
    private const string Month =
        @"(?<mon>january|february|march|april|may|june|july|august|september|october|november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec"
        + @"|januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|mär|okt|dez"
        + @"|janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janv|févr|avr|juil|déc"
        + @"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|abr|ago|dic"
        + @"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|gen|mag|giu|lug|ott)\b\.?";

    // Time after a date: "14:24", "- 14:56", ", 10:30 a.m.", "at 5:04 PM", "| 05:04:16".
    private const string Time =
        @"(?:\s*(?:[-–—,|@/]|\bat\b|T)?\s*(?<h>[0-2]?\d)[:.h](?<mi>[0-5]\d)(?::(?<s>[0-5]\d)(?:\.\d+)?)?(?:\s*(?<ampm>[ap])\.?\s?m\b\.?)?)?";

    // Zone after a time: "Z", "+04:00", "(UTC+04:00)", "GMT+4", "EST".
    private const string Zone =
        @"(?:\s*\(?\s*(?:(?<z>Z)\b|(?:UTC|GMT)?\s*(?<off>[+-](?:[01]?\d)(?::?[0-5]\d)?)\b|(?<utc>UTC|GMT)\b|(?<abbr>EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|MSK|JST|KST|AEST|AEDT|IRST|PKT|GST|WIB|HKT|SGT)\b)\s*\)?)?";

    [GeneratedRegex(@"(?<![\d-])(?<y>(?:19|20)\d\d)-(?<mo>[01]\d)-(?<d>[0-3]\d)" + Time + Zone, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<!\d)(?<d>[0-3]?\d)(?:st|nd|rd|th|er|\.)?\s*(?:of\s+|de\s+)?" + Month + @",?\s+(?:de\s+)?(?<y>(?:19|20)\d\d)\b" + Time + Zone, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b" + Month + @"\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d\d)\b" + Time + Zone, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<![\d.])(?<d>[0-3]?\d)\.(?<mo>[01]?\d)\.(?<y>(?:19|20)\d\d)\b" + Time + Zone, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DottedDate();

    [GeneratedRegex(@"(?<![\d/])(?<y>(?:19|20)\d\d)/(?<mo>[01]\d)/(?<d>[0-3]\d)(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex SlashedYearFirst();

    /// <summary>All absolute dates in <paramref name="text"/>, in order of position.</summary>
    public static IReadOnlyList<FoundDate> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<FoundDate>();
        foreach (var regex in new[] { IsoDate(), DayMonthYear(), MonthDayYear(), DottedDate(), SlashedYearFirst() })
        {
            foreach (Match m in regex.Matches(text))
            {
                if (Build(m) is { } date && !found.Any(f => f.Index < date.Index + date.Length && date.Index < f.Index + f.Length))
                {
                    found.Add(date);
                }
            }
        }
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    /// <summary>The first absolute date in <paramref name="text"/>, if any.</summary>
    public static FoundDate? FindFirst(string text) => FindAll(text) is [var first, ..] ? first : null;

    /// <summary>
    /// Parses a machine-readable date (meta tags, JSON-LD, feeds): ISO 8601, RFC 1123 ("Fri, 06 Feb 2026 10:00:00 GMT"),
    /// or any form <see cref="FindFirst"/> knows.
    /// </summary>
    public static FoundDate? ParseMachine(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        value = value.Trim();
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed)
            && parsed.Year is >= 1990 and <= 2100)
        {
            bool hasTime = value.Contains(':');
            bool hasOffset = hasTime && HasZone().IsMatch(value);
            return new FoundDate(hasOffset ? parsed : new DateTimeOffset(parsed.DateTime, TimeSpan.Zero), hasTime, hasOffset, 0, value.Length);
        }
        return FindFirst(value);
    }

    [GeneratedRegex(@"(?:Z|[+-]\d\d:?\d\d|\b(?:GMT|UTC)|\b[ECMP][SD]T)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HasZone();

    private static FoundDate? Build(Match m)
    {
        int year = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        int month = m.Groups["mon"].Success ? MonthNumber(m.Groups["mon"].Value) : int.Parse(m.Groups["mo"].ValueSpan, CultureInfo.InvariantCulture);
        int day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }
        bool hasTime = m.Groups["h"].Success;
        int hour = hasTime ? int.Parse(m.Groups["h"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        int minute = hasTime ? int.Parse(m.Groups["mi"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        int second = m.Groups["s"].Success ? int.Parse(m.Groups["s"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        if (m.Groups["ampm"].Success)
        {
            bool pm = char.ToLowerInvariant(m.Groups["ampm"].Value[0]) == 'p';
            if (hour is < 1 or > 12)
            {
                return null;
            }
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23)
        {
            return null;
        }
        TimeSpan? offset = null;
        if (hasTime)
        {
            if (m.Groups["z"].Success || m.Groups["utc"].Success)
            {
                offset = TimeSpan.Zero;
            }
            else if (m.Groups["off"].Success)
            {
                offset = ParseOffset(m.Groups["off"].Value);
            }
            else if (m.Groups["abbr"].Success)
            {
                offset = AbbreviationOffset(m.Groups["abbr"].Value);
            }
        }
        int length = m.Length;
        // The time and zone groups are optional: trim a match that ended on separators only.
        while (length > 0 && " ,-–—|@(/".Contains(m.Value[length - 1], StringComparison.Ordinal))
        {
            length--;
        }
        var value = new DateTimeOffset(year, month, day, hour, minute, second, offset ?? TimeSpan.Zero);
        return new FoundDate(value, hasTime, offset is not null, m.Index, length);
    }

    private static TimeSpan? ParseOffset(string text)
    {
        int sign = text[0] == '-' ? -1 : 1;
        var digits = text[1..].Replace(":", "", StringComparison.Ordinal);
        int hours, minutes = 0;
        if (digits.Length <= 2)
        {
            hours = int.Parse(digits, CultureInfo.InvariantCulture);
        }
        else
        {
            hours = int.Parse(digits[..^2], CultureInfo.InvariantCulture);
            minutes = int.Parse(digits[^2..], CultureInfo.InvariantCulture);
        }
        if (hours > 14 || minutes > 59)
        {
            return null;
        }
        return sign * new TimeSpan(hours, minutes, 0);
    }

    private static TimeSpan? AbbreviationOffset(string abbreviation) => abbreviation.ToUpperInvariant() switch
    {
        "EST" => TimeSpan.FromHours(-5),
        "EDT" => TimeSpan.FromHours(-4),
        "CST" => TimeSpan.FromHours(-6),
        "CDT" => TimeSpan.FromHours(-5),
        "MST" => TimeSpan.FromHours(-7),
        "MDT" => TimeSpan.FromHours(-6),
        "PST" => TimeSpan.FromHours(-8),
        "PDT" => TimeSpan.FromHours(-7),
        "BST" => TimeSpan.FromHours(1),
        "CET" => TimeSpan.FromHours(1),
        "CEST" => TimeSpan.FromHours(2),
        "EET" => TimeSpan.FromHours(2),
        "EEST" => TimeSpan.FromHours(3),
        "MSK" => TimeSpan.FromHours(3),
        "JST" or "KST" => TimeSpan.FromHours(9),
        "AEST" => TimeSpan.FromHours(10),
        "AEDT" => TimeSpan.FromHours(11),
        "IRST" => new TimeSpan(3, 30, 0),
        "PKT" => TimeSpan.FromHours(5),
        "GST" => TimeSpan.FromHours(4),
        "WIB" => TimeSpan.FromHours(7),
        "HKT" or "SGT" => TimeSpan.FromHours(8),
        _ => null,
    };

    private static readonly Dictionary<string, int> MonthNumbers = BuildMonths();

    private static Dictionary<string, int> BuildMonths()
    {
        string[][] names =
        [
            ["january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen"],
            ["february", "feb", "februar", "février", "fevrier", "févr", "febrero", "febbraio"],
            ["march", "mar", "märz", "mär", "mars", "marzo"],
            ["april", "apr", "avril", "avr", "abril", "abr", "aprile"],
            ["may", "mai", "mayo", "maggio", "mag"],
            ["june", "jun", "juni", "juin", "junio", "giugno", "giu"],
            ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug"],
            ["august", "aug", "août", "aout", "agosto", "ago"],
            ["september", "sept", "sep", "septembre", "septiembre", "setiembre", "settembre"],
            ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott"],
            ["november", "nov", "novembre", "noviembre"],
            ["december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre"],
        ];
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < names.Length; i++)
        {
            foreach (var name in names[i])
            {
                map[name] = i + 1;
            }
        }
        return map;
    }

    private static int MonthNumber(string name) => MonthNumbers.GetValueOrDefault(name.TrimEnd('.'));
}
