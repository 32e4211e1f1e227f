using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using Parallax.Model;
using Parallax.Text;
using static Parallax.Time.TimexLexicon;

namespace Parallax.Time;

/// <summary>
/// Finds temporal expressions (TimeML TIMEX3: DATE, TIME, DURATION, SET) in news English and normalises them
/// against the report's own date. Rules are regular expressions over the text, tried all at once; where two
/// candidates overlap the longer wins (then the earlier rule). Values are resolved in text order so that
/// "the following week" and "that day" can refer back to the last date the report mentioned.
/// </summary>
public static class TimexRecognizer
{
    // Interpreted, not RegexOptions.Compiled: compiling the ~70 rules cost 1.6 s of CPU on the first document
    // against 0.1 s interpreted, while a whole TBAQ evaluation (256 documents) took 2.3 s CPU interpreted against
    // 1.7 s compiled (2-core shared machine, 2026-11-21). A CLI run over a few reports is the common case.
    // Source-generated ([GeneratedRegex], tried 2026-11-22) was slower still, on few reports and many: jitting the
    // generated matchers cost more than they saved (eval/README.md, "Scale").
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private delegate Resolved? Resolver(Match m, Context ctx);

    private delegate bool Acceptor(Match m, string text);

    private sealed record Rule(string Name, Regex Pattern, Resolver Resolve, Acceptor? Accept = null);

    private sealed record Resolved(TimexType Type, string Value)
    {
        public Period? Period { get; init; }
        public bool Explicit { get; init; }
        public TimeSpan? UtcOffset { get; init; }
        public bool SetsReference { get; init; } = true;
    }

    private readonly record struct Candidate(int Start, int End, int RuleIndex, Match Match);

    private static readonly Rule[] Rules = BuildRules();

    /// <summary>Longest stretch of text one rule is matched against at a time.</summary>
    private const int ChunkChars = 2000;

    /// <summary>
    /// Whole sentences gathered into stretches of about <see cref="ChunkChars"/> characters. Matching each rule
    /// against one stretch at a time bounds the work a rule can do on any input, so no match needs a timeout and
    /// the result never depends on how busy the machine is. An expression never spans two sentences.
    /// </summary>
    private static List<(int Start, int Length)> Chunks(Doc doc)
    {
        var chunks = new List<(int, int)>();
        if (doc.Sentences.Count == 0)
        {
            for (int i = 0; i < doc.Text.Length; i += ChunkChars)
            {
                chunks.Add((i, Math.Min(ChunkChars, doc.Text.Length - i)));
            }
            return chunks;
        }
        int from = doc.Sentences[0].Span.Start, to = from;
        foreach (var sentence in doc.Sentences)
        {
            if (sentence.Span.End - from > ChunkChars && to > from)
            {
                chunks.Add((from, to - from));
                from = sentence.Span.Start;
            }
            to = sentence.Span.End;
        }
        chunks.Add((from, to - from));
        return chunks;
    }

    /// <summary>Recognises and normalises the temporal expressions of a tokenised, sentence-split document.</summary>
    public static List<Timex> Recognize(Doc doc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var text = doc.Text;
        var candidates = new List<Candidate>();
        var chunks = Chunks(doc);
        for (int r = 0; r < Rules.Length; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var (start, length) in chunks)
            {
                for (var m = Rules[r].Pattern.Match(text, start, length); m.Success; m = m.NextMatch())
                {
                    if (m.Length == 0 || Rules[r].Accept is { } accept && !accept(m, text))
                    {
                        continue;
                    }
                    candidates.Add(new Candidate(m.Index, m.Index + m.Length, r, m));
                }
            }
        }
        // Longest first; a candidate overlapping one already chosen is dropped (the characters taken are marked).
        var chosen = new List<Candidate>();
        var taken = new BitArray(text.Length);
        foreach (var c in candidates.OrderByDescending(c => c.End - c.Start).ThenBy(c => c.RuleIndex).ThenBy(c => c.Start))
        {
            bool free = true;
            for (int i = c.Start; i < c.End && free; i++)
            {
                free = !taken[i];
            }
            if (free)
            {
                chosen.Add(c);
                for (int i = c.Start; i < c.End; i++)
                {
                    taken[i] = true;
                }
            }
        }
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));

        var ctx = new Context(doc, AnchorOf(doc, chosen));
        var result = new List<Timex>(chosen.Count);
        foreach (var c in chosen)
        {
            ctx.Position = c.Start;
            var resolved = Rules[c.RuleIndex].Resolve(c.Match, ctx);
            if (resolved is null)
            {
                continue;
            }
            int start = ExtendStart(text, c.Start, resolved.Type);
            var timex = new Timex(new TextSpan(start, c.End), resolved.Type, resolved.Value)
            {
                Start = resolved.Period?.Start,
                End = resolved.Period?.End,
                Certainty = resolved.Explicit ? DateCertainty.Explicit : ctx.AnchorCertainty,
                UtcOffset = resolved.UtcOffset,
                Mod = TimexMods.Of(text.AsSpan(start, c.End - start)),
            };
            result.Add(timex);
            if (resolved.Type == TimexType.Duration && Regex.IsMatch(timex.Value, "^P([6-9]|1[01])M$") &&
                text.AsSpan(start, c.End - start).StartsWith("the", StringComparison.OrdinalIgnoreCase))
            {
                // "the nine months", "the first six months": the year to date, reported after the quarter.
                ctx.MonthsSinceQuarter = true;
            }
            if (resolved.SetsReference && resolved.Period is { } p && resolved.Type is TimexType.Date or TimexType.Time)
            {
                ctx.Reference = p;
                // 'Start': a quarter that has begun by the report's date can be the one it reports (a fiscal fourth
                // quarter in November); +1 value on TimeBank with "the latest period" read from it, see eval/README.md.
                if (p.Grain == Grain.Quarter && (ctx.Dct is not { } dct || p.Start <= dct))
                {
                    ctx.LastQuarter = p;
                    ctx.MonthsSinceQuarter = false;
                    ctx.FiscalQuarter = text.AsSpan(start, c.End - start).Contains("fiscal", StringComparison.OrdinalIgnoreCase);
                }
            }
        }
        return result;
    }

    /// <summary>
    /// The date relative expressions are resolved against: the report's publication date; when the report has
    /// none, the first date written out in full in its text, else a weekday-day-month whose year the text's
    /// years fix. Both fallbacks carry <see cref="DateCertainty.Inferred"/>: the date may be an event's and not
    /// the report's (a report of Saturday about Friday's talks would be anchored a day early).
    /// </summary>
    private static (DateOnly? Date, DateCertainty Certainty) AnchorOf(Doc doc, List<Candidate> chosen)
    {
        if (doc.Article.Published is { } published)
        {
            return (DateOnly.FromDateTime(published.DateTime), DateCertainty.Anchored);
        }
        foreach (var c in chosen)
        {
            var m = c.Match;
            if (m.Groups["year"].Success && m.Groups["mon"].Success && m.Groups["day"].Success &&
                TryDate(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), MonthNumber(m.Groups["mon"].Value),
                    int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture)) is { } d)
            {
                return (d, DateCertainty.Inferred);
            }
            if (m.Groups["iso"].Success && DateOnly.TryParseExact(m.Groups["iso"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
            {
                return (iso, DateCertainty.Inferred);
            }
        }
        // No full date: a weekday with its day and month ("Friday, February 6") fixes the year once the text
        // says which years it talks about: the first year, from the latest one it names, where that day is that weekday.
        int latestYear = 0;
        foreach (var c in chosen)
        {
            if (c.Match.Groups["year"].Success)
            {
                latestYear = Math.Max(latestYear, int.Parse(c.Match.Groups["year"].Value, CultureInfo.InvariantCulture));
            }
        }
        foreach (var c in chosen)
        {
            var m = c.Match;
            if (latestYear == 0 || !m.Groups["wd"].Success || !m.Groups["mon"].Success || !m.Groups["day"].Success)
            {
                continue;
            }
            var weekday = WeekdayOf(m.Groups["wd"].Value);
            for (int y = latestYear; y <= latestYear + 6; y++)
            {
                if (TryDate(y, MonthNumber(m.Groups["mon"].Value), int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture)) is { } d &&
                    d.DayOfWeek == weekday)
                {
                    return (d, DateCertainty.Inferred);
                }
            }
        }
        return (null, DateCertainty.Inferred);
    }

    private static readonly Regex PrefixOf = new(
        @"(?i:(?:(?:at|by|until|from|since)\s+)?the\s+(?:very\s+)?(?:end|beginning|start|middle|turn|close|spring|summer|fall|autumn|winter|first\s+half|second\s+half)\s+of\s+)$",
        Options | RegexOptions.RightToLeft);

    /// <summary>"the end of 1990" is one expression in TimeML: take "the end of" into the span.</summary>
    private static readonly Regex AroundBefore = new(@"(?i:(?<![\w-])(?:around|approximately)\s+)$", Options | RegexOptions.RightToLeft);

    private static int ExtendStart(string text, int start, TimexType type)
    {
        if (type is TimexType.Date or TimexType.Time && start >= 7)
        {
            // "around 7:15 p.m.", "around Nov. 1": TimeML keeps the hedge in the expression (mod APPROX).
            int back = Math.Max(0, start - 20);
            var around = AroundBefore.Match(text, back, start - back);
            if (around.Success)
            {
                return around.Index;
            }
        }
        if (type != TimexType.Date || start < 8)
        {
            return start;
        }
        int from = Math.Max(0, start - 40);
        var m = PrefixOf.Match(text, from, start - from);
        if (!m.Success)
        {
            return start;
        }
        int s = m.Index;
        var lead = text.AsSpan(s, m.Length);
        foreach (var prep in (string[])["at ", "by ", "until ", "from ", "since "])
        {
            if (lead.StartsWith(prep, StringComparison.OrdinalIgnoreCase))
            {
                s += prep.Length;
                while (char.IsWhiteSpace(text[s]))
                {
                    s++;
                }
            }
        }
        return s;
    }

    private sealed class Context(Doc doc, (DateOnly? Date, DateCertainty Certainty) anchor)
    {
        public Doc Doc { get; } = doc;
        public DateOnly? Dct { get; } = anchor.Date;
        public DateCertainty AnchorCertainty { get; } = anchor.Certainty;
        public int Position { get; set; }

        /// <summary>The last date the text mentioned (initially the report's date), for "the following week".</summary>
        public Period? Reference { get; set; } = anchor.Date is { } d ? new Period(Grain.Day, d) : null;

        public Period? LastQuarter { get; set; }

        /// <summary>
        /// True when the last period the text reported on was a run of months ("in the nine months, net fell ...")
        /// rather than a quarter: a year-ago comparison then compares with last year, not with last year's quarter.
        /// </summary>
        public bool MonthsSinceQuarter { get; set; }

        /// <summary>True when <see cref="LastQuarter"/> was named as a fiscal quarter ("the fiscal first quarter").</summary>
        public bool FiscalQuarter { get; set; }

        public Tense Tense => TenseGuesser.At(Doc, Doc.SentenceAt(Position), Position);

        /// <summary>The tense with reporting verbs discounted, for months and days named without a year.</summary>
        public Tense EventTense => TenseGuesser.At(Doc, Doc.SentenceAt(Position), Position, weakReporting: true);

        public DateOnly? ReferenceDay => Reference is { } r ? r.Grain == Grain.Day ? r.Anchor : Dct : Dct;
    }

    private static DateOnly? TryDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && year is >= 1 and <= 9999 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static Resolved Date(Period p, bool isExplicit = false) =>
        new(TimexType.Date, p.Value) { Period = p, Explicit = isExplicit };

    private static Resolved Unanchored(TimexType type, string value) => new(type, value) { SetsReference = false };

    private static Resolved Duration(string value) => new(TimexType.Duration, value) { SetsReference = false };

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    private static string Lower(Group g) => Regex.Replace(g.Value.ToLowerInvariant(), @"\s+", " ");

    // ---- context checks --------------------------------------------------------------------------------------

    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "at", "by", "last", "next", "this", "every", "each", "since", "until", "till", "through", "from",
        "to", "and", "or", "late", "early", "before", "after", "of", "for", "during", "mid", "the", "that", "between",
        "as", "until", "into", "around", "about", "but", "so", "then", "with", "without", "earlier", "later", "past",
        "coming", "following", "previous", "beginning", "end", "start", "than", "is", "was", "says", "said", "since",
    };

    private static string PreviousWord(string text, int start, out bool adjacent)
    {
        int i = start - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }
        adjacent = i >= 0 && i < start - 1 && (char.IsLetterOrDigit(text[i]) || text[i] == '.');
        int end = i + 1;
        while (i >= 0 && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '.' or '\''))
        {
            i--;
        }
        return text[(i + 1)..end];
    }

    private static string NextWord(string text, int end, out bool adjacent)
    {
        int i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        adjacent = i > end && i < text.Length && char.IsLetterOrDigit(text[i]);
        int s = i;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-'))
        {
            i++;
        }
        return text[s..i];
    }

    private static bool IsCalendarWord(string w) =>
        MonthNumber(w) > 0 && (w.Length == 3 || Regex.IsMatch(w, "^(?:" + MonthFull + ")$")) ||
        Regex.IsMatch(w, "^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Morning|Afternoon|Evening|Night)$", RegexOptions.IgnoreCase);

    /// <summary>
    /// False when a capitalised calendar word sits inside a name: "Good Friday Agreement", "Friday Mosque",
    /// "USA Today", "June Carter". A capitalised word before it counts unless it opens a sentence or is a
    /// function word; with <paramref name="checkNext"/> a capitalised word after it counts too.
    /// </summary>
    private static bool NotInName(Match m, string text, bool checkNext)
    {
        if (!Normalize.StartsUpper(m.Value))
        {
            return true;
        }
        var prev = PreviousWord(text, m.Index, out bool prevAdjacent);
        if (prevAdjacent && Normalize.StartsUpper(prev) && !Openers.Contains(prev) && !IsCalendarWord(prev.TrimEnd('.')) && !SentenceStartBefore(text, m.Index - prev.Length - 1))
        {
            return false;
        }
        if (checkNext)
        {
            var next = NextWord(text, m.Index + m.Length, out bool nextAdjacent);
            if (nextAdjacent && Normalize.StartsUpper(next) && !Openers.Contains(next) && !IsCalendarWord(next) && !Regex.IsMatch(next, @"^\d"))
            {
                return false;
            }
        }
        return true;
    }

    private static bool SentenceStartBefore(string text, int index)
    {
        int i = index - 1;
        while (i >= 0 && text[i] is ' ' or '"' or '\u201C' or '(' or '\'' or '\u2018')
        {
            i--;
        }
        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or ':' or ';' or '-' or '\u2014' or '\u2013';
    }

    // Names made with a weekday: "Good Friday", "Super Tuesday", "Bloody Sunday".
    private static readonly HashSet<string> WeekdayNamers = new(StringComparer.Ordinal)
    {
        "Good", "Black", "Holy", "Maundy", "Ash", "Palm", "Super", "Cyber", "Bloody", "Easter", "Shrove", "Whit", "Low",
    };

    /// <summary>
    /// A weekday after a capitalised word is still a date in news ("The World Court Friday rejected"); it is a name
    /// after "Good", "Super" and the like, or before a capitalised word ("Friday Mosque", "Tuesday Morning Corp").
    /// </summary>
    private static bool IsQuoteBefore(string text, int index) =>
        index > 0 && text[index - 1] is '"' or '\u201C' or '\'' or '\u2018';

    private static bool AcceptWeekday(Match m, string text)
    {
        var before = PreviousWord(text, m.Index, out bool beforeAdjacent);
        int after = m.Index + m.Length;
        while (after < text.Length && text[after] is ',' or '.')
        {
            after++;
        }
        if (beforeAdjacent && Normalize.StartsUpper(before) && !Openers.Contains(before) && after < text.Length &&
            text[after] is '"' or '\u201D' or '\'' or '\u2019' && !(after + 1 < text.Length && text[after] is '\'' or '\u2019' && text[after + 1] == 's'))
        {
            // A programme title in quotes: "Fox News Sunday".
            return false;
        }
        if (!m.Groups["rel"].Success && WeekdayNamers.Contains(PreviousWord(text, m.Index, out _)))
        {
            return false;
        }
        if (m.Groups["pod"].Success)
        {
            return true;
        }
        var next = NextWord(text, m.Index + m.Length, out bool nextAdjacent);
        return !(nextAdjacent && Normalize.StartsUpper(next) && !Openers.Contains(next) && !IsCalendarWord(next));
    }

    private static readonly HashSet<string> MonthAloneOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "until", "till", "by", "of", "during", "from", "to", "through", "before", "after", "between",
        "and", "or", "early", "late", "mid", "last", "next", "this", "that", "each", "every", "end", "for", "throughout",
    };

    private static bool AcceptMonthAlone(Match m, string text)
    {
        if (!NotInName(m, text, checkNext: true))
        {
            return false;
        }
        var mon = m.Groups["mon"].Value;
        if (mon is "May" or "March" or "Mar." && !m.Groups["rel"].Success)
        {
            var prev = PreviousWord(text, m.Index, out _);
            // "in May", and "In March, the company ..." at the start of a sentence (not "May Department Stores").
            return MonthAloneOpeners.Contains(prev) && (char.IsLower(prev[0]) || SentenceStartBefore(text, m.Index - prev.Length - 1)) ||
                prev is "The" or "the";
        }
        return true;
    }

    private static readonly HashSet<string> NotAfterYear = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "km", "kilometers", "kilometres", "miles", "meters", "metres", "feet", "tons", "tonnes", "troops",
        "soldiers", "votes", "points", "dollars", "euros", "yen", "barrels", "members", "workers", "jobs", "cases",
        "hours", "days", "years", "pounds", "shares", "men", "women", "children", "units", "cars", "homes", "acres",
        "residents", "deaths", "percent", "employees", "students", "delegates", "seats", "kg", "mph", "yards",
    };

    private static readonly HashSet<string> NotBeforeYear = new(StringComparer.OrdinalIgnoreCase)
    {
        "$", "no.", "about", "some", "nearly", "than", "approximately", "almost", "over", "number", "flight", "route",
        "room", "page", "model", "rs", "tsh", "us$", "lot", "highway", "resolution",
    };

    private static bool AcceptYear(Match m, string text)
    {
        var next = NextWord(text, m.Index + m.Length, out bool nextAdjacent);
        if (nextAdjacent && NotAfterYear.Contains(next))
        {
            return false;
        }
        var prev = PreviousWord(text, m.Index, out _);
        if (NotBeforeYear.Contains(prev) || m.Index > 0 && text[m.Index - 1] is '$' or '#' or '\u00A3' or '\u20AC')
        {
            return false;
        }
        return !m.Groups["mod"].Success || NotInName(m, text, checkNext: false);
    }

    // ---- rules ------------------------------------------------------------------------------------------------

    private static Rule[] BuildRules()
    {
        const string B = @"(?<![\w])";
        const string E = @"(?![\w])";
        var rules = new List<Rule>();
        void Add(string name, string pattern, Resolver resolve, Acceptor? accept = null) =>
            rules.Add(new Rule(name, new Regex(pattern, Options), resolve, accept));

        // Sets first: on ties with a duration ("$5 a year") the set wins.
        Add("set-adverb", B + @"(?i:(?<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|fortnightly))(?![\w-])", ResolveSetAdverb,
            (m, text) => (!Normalize.StartsUpper(NextWord(text, m.Index + m.Length, out bool adjacent)) || !adjacent) && NotInName(m, text, checkNext: false));
        Add("set-every", B + @"(?i:(?:every|each)\s+(?:other\s+)?(?:" + Number + @"\s+)?" + Unit + ")" + E, ResolveSetEvery);
        Add("set-every-weekday", B + @"(?i:every|each)\s+" + Weekday + E, (m, _) =>
            new Resolved(TimexType.Set, "XXXX-WXX-" + IsoDay(WeekdayOf(m.Groups["wd"].Value))) { SetsReference = false });
        Add("set-every-month", B + @"(?i:every|each)\s+(?:" + Month + @"|(?<season>(?i:spring|summer|fall|autumn|winter)))" + E, (m, _) =>
            new Resolved(TimexType.Set, m.Groups["mon"].Success
                ? $"XXXX-{MonthNumber(m.Groups["mon"].Value):D2}"
                : "XXXX-" + (Lower(m.Groups["season"]) == "autumn" ? "FA" : Lower(m.Groups["season"])[..2].ToUpperInvariant())) { SetsReference = false });
        Add("set-weekdays", B + Weekday + @"(?:s|\s+(?<pod>(?i:mornings|afternoons|evenings|nights)))" + E, (m, _) =>
            new Resolved(TimexType.Set, "XXXX-WXX-" + IsoDay(WeekdayOf(m.Groups["wd"].Value)) + (m.Groups["pod"].Success ? "T" + PartOfDay(m.Groups["pod"].Value.TrimEnd('s')) : "")) { SetsReference = false });
        Add("set-times", B + @"(?i:(?:once|twice|thrice|(?:two|three|four|five|six|\d+)\s+times)\s+(?:a|an|per|each|every)\s+(?<unit>second|minute|hour|day|night|week|month|year|decade))" + E,
            (m, _) => new Resolved(TimexType.Set, DurationValue(1, UnitStem(m.Groups["unit"].Value))) { SetsReference = false });
        Add("set-rate", @"(?<=(?:\d|million|billion|trillion|percent|%|barrels|tons|tonnes|dollars|cents|euros|\d[\d,.]*\s+[a-z]+s)\s+)(?i:a|per)\s+(?<unit>day|week|month|year)" + E,
            (m, _) => new Resolved(TimexType.Set, DurationValue(1, UnitStem(m.Groups["unit"].Value))) { SetsReference = false });

        // Dates written out: ISO, "February 6, 2026", "6 February 2026", "Friday, Feb. 6", "Feb. 6".
        Add("iso", B + @"(?<iso>(?:1[5-9]|20)\d\d-[01]\d-[0-3]\d)(?:[T ](?<h>[0-2]\d):(?<mi>[0-5]\d)(?::(?<sec>[0-5]\d))?)?" + E, ResolveIso);
        Add("date", @"(?<![\w.,:$])(?:(?<rel>(?i:last|next|this|this\s+past|this\s+coming))\s+)?(?:" + Weekday + @",?\s+)?(?:" + MonthLoose + @"\s+" + Day + @"|(?:the\s+)?" + Day + @"(?:\s+of)?\s+" + MonthLoose + @")(?:,?\s+" + Year + ")?" + E + @"(?!\.?\s+\d)", ResolveDate,
            (m, text) => !m.Groups["wd"].Success || NotInName(m, text, checkNext: false));
        // "April 24 and 25": the second day shares the month.
        Add("date-pair", @"(?<=" + MonthLoose + @"\s+(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\s*(?:and|or|to|through|-|\u2013)\s*)" + Day + E + @"(?!\.?\s*\d|\s*%|,\d)", ResolveDate);
        Add("month-year", B + @"(?:(?<mod>(?i:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of))[\s-]+)?" + MonthLoose + @"(?:,|\s+of)?\s+(?:" + Year + "|" + SpokenYear + ")" + E, ResolveMonthYear);
        Add("month", B + @"(?:(?<rel>(?i:last|next|this\s+past|this\s+coming|this|early|late|mid|earlier\s+this|later\s+this))[\s-]+)?" + Month + @"(?!\w|'(?!s\b)|\.\w)", ResolveMonth, AcceptMonthAlone);
        Add("month-rel-year", B + @"(?:(?<mod>(?i:early|late|mid))[\s-]+)?" + Month + @"(?:\s+of)?\s+(?<ry>(?i:this|last|next|the\s+previous|the\s+following))\s+(?i:year)" + E, ResolveMonthRelativeYear);

        // Weekdays and days named relative to today.
        Add("weekday", B + @"(?:(?<rel>(?i:last|next|this\s+past|this\s+coming|this|coming))\s+)?" + Weekday + @"(?:,?\s+(?<pod>(?i:morning|afternoon|evening|night)))?" + E, ResolveWeekday,
            AcceptWeekday);
        Add("ref-weekday", B + @"(?i:the\s+(?<rel>previous|following|next|preceding)\s+)" + Weekday + E, (m, ctx) =>
        {
            var wd = WeekdayOf(m.Groups["wd"].Value);
            if (ctx.ReferenceDay is not { } r)
            {
                return Unanchored(TimexType.Date, "XXXX-WXX-" + IsoDay(wd));
            }
            bool back = Lower(m.Groups["rel"]) is "previous" or "preceding";
            int days = back ? -(((int)r.DayOfWeek - (int)wd + 6) % 7 + 1) : ((int)wd - (int)r.DayOfWeek + 6) % 7 + 1;
            return Date(new Period(Grain.Day, r.AddDays(days)));
        });
        Add("the-season", B + @"(?i:the\s+(?:(?<pre>early|late|mid)[\s-]*)?(?<unit>spring|summer|fall|autumn|winter))(?![\w-]|\s+of\b)", (m, ctx) =>
            ctx.Dct is { } d ? ResolveSeason(Lower(m.Groups["unit"]), ctx.Tense == Tense.Past ? "this past" : ctx.Tense == Tense.Future ? "this coming" : "this", d) : Unanchored(TimexType.Date, "XXXX-" + (Lower(m.Groups["unit"]) == "autumn" ? "FA" : Lower(m.Groups["unit"])[..2].ToUpperInvariant())));
        Add("half-of-year", B + @"(?i:the\s+(?<q>first|second|last)\s+half\s+of\s+)" + Year + E, (m, _) =>
        {
            var p = new Period(Grain.Half, new DateOnly(Int(m.Groups["year"]), Lower(m.Groups["q"]) == "first" ? 1 : 7, 1));
            return Date(p, isExplicit: true);
        });
        Add("deictic-day", B + @"(?i:(?:(?<pre>earlier|later|early|late)\s+)?(?<rd>today|tonight|yesterday|tomorrow)(?:\s+(?<pod>morning|afternoon|evening|night))?)" + E, ResolveDeicticDay,
            (m, text) => NotInName(m, text, checkNext: false));
        // "mid-afternoon yesterday", "by mid afternoon", "late evening Friday": a part of the named day, else of the day the text is about.
        Add("pod-phrase", B + @"(?i:(?<pre>mid|early|late)[\s-]?(?<pod>morning|afternoon|evening))(?:\s+(?:(?<rd>(?i:today|yesterday|tomorrow))|" + Weekday + "))?" + E, (m, ctx) =>
        {
            DateOnly? on = m.Groups["rd"].Success ? ResolveDeicticDay(m, ctx).Period?.Anchor
                : m.Groups["wd"].Success ? ResolveWeekday(m, ctx).Period?.Anchor
                : ctx.ReferenceDay;
            var pod = "T" + PartOfDay(m.Groups["pod"].Value);
            return on is { } day
                ? new Resolved(TimexType.Time, new Period(Grain.Day, day).Value + pod) { Period = new Period(Grain.Day, day), SetsReference = false }
                : new Resolved(TimexType.Time, "XXXX-XX-XX" + pod) { SetsReference = false };
        });
        Add("this-pod", B + @"(?i:(?<rel>this|last|earlier\s+this|later\s+this)\s+(?<pod>morning|afternoon|evening|night))" + E, ResolveThisPartOfDay);
        Add("day-before-yesterday", B + @"(?i:the\s+day\s+(?<dir>before\s+yesterday|after\s+tomorrow))" + E,
            (m, ctx) => ctx.Dct is { } d ? Date(new Period(Grain.Day, d.AddDays(m.Groups["dir"].Value.StartsWith('b') ? -2 : 2))) : Unanchored(TimexType.Date, "XXXX-XX-XX"));
        Add("ref-day", B + @"(?i:(?<pre>earlier|later)\s+that\s+(?<unit>day)|that\s+(?<unit>day|week|month|quarter|year|morning|afternoon|evening|night)|the\s+(?<rel>same|next|following|previous|prior)\s+(?<unit>day|morning|afternoon|evening|night)|the\s+(?<unit>day|night)\s+(?<dir>before|after))" + E, ResolveReferenceDay);

        // Present, past and future references.
        Add("present-ref", B + @"(?i:(?<w>now|currently|current|at\s+present|presently|nowadays|these\s+days|at\s+the\s+moment))(?![\w-])",
            (_, _) => Unanchored(TimexType.Date, "PRESENT_REF"), (m, text) => NotInName(m, text, checkNext: false) && !m.Value.Equals("Current", StringComparison.Ordinal));
        Add("past-ref", B + @"(?i:recently|lately|more\s+recently|formerly|the\s+past)" + E, (_, _) => Unanchored(TimexType.Date, "PAST_REF"));
        Add("future-ref", B + @"(?i:the\s+(?:near\s+|distant\s+)?future|a\s+later\s+date)" + E, (_, _) => Unanchored(TimexType.Date, "FUTURE_REF"));
        // "Islam will one day be ...", "could one day replace": an unnamed day to come, not a day-long duration.
        Add("one-day-future", @"(?<=(?<![\w-])(?i:will|would|could|might|may|can|shall|must)\s+)(?i:one\s+day)(?=\s+[a-z])" + E, (_, _) => Unanchored(TimexType.Date, "FUTURE_REF"));
        Add("term-ref", B + @"(?i:the\s+(?:near|short)\s+term)" + E, (_, _) => Unanchored(TimexType.Date, "FUTURE_REF"));
        // "later in the day", "in the morning": the day the text is about, or a part of it.
        Add("in-the-day", @"(?<=(?i:(?:later|earlier|early|late)\s+in|in)\s+)(?i:the\s+(?<unit>day|morning|afternoon|evening))" + E, (m, ctx) =>
        {
            if (ctx.ReferenceDay is not { } d)
            {
                return null;
            }
            var day = new Period(Grain.Day, d);
            var unit = Lower(m.Groups["unit"]);
            return unit == "day" ? Date(day) with { SetsReference = false } : new Resolved(TimexType.Time, day.Value + "T" + PartOfDay(unit)) { Period = day, SetsReference = false };
        });

        // "this week", "last year", "earlier this month", "the following week", "next quarter", "last summer".
        Add("relative-unit", B + @"(?i:(?:(?<pre>earlier|later|early|late)\s+(?:in\s+)?)?(?:(?<det>the)\s+)?(?<rel>this\s+past|this\s+coming|this|last|next|coming|past|previous|following|current|same|prior|latest|most\s+recent)\s+(?<unit>week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter))(?![\w-])", ResolveRelativeUnit,
            (m, text) => !char.IsUpper(m.Groups["unit"].Value[0]) || SentenceStartBefore(text, m.Index) && !IsQuoteBefore(text, m.Index));
        Add("the-weekend", B + @"(?i:the\s+weekend)" + E, ResolveWeekend);
        Add("season", B + @"(?i:(?<pre>early|late|mid)[\s-]+)?(?i:(?<unit>spring|summer|fall|autumn|winter))(?:\s+of)?\s+" + Year + E, ResolveSeasonYear);
        Add("the-year", B + @"(?i:the\s+year)(?![\w-]|\s+(?:before|after|ago|earlier|later|of|in|when|that|since|ended|ending))", (_, ctx) =>
            ctx.Dct is { } d ? Date(new Period(Grain.Year, d)) : Unanchored(TimexType.Date, "XXXX"));
        // "for the year ended March 31": a year-long accounting period, a duration in TimeBank.
        Add("year-ended", B + @"(?i:the\s+(?:fiscal\s+)?year)(?=\s+(?:ended|ending)\b)", (_, _) => Duration("P1Y"));
        // "the quarter ended Sept. 30": the quarter that ends on that date.
        Add("quarter-ended", B + @"(?i:the\s+(?:fiscal\s+)?quarter)(?=\s+(?:ended|ending)\s+" + MonthLoose + ")", (m, ctx) =>
        {
            int month = MonthNumber(m.Groups["mon"].Value);
            if (ctx.Dct is not { } d || month == 0)
            {
                return Unanchored(TimexType.Date, "XXXX-QX");
            }
            if (ctx.FiscalQuarter && ctx.LastQuarter is { } fiscal)
            {
                // "earned $5 million in the fiscal first quarter ... sales for the quarter ended Sept. 29": the same
                // quarter, under the company's own numbering, not the calendar's.
                return Date(fiscal);
            }
            // The calendar quarter most of the three months falls in: the one holding the middle month ("the quarter
            // ended July 31" is May-July, mostly the second quarter).
            var middle = new DateOnly(d.Year, month, 1).AddMonths(-1);
            var q = new Period(Grain.Quarter, middle);
            if (q.Start > d)
            {
                q = q.Shift(-4);
            }
            return Date(q);
        });

        // Quarters and halves: "the third quarter", "third-quarter", "the year-ago quarter", "Q3 2025".
        Add("quarter", B + @"(?i:(?:the\s+(?!(?:first|second|third|fourth)-))?(?:(?<yr2>" + Year + @"|this\s+year|last\s+year|next\s+year)(?:'s)?\s+)?(?:(?<rel>latest|last|current|previous|past|year-ago|year-earlier|comparable|same|fiscal|most\s+recent|recent|corresponding|prior-year|year-ago\s+fiscal)\s+)*(?<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-](?<unit>quarter|half)(?:\s+of\s+(?:" + Year.Replace("<year>", "<year3>", StringComparison.Ordinal) + @"|(?<rely>this|last|next)\s+year|fiscal\s+" + Year.Replace("<year>", "<year4>", StringComparison.Ordinal) + @"))?)(?![\w-])", ResolveQuarter);
        Add("the-quarter", B + @"(?i:the\s+(?:(?<rel>latest|last|current|previous|past|year-ago|year-earlier|comparable\s+year-ago|comparable|same|fiscal|most\s+recent|recent|corresponding|year-earlier)\s+)?(?<unit>quarter))(?![\w-])", ResolveQuarter);
        // "the quarter a year ago", "the corresponding period last year", "last year's quarter": the quarter a year
        // before the one the story reports (the last quarter it named, else the one before the report's).
        Add("quarter-year-ago", B + @"(?i:(?:the\s+)?(?:(?:same|corresponding|comparable)\s+)?(?:quarter|period)\s+(?:of\s+)?(?:a\s+year\s+(?:ago|earlier|before)|last\s+year|the\s+(?:previous|prior)\s+year)|last\s+year's\s+(?:(?:same|corresponding|comparable)\s+)?(?:quarter|period))" + E, (_, ctx) =>
        {
            if (ctx.Dct is not { } d)
            {
                return Unanchored(TimexType.Date, "XXXX-QX");
            }
            var q = (ctx.LastQuarter ?? new Period(Grain.Quarter, d).Shift(-1)).Shift(-4);
            return new Resolved(TimexType.Date, q.Value) { Period = q, SetsReference = false };
        });
        Add("latest-period", B + @"(?i:the\s+(?:latest|most\s+recent|recent|just-ended|just\s+ended)\s+(?:fiscal\s+)?(?<unit>quarter|period|three\s+months))" + E, (_, ctx) =>
            ctx.Dct is { } d ? Date(ctx.LastQuarter ?? new Period(Grain.Quarter, d).Shift(-1)) : Unanchored(TimexType.Date, "XXXX-QX"));
        Add("year-period", B + @"(?i:the\s+)?" + Year + @"\s+(?i:quarter|period)" + E, (m, ctx) =>
        {
            var q = ctx.LastQuarter ?? (ctx.Dct is { } d ? new Period(Grain.Quarter, d).Shift(-1) : new Period(Grain.Quarter, new DateOnly(Int(m.Groups["year"]), 1, 1)));
            var p = new Period(Grain.Quarter, new DateOnly(Int(m.Groups["year"]), q.Anchor.Month, 1));
            return new Resolved(TimexType.Date, p.Value) { Period = p, SetsReference = false };
        });
        Add("year-end", B + @"(?i:(?:the\s+)?(?:year[\s-]end|year's\s+end|end\s+of\s+the\s+year)|(?:the\s+)?(?:full|current|(?:current|latest|past)\s+fiscal|fiscal)\s+year)(?![\w-]|\s+(?:ago|earlier|later|before|after))", (_, ctx) =>
            ctx.Dct is { } d ? Date(new Period(Grain.Year, d)) : Unanchored(TimexType.Date, "XXXX"));
        Add("q-number", B + @"(?<q>Q[1-4])(?:\s+" + Year + ")?" + E, ResolveQuarter);

        // Years, decades, centuries.
        Add("year", @"(?<![\w$.,/\-'])(?:(?<mod>(?i:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of))[\s-]+)?(?:(?i:fiscal)\s+)?" + Year + @"(?![\w%]|[.,:/]\d|-\d)", ResolveYear, AcceptYear);
        Add("spoken-year", B + @"(?:(?i:the\s+year)\s+)?" + SpokenYear + E, (m, _) =>
            ParseSpokenYear(m.Groups["syear"].Value) is { } y && y is > 1000 and < 2100 ? Date(new Period(Grain.Year, new DateOnly(y, 1, 1)), isExplicit: true) : null,
            (m, text) => !NotAfterYear.Contains(NextWord(text, m.Index + m.Length, out _)));
        Add("season-spoken", B + @"(?i:(?:the\s+)?(?<unit>spring|summer|fall|autumn|winter)\s+of\s+)" + SpokenYear + E, (m, _) =>
            ParseSpokenYear(m.Groups["syear"].Value) is { } y && y is > 1000 and < 2100 ? Date(new Period(Grain.Season, new DateOnly(y, SeasonMonth(m.Groups["unit"].Value), 1)), isExplicit: true) : null);
        Add("decade", B + @"(?i:(?:the\s+)?(?:(?<mod>early|late|mid)[\s-]+)?)(?:(?<dec>(?:1[5-9]|20)\d0)'?s|'(?<dec2>\d0)s)" + E, ResolveDecade);
        Add("spoken-decade", B + @"(?i:the\s+(?:(?<mod>early|late|mid)[\s-]+)?(?<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))" + E, (m, _) =>
        {
            int tens = Lower(m.Groups["dw"]) switch
            {
                "twenties" => 2, "thirties" => 3, "forties" => 4, "fifties" => 5, "sixties" => 6, "seventies" => 7,
                "eighties" => 8, _ => 9,
            };
            // "the nineties" in news is the 1990s; "in her forties" (no "the") is an age and is not matched.
            return Date(new Period(Grain.Decade, new DateOnly(1900 + tens * 10, 1, 1)));
        });
        Add("century", B + @"(?i:(?:the\s+)?(?<ord>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[\s-]+century)" + E, ResolveCentury);

        // Anchored shifts: "two weeks ago", "a year earlier", "three days later".
        Add("ago", B + @"(?i:(?:" + Approx + @"\s+)?" + Number + @"[\s-]+" + Unit + @"(?:\s+or\s+so)?\s+(?<dir>ago|earlier|later|from\s+now|hence|back))" + E, ResolveAgo);
        Add("units-ago", B + @"(?i:" + PluralUnit + @"\s+ago)" + E, (_, _) => Unanchored(TimexType.Date, "PAST_REF"));
        Add("year-ago", B + @"(?i:(?:year-ago|year-earlier|a\s+year\s+ago|a\s+year\s+earlier|the\s+year-ago\s+period|the\s+year-earlier\s+period|the\s+previous\s+year|the\s+prior\s+year|the\s+year\s+before))" + E, ResolveYearAgo);

        // Durations: "the past two months", "the next few days", "recent months", "several hours", "two-year", "weeks-long".
        Add("span-rel", B + @"(?i:(?:" + Approx + @"\s+)?(?:(?:the|these)\s+)?(?<rel>past|last|next|coming|previous|first|final|latest|following|remaining|recent|preceding|ensuing|subsequent)\s+(?:" + Number + @"\s+(?:more\s+)?)?" + PluralUnit + @"|(?:the\s+)?(?:first|last|past|next)\s+(?<num>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|few|several)\s+(?<unit>year|month|week|day|hour))(?:\s+or\s+so)?" + E, ResolveSpan);
        // "for a while", "in a little while": a stretch of unstated length; "a while ago" lies in the past.
        Add("a-while", @"(?<=(?<![\w-])(?i:for|in|after|within)\s+)(?i:a\s+(?:little\s+|short\s+|long\s+)?while)" + E, (_, _) => Duration("PXX"));
        Add("while-ago", B + @"(?i:a\s+(?:little\s+|short\s+|long\s+)?while\s+(?:ago|back))" + E, (_, _) => Unanchored(TimexType.Date, "PAST_REF"));
        Add("span-ahead", B + @"(?i:the\s+(?<unit>days|weeks|months|years)\s+(?:ahead|to\s+come))" + E, (m, _) => Duration(DurationValue(null, UnitStem(m.Groups["unit"].Value))));
        Add("duration", B + @"(?i:(?:" + Approx + @"\s+)?(?:the\s+(?=[^\s-]+\s))?" + Number + @"(?:\s+|-)(?:(?:more|full|straight|consecutive|long|additional|further|extra)\s+)?" + Unit + @"(?<half>\s+and\s+a\s+half)?(?<long>-long|-plus)?(?:\s+or\s+so)?)(?![\w-])", ResolveDuration,
            (m, text) => AcceptDuration(m, text));
        // "a day-long meeting", "his year-long campaign": one unit.
        Add("unit-long", B + @"(?i:(?<unit>hour|day|week|month|year)-long)" + E, (m, _) => Duration(DurationValue(1, UnitStem(m.Groups["unit"].Value))));
        Add("plural-unit", B + @"(?i:" + PluralUnit + @"(?<long>-long)?)(?![\w-])", ResolveBarePlural, AcceptBarePlural);
        Add("adjective-duration", B + @"(?i:" + Number + "-" + Unit + @")(?!-old|-olds|[\w-])", ResolveDuration,
            (m, text) => AcceptDuration(m, text));

        // Clock times: "10:00 a.m. Tehran time", "3 p.m. EST", "14:30 GMT", "noon".
        const string Zone = @"(?<zone>(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+time)|GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|(?:Eastern|Pacific|Central|Mountain)(?![\w-])|(?i:local\s+time))";
        Add("clock-ampm", @"(?<![\w:.])(?<h>1[0-2]|0?[1-9])(?:[:.](?<mi>[0-5]\d))?\s*(?<ap>(?i:a\.m\.|p\.m\.|am|pm)(?!\w))(?:\s+" + Zone + ")?", ResolveClock);
        Add("clock-24", @"(?<![\w:.])(?<h>[01]?\d|2[0-3])[:.](?<mi>[0-5]\d)(?:\s+(?<hrs>hours|hrs))?(?:\s+" + Zone + ")?" + E, ResolveClock,
            (m, _) => m.Groups["zone"].Success || m.Groups["hrs"].Success);
        Add("clock-day", @"(?<![\w:.])(?:(?<h>1[0-2]|0?[1-9])(?:[:.](?<mi>[0-5]\d))?\s*(?<ap>(?i:a\.m\.|p\.m\.|am|pm)(?!\w))|(?<word>(?i:noon|midnight|midday)))(?:\s+" + Zone + @")?,?\s+(?:(?<rd>(?i:today|yesterday|tomorrow))|" + Weekday + @"|" + MonthLoose + @"\s+" + Day + @")" + E, ResolveClock);
        Add("noon", B + @"(?i:(?<word>noon|midnight|midday))(?:\s+" + Zone + ")?" + E, ResolveClock);

        // Holidays with fixed or computable dates.
        Add("holiday", B + @"(?<hol>Christmas(?:\s+Day|\s+Eve)?|New\s+Year's(?:\s+Day|\s+Eve)|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday|\s+[Ww]eek)?|Holy\s+Week|Labor\s+Day|Memorial\s+Day|Election\s+Day|Valentine's\s+Day|Halloween)(?:\s+" + Year + ")?" + E, ResolveHoliday);
        return [.. rules];
    }

    private static bool AcceptDuration(Match m, string text)
    {
        var num = m.Groups["num"].Value.ToLowerInvariant();
        var unit = UnitStem(m.Groups["unit"].Value);
        if (Normalize.StartsUpper(m.Groups["unit"].Value) && !SentenceStartBefore(text, m.Index))
        {
            // "60 Minutes", "24 Hours of Le Mans": a title, not a duration.
            return false;
        }
        if (num is "a" or "an" or "one" && m.Groups["unit"].Value.EndsWith('s'))
        {
            return false;
        }
        if (NextWord(text, m.Index + m.Length, out _).Equals("old", StringComparison.OrdinalIgnoreCase))
        {
            // "52 years old" is an age, which TimeML corpora leave unmarked.
            return false;
        }
        if (unit == "second" && (num is "a" or "an" || !m.Groups["unit"].Value.EndsWith('s') && num != "one"))
        {
            return false;
        }
        if (unit == "quarter" && num is "a" or "an" or "one" or "three")
        {
            // "a quarter of the vote", "three quarters of them": fractions, not periods.
            var next = NextWord(text, m.Index + m.Length, out _);
            if (next.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        if (num is "a" or "an" && unit is "day" or "night")
        {
            var prev = PreviousWord(text, m.Index, out _);
            if (prev.Equals("one", StringComparison.OrdinalIgnoreCase) || prev.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return true;
    }

    private static readonly HashSet<string> BarePluralOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "for", "within", "over", "after", "took", "take", "takes", "taking", "lasted", "last", "lasting", "spent", "spend",
        "in", "than", "nearly", "almost",
    };

    private static bool AcceptBarePlural(Match m, string text)
    {
        if (m.Groups["long"].Success)
        {
            return true;
        }
        var unit = UnitStem(m.Groups["unit"].Value);
        if (unit is "quarter" or "second" or "night")
        {
            return false;
        }
        var prev = PreviousWord(text, m.Index, out bool adjacent);
        var next = NextWord(text, m.Index + m.Length, out _);
        if (next.Equals("of", StringComparison.OrdinalIgnoreCase) || next.Equals("ago", StringComparison.OrdinalIgnoreCase))
        {
            return next.Equals("ago", StringComparison.OrdinalIgnoreCase);
        }
        return adjacent && BarePluralOpeners.Contains(prev);
    }

    // ---- resolvers ----------------------------------------------------------------------------------------------

    private static Resolved ResolveSetAdverb(Match m, Context ctx) => new(TimexType.Set, Lower(m.Groups["adv"]) switch
    {
        "daily" or "nightly" => "P1D",
        "weekly" => "P1W",
        "biweekly" or "fortnightly" => "P2W",
        "monthly" => "P1M",
        "quarterly" => "P3M",
        "hourly" => "PT1H",
        _ => "P1Y",
    }) { SetsReference = false };

    private static Resolved ResolveSetEvery(Match m, Context ctx)
    {
        decimal? n = m.Groups["num"].Success ? ParseNumber(m.Groups["num"].Value) : 1;
        if (m.Value.Contains("other", StringComparison.OrdinalIgnoreCase))
        {
            n = 2;
        }
        return new Resolved(TimexType.Set, DurationValue(n, UnitStem(m.Groups["unit"].Value))) { SetsReference = false };
    }

    private static Resolved? ResolveIso(Match m, Context ctx)
    {
        if (!DateOnly.TryParseExact(m.Groups["iso"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return null;
        }
        var day = new Period(Grain.Day, d);
        if (!m.Groups["h"].Success)
        {
            return Date(day, isExplicit: true);
        }
        var value = $"{day.Value}T{m.Groups["h"].Value}:{m.Groups["mi"].Value}" + (m.Groups["sec"].Success ? ":" + m.Groups["sec"].Value : "");
        return new Resolved(TimexType.Time, value) { Period = day, Explicit = true };
    }

    private static Resolved? ResolveDate(Match m, Context ctx)
    {
        int month = MonthNumber(m.Groups["mon"].Value);
        int dayNumber = Int(m.Groups["day"]);
        if (m.Groups["year"].Success)
        {
            return TryDate(Int(m.Groups["year"]), month, dayNumber) is { } full ? Date(new Period(Grain.Day, full), isExplicit: true) : null;
        }
        if (ctx.Dct is not { } dct)
        {
            return Unanchored(TimexType.Date, $"XXXX-{month:D2}-{dayNumber:D2}");
        }
        var candidate = TryDate(dct.Year, month, dayNumber);
        if (candidate is null)
        {
            return null;
        }
        // A day and month without a year: the nearest such date to the report, leaning the way the tense points
        // (a date on the wrong side of the report costs 120 days). 120: best value F1 on TimeBank (60 lower, 200 equal), see eval/README.md.
        var tense = ctx.EventTense;
        // "the fiscal year ended Jan. 31": the end of a period that is over, so on or before the report's date.
        bool ended = PreviousWord(ctx.Doc.Text, m.Index, out _).Equals("ended", StringComparison.OrdinalIgnoreCase);
        if (m.Groups["rel"].Success)
        {
            // "last Oct. 23" lies before the report, "next March 3" after it.
            tense = Lower(m.Groups["rel"]) is "last" or "this past" ? Tense.Past : Tense.Future;
        }
        var date = candidate.Value;
        int best = int.MaxValue;
        foreach (int dy in (int[])[-1, 0, 1])
        {
            if (TryDate(dct.Year + dy, month, dayNumber) is not { } option || ended && option > dct)
            {
                continue;
            }
            int distance = Math.Abs(option.DayNumber - dct.DayNumber) +
                (tense == Tense.Past && option > dct || tense == Tense.Future && option < dct ? 120 : 0);
            if (distance < best)
            {
                best = distance;
                date = option;
            }
        }
        if (m.Groups["wd"].Success && date.DayOfWeek != WeekdayOf(m.Groups["wd"].Value))
        {
            // The weekday names the year: "Friday, Feb. 6" is 2026 because 6 Feb 2026 is a Friday.
            foreach (int dy in (int[])[0, -1, 1, -2, 2])
            {
                if (TryDate(dct.Year + dy, month, dayNumber) is { } alt && alt.DayOfWeek == WeekdayOf(m.Groups["wd"].Value))
                {
                    date = alt;
                    break;
                }
            }
        }
        return Date(new Period(Grain.Day, date));
    }

    private static Resolved? ResolveMonthYear(Match m, Context ctx)
    {
        int month = MonthNumber(m.Groups["mon"].Value);
        int? year = m.Groups["year"].Success ? Int(m.Groups["year"]) : ParseSpokenYear(m.Groups["syear"].Value);
        return month == 0 || year is not (> 0 and < 10000) ? null : Date(new Period(Grain.Month, new DateOnly(year.Value, month, 1)), isExplicit: true);
    }

    private static Resolved? ResolveMonthRelativeYear(Match m, Context ctx)
    {
        int month = MonthNumber(m.Groups["mon"].Value);
        var rel = Lower(m.Groups["ry"]);
        if (month == 0)
        {
            return null;
        }
        if (rel.Contains("previous", StringComparison.Ordinal) || rel.Contains("following", StringComparison.Ordinal))
        {
            if (ctx.Reference is not { } r)
            {
                return Unanchored(TimexType.Date, $"XXXX-{month:D2}");
            }
            return Date(new Period(Grain.Month, new DateOnly(r.Anchor.Year + (rel.Contains("previous", StringComparison.Ordinal) ? -1 : 1), month, 1)));
        }
        if (ctx.Dct is not { } dct)
        {
            return Unanchored(TimexType.Date, $"XXXX-{month:D2}");
        }
        int year = dct.Year + rel switch { "last" => -1, "next" => 1, _ => 0 };
        return Date(new Period(Grain.Month, new DateOnly(year, month, 1)));
    }

    private static Resolved? ResolveMonth(Match m, Context ctx)
    {
        int month = MonthNumber(m.Groups["mon"].Value);
        if (month == 0)
        {
            return null;
        }
        if (ctx.Dct is not { } dct)
        {
            return Unanchored(TimexType.Date, $"XXXX-{month:D2}");
        }
        var rel = m.Groups["rel"].Success ? Lower(m.Groups["rel"]) : "";
        var here = new DateOnly(dct.Year, month, 1);
        var dctMonth = new DateOnly(dct.Year, dct.Month, 1);
        DateOnly chosen;
        if (rel is "last" or "this past")
        {
            chosen = here < dctMonth ? here : here.AddYears(-1);
        }
        else if (rel is "next" or "this coming")
        {
            chosen = here > dctMonth ? here : here.AddYears(1);
        }
        else if (rel is "this" or "earlier this" or "later this")
        {
            chosen = here;
        }
        else
        {
            // The nearest such month to the report, leaning the way the tense points (7 months' penalty on the
            // wrong side). 7: best value F1 on TimeBank and AQUAINT-dev (4 and 10 score lower); see eval/README.md.
            var tense = ctx.EventTense;
            chosen = here;
            int best = int.MaxValue;
            foreach (int dy in (int[])[-1, 0, 1])
            {
                var option = here.AddYears(dy);
                int months = (option.Year - dctMonth.Year) * 12 + option.Month - dctMonth.Month;
                int cost = Math.Abs(months) + (tense == Tense.Past && months > 0 || tense == Tense.Future && months < 0 ? 7 : 0);
                if (cost < best)
                {
                    best = cost;
                    chosen = option;
                }
            }
        }
        return Date(new Period(Grain.Month, chosen));
    }

    private static string PartOfDay(string pod) => pod.ToLowerInvariant() switch
    {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        _ => "NI",
    };

    private static Resolved WithPartOfDay(Period day, Group pod) =>
        pod.Success ? new Resolved(TimexType.Time, day.Value + "T" + PartOfDay(pod.Value)) { Period = day } : Date(day);

    private static Resolved ResolveWeekday(Match m, Context ctx)
    {
        var wd = WeekdayOf(m.Groups["wd"].Value);
        if (ctx.Dct is not { } dct)
        {
            return Unanchored(TimexType.Date, "XXXX-WXX-" + IsoDay(wd));
        }
        var rel = m.Groups["rel"].Success ? Lower(m.Groups["rel"]) : "";
        var tense = ctx.Tense;
        if (rel.Length == 0 && !m.Groups["pod"].Success && tense is Tense.Present or Tense.Unknown && IsPossessive(ctx.Doc.Text, m.Index + m.Length))
        {
            // "Thursday's closing price", "Wednesday's ruling": a day that has come, unless the sentence looks ahead.
            tense = Tense.Past;
        }
        int back = ((int)dct.DayOfWeek - (int)wd + 7) % 7;   // days since the last such weekday (0 = today)
        int ahead = ((int)wd - (int)dct.DayOfWeek + 7) % 7;  // days until the next one (0 = today)
        DateOnly date = rel switch
        {
            "last" or "this past" => dct.AddDays(back == 0 ? -7 : -back),
            "next" or "this coming" or "coming" => dct.AddDays(ahead == 0 ? 7 : ahead),
            _ => tense switch
            {
                // The report's own weekday is today even looking ahead: news names today by its weekday
                // ("the vote is expected on Wednesday" in a Wednesday report).
                Tense.Future => dct.AddDays(ahead),
                // Present tense ("is set to be chosen on Thursday") or none: the nearer one, the past one on a tie.
                Tense.Present or Tense.Unknown => ahead < back ? dct.AddDays(ahead) : dct.AddDays(-back),
                _ => dct.AddDays(-back),
            },
        };
        // "this Friday": the one before the report in a past sentence, else the coming one (today included).
        if (rel == "this")
        {
            date = ctx.Tense == Tense.Past ? dct.AddDays(-back) : dct.AddDays(ahead);
        }
        return WithPartOfDay(new Period(Grain.Day, date), m.Groups["pod"]);
    }

    private static bool IsPossessive(string text, int end) =>
        end + 1 < text.Length && text[end] is '\'' or '\u2019' && text[end + 1] == 's' && (end + 2 == text.Length || !char.IsLetter(text[end + 2]));

    private static Resolved ResolveDeicticDay(Match m, Context ctx)
    {
        var word = Lower(m.Groups["rd"]);
        if (ctx.Dct is not { } dct)
        {
            return Unanchored(TimexType.Date, word is "today" or "tonight" ? "PRESENT_REF" : "XXXX-XX-XX");
        }
        var day = new Period(Grain.Day, word switch
        {
            "yesterday" => dct.AddDays(-1),
            "tomorrow" => dct.AddDays(1),
            _ => dct,
        });
        if (word == "tonight")
        {
            return Date(day);
        }
        return WithPartOfDay(day, m.Groups["pod"]);
    }

    private static Resolved ResolveThisPartOfDay(Match m, Context ctx)
    {
        if (ctx.Dct is not { } dct)
        {
            return Unanchored(TimexType.Time, "XXXX-XX-XXT" + PartOfDay(m.Groups["pod"].Value));
        }
        var rel = Lower(m.Groups["rel"]);
        var day = new Period(Grain.Day, rel == "last" ? dct.AddDays(-1) : dct);
        return new Resolved(TimexType.Time, day.Value + "T" + PartOfDay(m.Groups["pod"].Value)) { Period = day };
    }

    private static Resolved? ResolveReferenceDay(Match m, Context ctx)
    {
        if (ctx.ReferenceDay is not { } refDay)
        {
            return Unanchored(TimexType.Date, "XXXX-XX-XX");
        }
        var unit = Lower(m.Groups["unit"]);
        int shift = m.Groups["rel"].Success ? Lower(m.Groups["rel"]) switch
        {
            "next" or "following" => 1,
            "previous" or "prior" => -1,
            _ => 0,
        } : m.Groups["dir"].Success ? (Lower(m.Groups["dir"]) == "before" ? -1 : 1) : 0;
        if (unit == "quarter")
        {
            // "that quarter": the last quarter the story named, else the quarter of the last date it named.
            var quarter = ctx.LastQuarter ?? new Period(Grain.Quarter, ctx.Reference is { } rq && rq.Grain <= Grain.Quarter ? rq.Anchor : refDay);
            return Date(quarter);
        }
        if (unit is "week" or "month" or "year")
        {
            var grain = GrainOf(unit)!.Value;
            var basis = ctx.Reference is { } r && r.Grain <= grain ? r.Anchor : refDay;
            return Date(new Period(grain, basis));
        }
        var day = new Period(Grain.Day, refDay.AddDays(shift));
        if (unit is "morning" or "afternoon" or "evening" or "night")
        {
            return new Resolved(TimexType.Time, day.Value + "T" + PartOfDay(unit)) { Period = day };
        }
        return Date(day);
    }

    private static Resolved? ResolveRelativeUnit(Match m, Context ctx)
    {
        var unit = Lower(m.Groups["unit"]);
        var rel = Lower(m.Groups["rel"]);
        var grain = GrainOf(unit);
        if (grain is null)
        {
            return null;
        }
        if (ctx.Dct is not { } dct)
        {
            return Unanchored(TimexType.Date, grain switch
            {
                Grain.Week => "XXXX-WXX",
                Grain.Month => "XXXX-XX",
                Grain.Quarter => "XXXX-QX",
                _ => "XXXX",
            });
        }
        var basis = dct;
        if (rel is "following" or "previous" or "prior" or "same")
        {
            // Relative to the last date the report mentioned: "talks on 6 Feb ... resume the following week".
            basis = ctx.ReferenceDay ?? dct;
            if (ctx.Reference is { } r && r.Grain <= grain.Value)
            {
                basis = r.Anchor;
            }
        }
        if (grain == Grain.Season)
        {
            return ResolveSeason(unit, rel, dct);
        }
        if (grain == Grain.Quarter && rel is "latest" or "most recent")
        {
            return Date(new Period(Grain.Quarter, dct).Shift(-1));
        }
        if (grain == Grain.Week && m.Groups["det"].Success && rel is "past" or "last")
        {
            // "the past week" is the seven days up to the report: its own calendar week.
            return Date(new Period(Grain.Week, dct));
        }
        int shift = rel switch
        {
            "last" or "past" or "previous" or "prior" or "this past" or "latest" or "most recent" => -1,
            "next" or "coming" or "following" or "this coming" => 1,
            _ => 0,
        };
        if (grain == Grain.Weekend)
        {
            var p = new Period(Grain.Weekend, basis);
            if (shift == 0 && ctx.Tense == Tense.Past && basis.DayOfWeek is >= DayOfWeek.Monday and <= DayOfWeek.Thursday)
            {
                shift = -1;
            }
            return Date(p.Shift(shift));
        }
        return Date(new Period(grain.Value, basis).Shift(shift));
    }

    private static Resolved ResolveSeason(string unit, string rel, DateOnly dct)
    {
        var thisYear = new DateOnly(dct.Year, SeasonMonth(unit), 1);
        var season = new Period(Grain.Season, thisYear);
        var current = new Period(Grain.Season, dct);
        // "last summer" is before the current season; "the summer" in a past sentence may be the current one.
        bool includeCurrent = rel is "this past" or "this coming";
        if (rel is "last" or "past" or "this past" or "previous")
        {
            while (includeCurrent ? season.Start > current.Start : season.Start >= current.Start)
            {
                season = season.Shift(-4);
            }
        }
        else if (rel is "next" or "coming" or "this coming" or "following")
        {
            while (includeCurrent ? season.Start < current.Start : season.Start <= current.Start)
            {
                season = season.Shift(4);
            }
        }
        return Date(season);
    }

    private static Resolved ResolveSeasonYear(Match m, Context ctx) =>
        Date(new Period(Grain.Season, new DateOnly(Int(m.Groups["year"]), SeasonMonth(m.Groups["unit"].Value), 1)), isExplicit: true);

    private static Resolved ResolveWeekend(Match m, Context ctx)
    {
        if (ctx.Dct is not { } dct)
        {
            return Unanchored(TimexType.Date, "XXXX-WXX-WE");
        }
        var p = new Period(Grain.Weekend, dct);
        bool weekendNow = dct.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (!weekendNow && ctx.Tense != Tense.Future)
        {
            p = p.Shift(-1);
        }
        return Date(p);
    }

    private static Resolved? ResolveQuarter(Match m, Context ctx)
    {
        bool half = m.Groups["unit"].Success && Lower(m.Groups["unit"]) == "half";
        int? ordinal = null;
        if (m.Groups["q"].Success)
        {
            var q = m.Groups["q"].Value.ToLowerInvariant();
            ordinal = q switch
            {
                "first" or "1st" or "q1" => 1,
                "second" or "2nd" or "q2" => 2,
                "third" or "3rd" or "q3" => 3,
                _ => 4,
            };
        }
        var rels = m.Groups["rel"].Captures.Select(c => Regex.Replace(c.Value.ToLowerInvariant(), @"\s+", " ")).ToList();
        bool yearAgo = rels.Exists(r => r.Contains("year-ago", StringComparison.Ordinal) || r.Contains("year-earlier", StringComparison.Ordinal) || r is "prior-year" or "corresponding" or "comparable");
        if (ctx.Dct is not { } dct)
        {
            return Unanchored(TimexType.Date, ordinal is { } o ? $"XXXX-{(half ? "H" : "Q")}{o}" : "XXXX-QX");
        }
        int? year = m.Groups["year"].Success ? Int(m.Groups["year"]) :
            m.Groups["year3"].Success ? Int(m.Groups["year3"]) :
            m.Groups["year4"].Success ? Int(m.Groups["year4"]) : null;
        var relYear = m.Groups["rely"].Success ? Lower(m.Groups["rely"]) : m.Groups["yr2"].Success && !m.Groups["year"].Success ? Lower(m.Groups["yr2"]) : null;
        if (year is null && relYear is not null)
        {
            year = dct.Year + (relYear.StartsWith("last", StringComparison.Ordinal) ? -1 : relYear.StartsWith("next", StringComparison.Ordinal) ? 1 : 0);
        }
        Period quarter;
        if (ordinal is { } n)
        {
            int y = year ?? dct.Year;
            quarter = new Period(half ? Grain.Half : Grain.Quarter, new DateOnly(y, half ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1, 1));
            if (year is null && quarter.Start > dct && ctx.EventTense != Tense.Future)
            {
                // "profits fell in the fourth quarter" in a January report: the quarter just ended, last year's.
                quarter = quarter.Shift(half ? -2 : -4);
            }
        }
        else if (rels.Contains("current"))
        {
            quarter = new Period(Grain.Quarter, dct);
        }
        else
        {
            // "the quarter" in a results story is the one just reported: the last quarter mentioned, else the one before the report's.
            quarter = ctx.LastQuarter ?? new Period(Grain.Quarter, dct).Shift(-1);
        }
        if (yearAgo)
        {
            return new Resolved(TimexType.Date, quarter.Shift(half ? -2 : -4).Value) { Period = quarter.Shift(half ? -2 : -4), SetsReference = false };
        }
        return Date(quarter, isExplicit: year is not null && relYear is null);
    }

    private static Resolved ResolveYear(Match m, Context ctx) =>
        Date(new Period(Grain.Year, new DateOnly(Int(m.Groups["year"]), 1, 1)), isExplicit: true);

    private static Resolved ResolveDecade(Match m, Context ctx)
    {
        int decade = m.Groups["dec"].Success ? Int(m.Groups["dec"]) : 1900 + Int(m.Groups["dec2"]);
        return Date(new Period(Grain.Decade, new DateOnly(decade, 1, 1)), isExplicit: m.Groups["dec"].Success);
    }

    private static Resolved? ResolveCentury(Match m, Context ctx)
    {
        var ord = m.Groups["ord"].Value.ToLowerInvariant();
        int n = char.IsDigit(ord[0]) ? int.Parse(new string([.. ord.TakeWhile(char.IsDigit)]), CultureInfo.InvariantCulture) : ord switch
        {
            "first" => 1, "second" => 2, "third" => 3, "fourth" => 4, "fifth" => 5, "sixth" => 6, "seventh" => 7,
            "eighth" => 8, "ninth" => 9, "tenth" => 10, "eleventh" => 11, "twelfth" => 12, "thirteenth" => 13,
            "fourteenth" => 14, "fifteenth" => 15, "sixteenth" => 16, "seventeenth" => 17, "eighteenth" => 18,
            "nineteenth" => 19, "twentieth" => 20, _ => 21,
        };
        if (n is < 1 or > 22)
        {
            return null;
        }
        return Date(new Period(Grain.Century, new DateOnly(Math.Max(1, (n - 1) * 100), 1, 1)), isExplicit: true);
    }

    private static Resolved? ResolveAgo(Match m, Context ctx)
    {
        var unit = UnitStem(m.Groups["unit"].Value);
        var n = ParseNumber(m.Groups["num"].Value);
        var dir = Lower(m.Groups["dir"]);
        bool back = dir is "ago" or "earlier" or "back";
        bool fromReference = dir is "earlier" or "later";
        if (n is null || n != decimal.Truncate(n.Value))
        {
            return Unanchored(TimexType.Date, back ? "PAST_REF" : "FUTURE_REF");
        }
        var grain = GrainOf(unit);
        var basis = fromReference ? ctx.ReferenceDay : ctx.Dct;
        if (grain is null || basis is not { } b)
        {
            return Unanchored(TimexType.Date, back ? "PAST_REF" : "FUTURE_REF");
        }
        int k = (int)n.Value * (back ? -1 : 1);
        if (unit is "hour" or "minute" or "second")
        {
            return Date(new Period(Grain.Day, b));
        }
        if (unit == "year" && ctx.LastQuarter is { } q && k == -1 && !ctx.MonthsSinceQuarter)
        {
            return new Resolved(TimexType.Date, q.Shift(-4).Value) { Period = q.Shift(-4), SetsReference = false };
        }
        return Date(new Period(grain.Value, b).Shift(k));
    }

    private static Resolved? ResolveYearAgo(Match m, Context ctx)
    {
        if (ctx.Dct is not { } dct)
        {
            return Unanchored(TimexType.Date, "XXXX");
        }
        if (ctx.LastQuarter is { } q && !ctx.MonthsSinceQuarter)
        {
            return new Resolved(TimexType.Date, q.Shift(-4).Value) { Period = q.Shift(-4), SetsReference = false };
        }
        bool fromReference = !m.Value.Contains("ago", StringComparison.OrdinalIgnoreCase);
        var basis = fromReference && ctx.Reference is { } r ? r.Anchor : dct;
        return new Resolved(TimexType.Date, new Period(Grain.Year, basis).Shift(-1).Value) { Period = new Period(Grain.Year, basis).Shift(-1), SetsReference = false };
    }

    private static Resolved ResolveSpan(Match m, Context ctx)
    {
        var rel = Lower(m.Groups["rel"]);
        var unitWord = Lower(m.Groups["unit"]);
        if (!m.Groups["num"].Success && rel == "recent" && unitWord == "years")
        {
            // TimeBank marks "recent years" as a past reference, "recent months" as a vague duration.
            return Unanchored(TimexType.Date, "PAST_REF");
        }
        if (!m.Groups["num"].Success && rel == "coming" && unitWord is "months" or "quarters" or "years")
        {
            return Unanchored(TimexType.Date, "FUTURE_REF");
        }
        decimal? n = m.Groups["num"].Success ? ParseNumber(m.Groups["num"].Value) : null;
        return Duration(DurationValue(n, UnitStem(m.Groups["unit"].Value)));
    }

    private static Resolved ResolveDuration(Match m, Context ctx)
    {
        var n = ParseNumber(m.Groups["num"].Value) + (m.Groups["half"].Success ? 0.5m : 0m);
        return Duration(DurationValue(n, UnitStem(m.Groups["unit"].Value)));
    }

    private static Resolved ResolveBarePlural(Match m, Context ctx) => Duration(DurationValue(null, UnitStem(m.Groups["unit"].Value)));

    private static Resolved? ResolveClock(Match m, Context ctx)
    {
        int hour;
        int minute = 0;
        if (m.Groups["word"].Success)
        {
            // "midnight Friday" ends Friday: 24:00 of that day (ISO 8601), as TimeML writes it.
            hour = Lower(m.Groups["word"]) == "midnight" ? 24 : 12;
        }
        else
        {
            hour = Int(m.Groups["h"]);
            minute = m.Groups["mi"].Success ? Int(m.Groups["mi"]) : 0;
            if (m.Groups["ap"].Success)
            {
                bool pm = m.Groups["ap"].Value.StartsWith('p') || m.Groups["ap"].Value.StartsWith('P');
                hour = hour % 12 + (pm ? 12 : 0);
            }
        }
        TimeSpan? offset = m.Groups["zone"].Success ? ZoneOffset(m.Groups["zone"].Value) : null;
        var clock = $"T{hour:D2}:{minute:D2}";
        DateOnly? on = ctx.ReferenceDay;
        if (m.Groups["rd"].Success || m.Groups["wd"].Success || m.Groups["mon"].Success)
        {
            // "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST Nov. 9": the day named after the clock time.
            on = (m.Groups["rd"].Success ? ResolveDeicticDay(m, ctx) : m.Groups["mon"].Success ? ResolveDate(m, ctx) : ResolveWeekday(m, ctx))?.Period?.Anchor;
        }
        if (on is not { } day)
        {
            return new Resolved(TimexType.Time, "XXXX-XX-XX" + clock) { UtcOffset = offset, SetsReference = false };
        }
        // The clock time falls on the last day the text mentioned, else on the report's date.
        var p = new Period(Grain.Day, day);
        return new Resolved(TimexType.Time, p.Value + clock) { Period = p, UtcOffset = offset, SetsReference = false };
    }

    private static Resolved? ResolveHoliday(Match m, Context ctx)
    {
        var name = Regex.Replace(m.Groups["hol"].Value.ToLowerInvariant(), @"\s+", " ");
        int? explicitYear = m.Groups["year"].Success ? Int(m.Groups["year"]) : null;
        if (explicitYear is null && ctx.Dct is null)
        {
            return null;
        }
        int year = explicitYear ?? ctx.Dct!.Value.Year;
        DateOnly? On(int y) => name switch
        {
            "christmas" or "christmas day" => new DateOnly(y, 12, 25),
            "christmas eve" => new DateOnly(y, 12, 24),
            "new year's day" => new DateOnly(y, 1, 1),
            "new year's eve" => new DateOnly(y, 12, 31),
            "thanksgiving" or "thanksgiving day" => NthWeekday(y, 11, DayOfWeek.Thursday, 4),
            "easter" or "easter sunday" => Easter(y),
            // The week that ends on Easter Sunday (Palm Sunday to Easter): its Monday.
            "easter week" or "holy week" => Easter(y).AddDays(-6),
            "labor day" => NthWeekday(y, 9, DayOfWeek.Monday, 1),
            "memorial day" => NthWeekday(y, 6, DayOfWeek.Monday, 1).AddDays(-7),
            // United States: the Tuesday after the first Monday of November.
            "election day" => NthWeekday(y, 11, DayOfWeek.Monday, 1).AddDays(1),
            "valentine's day" => new DateOnly(y, 2, 14),
            "halloween" => new DateOnly(y, 10, 31),
            _ => null,
        };
        if (On(year) is not { } date)
        {
            return null;
        }
        if (explicitYear is null && ctx.Dct is { } dct)
        {
            var tense = ctx.Tense;
            if (tense == Tense.Past && date > dct && On(year - 1) is { } prev)
            {
                date = prev;
            }
            else if (tense == Tense.Future && date < dct && On(year + 1) is { } next)
            {
                date = next;
            }
        }
        return Date(new Period(name.EndsWith(" week", StringComparison.Ordinal) ? Grain.Week : Grain.Day, date), isExplicit: explicitYear is not null);
    }

    private static DateOnly NthWeekday(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateOnly(year, month, 1);
        int offset = ((int)day - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 7 * (n - 1));
    }

    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    private static DateOnly Easter(int y)
    {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(y, month, day);
    }
}
