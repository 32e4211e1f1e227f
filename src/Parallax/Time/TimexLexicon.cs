using System.Globalization;

namespace Parallax.Time;

/// <summary>Words and regular-expression pieces for temporal expressions in news English.</summary>
internal static class TimexLexicon
{
    public const string MonthFull =
        "January|February|March|April|May|June|July|August|September|October|November|December";

    /// <summary>A month written out or abbreviated with its period ("Feb.").</summary>
    public const string Month =
        @"(?<mon>" + MonthFull + @"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)";

    /// <summary>A month before or after a day number, where "Feb 6" needs no period.</summary>
    public const string MonthLoose =
        @"(?<mon>" + MonthFull + @"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)";

    public const string Day = @"(?<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?";
    public const string Year = @"(?<year>(?:1[5-9]|20)\d\d)";
    /// <summary>A year said in words, as broadcast transcripts write it: "nineteen ninety-six", "two thousand".</summary>
    public const string SpokenYear =
        @"(?<syear>(?i:(?:nineteen|eighteen|twenty)[\s-](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|oh[\s-](?:one|two|three|four|five|six|seven|eight|nine))|two\s+thousand(?:\s+and)?(?:\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?))?))";

    /// <summary>The year a spoken year names: "nineteen ninety-six" is 1996, "two thousand and two" is 2002.</summary>
    public static int? ParseSpokenYear(string text)
    {
        var s = System.Text.RegularExpressions.Regex.Replace(text.ToLowerInvariant(), @"[\s-]+", " ").Replace(" and ", " ", StringComparison.Ordinal);
        if (s.StartsWith("two thousand", StringComparison.Ordinal))
        {
            var rest = s["two thousand".Length..].Trim();
            return rest.Length == 0 ? 2000 : ParseNumber(rest) is { } r ? 2000 + (int)r : null;
        }
        int space = s.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || ParseNumber(s[..space]) is not { } century)
        {
            return null;
        }
        var tail = s[(space + 1)..];
        if (tail == "hundred")
        {
            return (int)century * 100;
        }
        if (tail.StartsWith("oh ", StringComparison.Ordinal))
        {
            tail = tail[3..];
        }
        return ParseNumber(tail) is { } y and < 100 ? (int)century * 100 + (int)y : null;
    }

    public const string Weekday = @"(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    private static readonly HashSet<string> CalendarNames = new(
        MonthFull.Split('|').Concat(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]), StringComparer.OrdinalIgnoreCase);

    /// <summary>A month or weekday written out ("May", "Monday").</summary>
    public static bool IsCalendarName(string word) => CalendarNames.Contains(word);

    public const string Number =
        @"(?<num>\d{1,3}\s+1/2|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:hundred|thousand)|\d{1,3}(?:,\d{3})*(?:\.\d+)?|" +
        @"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine)(?![\w-]))?|" +
        @"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" +
        @"one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple\s+of|a\s+couple|couple\s+of|" +
        @"a\s+dozen|dozens\s+of|several|few|many|hundreds\s+of|an|a)";

    public const string Unit =
        @"(?<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)";

    public const string PluralUnit =
        @"(?<unit>seconds|minutes|hours|days|nights|weeks|fortnights|months|quarters|years|decades|centuries)";

    /// <summary>Hedges TimeML keeps inside the expression ("about two years ago", "more than a week").</summary>
    public const string Approx =
        @"(?<approx>about|nearly|almost|roughly|approximately|around|more\s+than|less\s+than|fewer\s+than|" +
        @"no\s+more\s+than|at\s+least|at\s+most|up\s+to)";

    public static int MonthNumber(string word)
    {
        var w = word.TrimEnd('.').ToLowerInvariant();
        return w.Length < 3 ? 0 : w[..3] switch
        {
            "jan" => 1,
            "feb" => 2,
            "mar" => 3,
            "apr" => 4,
            "may" => 5,
            "jun" => 6,
            "jul" => 7,
            "aug" => 8,
            "sep" => 9,
            "oct" => 10,
            "nov" => 11,
            "dec" => 12,
            _ => 0,
        };
    }

    public static DayOfWeek WeekdayOf(string word) => word.ToLowerInvariant()[..3] switch
    {
        "mon" => DayOfWeek.Monday,
        "tue" => DayOfWeek.Tuesday,
        "wed" => DayOfWeek.Wednesday,
        "thu" => DayOfWeek.Thursday,
        "fri" => DayOfWeek.Friday,
        "sat" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    /// <summary>ISO day number (Monday 1 .. Sunday 7), as TimeML writes "XXXX-WXX-5".</summary>
    public static int IsoDay(DayOfWeek d) => d == DayOfWeek.Sunday ? 7 : (int)d;

    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["couple"] = 2, ["dozen"] = 12,
    };

    /// <summary>A number written in digits or words; null for vague amounts ("several", "a few", "many").</summary>
    public static decimal? ParseNumber(string text)
    {
        var s = System.Text.RegularExpressions.Regex.Replace(text.Trim().ToLowerInvariant(), @"\s+", " ");
        if (s.EndsWith(" 1/2", StringComparison.Ordinal) && decimal.TryParse(s[..^4], NumberStyles.Number, CultureInfo.InvariantCulture, out var wholePart))
        {
            return wholePart + 0.5m;
        }
        if (decimal.TryParse(s.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var d))
        {
            return d;
        }
        foreach (var (word, factor) in (ReadOnlySpan<(string, int)>)[(" hundred", 100), (" thousand", 1000)])
        {
            if (s.EndsWith(word, StringComparison.Ordinal) && ParseNumber(s[..^word.Length]) is { } head)
            {
                return head * factor;
            }
        }
        s = s.Replace("a couple of", "couple", StringComparison.Ordinal).Replace("a couple", "couple", StringComparison.Ordinal)
            .Replace("couple of", "couple", StringComparison.Ordinal).Replace("a dozen", "dozen", StringComparison.Ordinal);
        if (Words.TryGetValue(s, out var n))
        {
            return n;
        }
        s = s.Replace(' ', '-');
        int dash = s.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && Words.TryGetValue(s[..dash], out var tens) && Words.TryGetValue(s[(dash + 1)..], out var ones))
        {
            return tens + ones;
        }
        return null;
    }

    /// <summary>The unit word without its plural ending: "centuries" -> "century", "weeks" -> "week".</summary>
    public static string UnitStem(string unit)
    {
        var u = unit.ToLowerInvariant();
        if (u == "centuries")
        {
            return "century";
        }
        return u.EndsWith('s') ? u[..^1] : u;
    }

    /// <summary>A TimeML duration value: P3W, PT5H, PXY.</summary>
    public static string DurationValue(decimal? n, string unitStem)
    {
        // A half unit is written in the next smaller unit: 2 1/2 years is P2Y6M, 1 1/2 hours PT1H30M.
        if (n is { } half && half != decimal.Truncate(half) && half * 2 == decimal.Truncate(half * 2))
        {
            int whole = (int)decimal.Truncate(half);
            string? rest = unitStem switch
            {
                "year" => "6M",
                "month" => "15D",
                "day" => "T12H",
                "hour" => "30M",
                "minute" => "30S",
                _ => null,
            };
            if (rest is not null)
            {
                bool clock = unitStem is "hour" or "minute";
                string head = whole == 0 ? "" : whole + unitStem switch { "year" => "Y", "month" => "M", "day" => "D", "hour" => "H", _ => "M" };
                return (clock ? "PT" : "P") + head + rest;
            }
        }
        string Amount(decimal factor) => n is { } v ? (v * factor).ToString("0.##", CultureInfo.InvariantCulture) : "X";
        return unitStem switch
        {
            "second" => "PT" + Amount(1) + "S",
            "minute" => "PT" + Amount(1) + "M",
            "hour" => "PT" + Amount(1) + "H",
            "day" or "night" => "P" + Amount(1) + "D",
            "week" => "P" + Amount(1) + "W",
            "fortnight" => "P" + Amount(2) + "W",
            "month" => "P" + Amount(1) + "M",
            "quarter" => "P" + Amount(1) + "Q",
            "year" => "P" + Amount(1) + "Y",
            "decade" => "P" + Amount(10) + "Y",
            "century" => "P" + Amount(100) + "Y",
            _ => "PX" + char.ToUpperInvariant(unitStem[0]),
        };
    }

    /// <summary>The calendar grain a unit word counts in, for "two weeks ago" style shifts.</summary>
    public static Grain? GrainOf(string unitStem) => unitStem switch
    {
        "second" or "minute" or "hour" or "day" or "night" => Grain.Day,
        "week" or "fortnight" => Grain.Week,
        "month" => Grain.Month,
        "quarter" => Grain.Quarter,
        "year" => Grain.Year,
        "decade" => Grain.Decade,
        "century" => Grain.Century,
        "spring" or "summer" or "fall" or "autumn" or "winter" => Grain.Season,
        "weekend" => Grain.Weekend,
        _ => null,
    };

    public static int SeasonMonth(string season) => season.ToLowerInvariant() switch
    {
        "spring" => 4,
        "summer" => 7,
        "fall" or "autumn" => 10,
        _ => 12,
    };

    /// <summary>Offsets of zones named in news ("Tehran time", "GMT", "EST"); null when unknown.</summary>
    public static TimeSpan? ZoneOffset(string zone)
    {
        var z = zone.Trim().ToLowerInvariant();
        if (z.EndsWith(" time", StringComparison.Ordinal))
        {
            z = z[..^5];
        }
        double? hours = z switch
        {
            "gmt" or "utc" or "greenwich" or "london" or "lisbon" or "dublin" => 0,
            "cet" or "paris" or "berlin" or "brussels" or "rome" or "madrid" or "vienna" or "geneva" => 1,
            "cest" or "eet" or "cairo" or "athens" or "kyiv" or "kiev" or "jerusalem" or "israel" or "beirut" or "amman" or "damascus" => 2,
            "moscow" or "istanbul" or "ankara" or "baghdad" or "riyadh" or "doha" or "kuwait" or "msk" => 3,
            "tehran" or "iran" => 3.5,
            "dubai" or "muscat" or "abu dhabi" or "baku" or "gst" => 4,
            "kabul" => 4.5,
            "islamabad" or "karachi" or "pakistan" or "pkt" or "tashkent" => 5,
            "india" or "new delhi" or "delhi" or "mumbai" or "ist" => 5.5,
            "dhaka" => 6,
            "bangkok" or "jakarta" or "hanoi" => 7,
            "beijing" or "china" or "hong kong" or "singapore" or "taipei" or "manila" or "perth" => 8,
            "tokyo" or "seoul" or "jst" or "kst" => 9,
            "sydney" or "aest" => 10,
            "est" or "eastern" or "washington" or "new york" => -5,
            "edt" => -4,
            "cst" or "central" or "chicago" => -6,
            "cdt" => -5,
            "mst" or "mountain" or "denver" => -7,
            "mdt" => -6,
            "pst" or "pacific" or "los angeles" => -8,
            "pdt" => -7,
            "bst" => 1,
            _ => null,
        };
        return hours is { } h ? TimeSpan.FromHours(h) : null;
    }
}
