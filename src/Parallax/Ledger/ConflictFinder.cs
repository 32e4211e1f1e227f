using System.Globalization;
using System.Text.RegularExpressions;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Ledger;

/// <summary>
/// Finds places where a story's outlets give different values for the same thing: different holders of one office,
/// different ordinals for one meeting, different dates or places for one event (or a date against "to be decided"), and
/// counts that cannot both be true. Text inside quotations is opinion or testimony and is not read for values;
/// hedged numbers ("more than 1,000", "about 1,000") are intervals and conflict only when the intervals cannot meet.
/// </summary>
public static partial class ConflictFinder
{
    /// <summary>Offices with one holder at a time, by the head word of the role.</summary>
    private static readonly HashSet<string> SingleHolderOffices = new(StringComparer.Ordinal)
    {
        "president", "prime minister", "minister", "commander", "chief", "head", "director", "secretary", "governor",
        "mayor", "king", "queen", "emir", "sultan", "chancellor", "premier", "ceo", "chairman", "chairwoman", "chair",
        "speaker", "leader", "coach", "commissioner", "superintendent", "administrator", "captain", "attorney general", "general secretary", "secretary-general", "pope",
    };

    public static IReadOnlyList<Conflict> Find(IReadOnlyList<Doc> docs, EntityResolver.Result entities)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(entities);
        var conflicts = new List<Conflict>();
        // Each kind below reads the same reporter sentences: blank out the quotations once per story.
        var sentences = ReporterSentences(docs).ToList();
        var occasions = new Occasions(sentences);
        conflicts.AddRange(RoleConflicts(docs, entities, occasions));
        conflicts.AddRange(OrdinalConflicts(sentences, occasions));
        conflicts.AddRange(NextMeetingConflicts(sentences));
        conflicts.AddRange(EventDateConflicts(docs, entities, sentences));
        conflicts.AddRange(NumberConflicts(sentences, occasions));
        conflicts.AddRange(PlaceConflicts(docs, entities, sentences, occasions));
        foreach (var (subject, _, values) in SetPhrases)
        {
            foreach (var (day, group) in ByOccasion(occasions, PhraseValues(sentences, values)))
            {
                if (group.Count >= 2 && DistinctInArticles(group) >= 2)
                {
                    conflicts.Add(Make(ConflictKind.Attribute, OnDay(subject, day), group));
                }
            }
        }
        return conflicts;
    }

    // ---- holders of one office ----

    private sealed record Holding(string Holder, string? Affiliation, string? AffiliationName, string Role, Evidence Evidence);

    private static IEnumerable<Conflict> RoleConflicts(IReadOnlyList<Doc> docs, EntityResolver.Result resolved, Occasions occasions)
    {
        var byId = resolved.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var affiliations = new AffiliationKeys(resolved.Entities);
        var byOffice = new Dictionary<string, List<Holding>>(StringComparer.Ordinal);
        for (int d = 0; d < docs.Count; d++)
        {
            var doc = docs[d];
            for (int m = 0; m < doc.Mentions.Count; m++)
            {
                var mention = doc.Mentions[m];
                if (mention.Type != EntityType.Person || !doc.Article.InBody(mention.Span) || mention.Role is not { } role || OfficeHead(role) is not { } head ||
                    !resolved.EntityOf.TryGetValue((d, m), out var holder) || IsFormer(doc, mention))
                {
                    continue;
                }
                var span = mention.RoleSpan is { } r ? TextSpan.Cover(r, mention.Span) : mention.Span;
                if (!byOffice.TryGetValue(head, out var list))
                {
                    byOffice[head] = list = [];
                }
                list.Add(new Holding(holder, mention.RoleOf is { } of ? affiliations.Key(of) : null, mention.RoleOf, role, new Evidence(doc.Article.Id, span)));
            }
        }
        foreach (var (head, holdings) in byOffice)
        {
            // Each holder goes to the bodies it is said to serve; a holder named without one goes to the only
            // body this office is given for in the story (with two or more, it cannot be placed and is left out).
            var known = holdings.Where(h => h.Affiliation is not null).GroupBy(h => h.Holder)
                .ToDictionary(g => g.Key, g => g.Select(h => h.Affiliation!).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
            var bodies = known.Values.SelectMany(x => x).Distinct(StringComparer.Ordinal).ToList();
            var buckets = new Dictionary<string, List<Holding>>(StringComparer.Ordinal);
            foreach (var h in holdings)
            {
                // With no body given by any report, an office of one word ("chairman", "director") may be of two
                // different bodies and is not placed; one with its portfolio ("police commissioner") is.
                IEnumerable<string> targets = known.TryGetValue(h.Holder, out var own) ? own
                    : bodies.Count == 1 ? bodies
                    : bodies.Count == 0 && head.Contains(' ', StringComparison.Ordinal) ? [""] : [];
                foreach (var body in targets)
                {
                    if (!buckets.TryGetValue(body, out var b))
                    {
                        buckets[body] = b = [];
                    }
                    b.Add(h);
                }
            }
            // Holders named for different occasions (the minister at the third round, the new one at the fourth) succeed each other.
            foreach (var (day, list) in buckets.Values.SelectMany(b => occasions.Split(b, h => h.Evidence)))
            {
                var holders = list.GroupBy(h => h.Holder).ToList();
                if (holders.Count < 2 || holders.Any(x => holders.Any(y => x.Key != y.Key && Names.MaybeSame(byId[x.Key].Name, byId[y.Key].Name))))
                {
                    continue;
                }
                // One report naming two holders is telling of a change (or a deputy), not contradicting another.
                var articleSets = holders.Select(g => g.Select(h => h.Evidence.Article).ToHashSet(StringComparer.Ordinal)).ToList();
                if (articleSets.SelectMany((a, i) => articleSets.Skip(i + 1).Select(a.Overlaps)).Any(x => x))
                {
                    continue;
                }
                var name = list.Select(h => h.AffiliationName).OfType<string>().MaxBy(n => n.Length);
                yield return new Conflict
                {
                    Kind = ConflictKind.Role,
                    Subject = OnDay(name is null ? head : $"{head} ({name})", day),
                    Values = [.. holders.OrderByDescending(g => g.Count()).Select(g => new ConflictValue(byId[g.Key].Name,
                        [.. g.Select(h => h.Evidence.Article).Distinct()], [.. g.Select(h => h.Evidence)]))],
                };
            }
        }
    }

    /// <summary>Words just before a holder's role that say they no longer hold it ("Trump fired Secretary of State ...").</summary>
    [GeneratedRegex(@"(?:\b(?:former|then|late|outgoing|departing|fired|ousted|sacked|dismissed|replaced|succeeded|predecessor)\b|\bex-|\bthen-)[^;]{0,12}$", RegexOptions.IgnoreCase)]
    private static partial Regex FormerPattern();

    private static bool IsFormer(Doc doc, Mention mention)
    {
        int start = (mention.RoleSpan ?? mention.Span).Start;
        int from = Math.Max(0, start - 24);
        return FormerPattern().IsMatch(doc.Text[from..start]);
    }

    internal static string? OfficeHead(string role)
    {
        var r = role.ToLowerInvariant().Trim();
        if (r.StartsWith("deputy", StringComparison.Ordinal) || r.StartsWith("vice", StringComparison.Ordinal) ||
            r.StartsWith("former", StringComparison.Ordinal) || r.StartsWith("acting", StringComparison.Ordinal) ||
            r.Contains("assistant", StringComparison.Ordinal))
        {
            return null;
        }
        if (SingleHolderOffices.Contains(r))
        {
            return r;
        }
        // "foreign minister", "secretary of state": the portfolio makes the office.
        var words = r.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Any(SingleHolderOffices.Contains) || words.Length > 1 && SingleHolderOffices.Contains(words[0]) ? r : null;
    }

    /// <summary>Whom an office belongs to, with abbreviations and country aliases folded ("CENTCOM" = "U.S. Central Command").</summary>
    private sealed class AffiliationKeys(IReadOnlyList<StoryEntity> entities)
    {
        private readonly List<(string Name, string Key)> _seen = [];

        public string Key(string of)
        {
            foreach (var e in entities)
            {
                if (e.Type != EntityType.Person && e.Aliases.Any(alias => Names.PlaceKey(alias) == Names.PlaceKey(of) ||
                        Names.IsAbbreviationOf(alias, of) || Names.IsAbbreviationOf(of, alias)))
                {
                    return e.Id;
                }
            }
            foreach (var (name, key) in _seen)
            {
                if (Names.PlaceKey(name) == Names.PlaceKey(of) || Names.IsAbbreviationOf(name, of) || Names.IsAbbreviationOf(of, name))
                {
                    return key;
                }
            }
            var fresh = Names.PlaceKey(of);
            _seen.Add((of, fresh));
            return fresh;
        }
    }

    // ---- ordinals: "the first round" against "the latest round" ----

    [GeneratedRegex(@"\b(?<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|initial|opening|final|\d+(?:st|nd|rd|th))\s+(?:(?:high-level|formal|official|indirect|direct|new)\s+)?(?<noun>round|session)\b(?!s)", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalPattern();

    [GeneratedRegex(@"\b(will|would|'ll|next|upcoming|future|planned|expected to|scheduled|another|previous|last|earlier)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherMeetingPattern();

    /// <summary>Words that make what follows a condition or a wish, not what happened ("could end without a deal", "insisted the talks be limited").</summary>
    [GeneratedRegex(@"\b(?:if|unless|could|may|might|should|insist(?:s|ed)?|demand(?:s|ed)?|wants?|wanted|urg(?:e|es|ed)|seeks?|sought|hopes?|hoped|wish(?:es|ed)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConditionPattern();

    private static IEnumerable<Conflict> OrdinalConflicts(List<ReporterSentence> sentences, Occasions occasions)
    {
        var values = new Dictionary<string, List<Evidence>>(StringComparer.Ordinal);
        foreach (var (doc, span, text) in sentences)
        {
            if (OtherMeetingPattern().IsMatch(text))
            {
                continue;
            }
            foreach (Match m in OrdinalPattern().Matches(text))
            {
                var ord = m.Groups["ord"].Value.ToLowerInvariant() switch
                {
                    "initial" or "opening" or "1st" => "first",
                    "2nd" => "second",
                    "3rd" => "third",
                    var o => o,
                };
                Add(values, ord, new Evidence(doc.Article.Id, new TextSpan(span.Start + m.Index, span.Start + m.Index + m.Length)));
            }
        }
        foreach (var (day, group) in ByOccasion(occasions, values))
        {
            if (DistinctInArticles(group) >= 2)
            {
                yield return Make(ConflictKind.Ordinal, OnDay("which round of talks this was", day), group);
            }
        }
    }

    // ---- when talks resume: a date against "to be decided" ----

    [GeneratedRegex(@"\b(resum\w*|reconven\w*|continu\w*|meet again|next round|next meeting|future talks|future rounds|subsequent (?:meetings|talks|rounds)|return to the (?:negotiating )?table)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextMeetingPattern();

    [GeneratedRegex(@"\b(decided later|to be decided|be determined|to be set|yet to be (?:set|agreed|decided)|not (?:yet )?been (?:set|fixed|agreed)|no date|undecided|in due course|remain(?:s)? unclear)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UndecidedPattern();

    private static IEnumerable<Conflict> NextMeetingConflicts(List<ReporterSentence> sentences)
    {
        var values = new Dictionary<string, List<Evidence>>(StringComparer.Ordinal);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (doc, span, text) in sentences)
        {
            if (!NextMeetingPattern().IsMatch(text))
            {
                continue;
            }
            // The latest date the sentence gives, on or after the report's own (any, for a report whose date is
            // unknown): "On April 11 ... agreed to meet again next Tuesday" resumes on Tuesday, not on April 11.
            var future = doc.Timexes
                .Where(t => span.Contains(t.Span) && t.Type is TimexType.Date && t.Start is { } s &&
                            (doc.Article.Published is not { } p || s >= DateOnly.FromDateTime(p.Date)))
                .MaxBy(t => t.Start);
            var undecided = UndecidedPattern().Match(text);
            if (future is not null)
            {
                // One value per date, however each report words it ("Tuesday", "next Tuesday").
                labels.TryAdd(future.Value, $"{doc.Slice(future.Span)} ({future.Value})");
                Add(values, labels[future.Value], new Evidence(doc.Article.Id, future.Span));
            }
            else if (undecided.Success)
            {
                Add(values, "to be decided later", new Evidence(doc.Article.Id, new TextSpan(span.Start + undecided.Index, span.Start + undecided.Index + undecided.Length)));
            }
        }
        if (values.Count >= 2 && values.Keys.Any(k => k == "to be decided later") && DistinctInArticles(values) >= 2)
        {
            yield return Make(ConflictKind.Date, "when the talks resume", values);
        }
    }

    // ---- the date of the story's own event ----

    [GeneratedRegex(@"\b(held|met|meet|meeting|hold|wrapped up|concluded|took place|began|talks|negotiations|summit|attack|strike|struck|killed|exploded|signed|announced)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EventPattern();

    /// <summary>Most characters between an event word and its day ("met for a second round of talks on Friday").</summary>
    private const int EventDateWindow = 40;

    private static IEnumerable<Conflict> EventDateConflicts(IReadOnlyList<Doc> docs, EntityResolver.Result entities, List<ReporterSentence> sentences)
    {
        // For each report: the day-precise past dates of its event sentences near its own date, and who they name.
        var byDay = new Dictionary<DateOnly, List<Evidence>>();
        var actors = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (doc, span, text) in sentences)
        {
            if (!EventPattern().IsMatch(text) || OtherMeetingPattern().IsMatch(text) || doc.Article.Published is null)
            {
                continue;
            }
            var named = Actors(doc, IndexOf(docs, doc), span, entities.EntityOf);
            var events = EventPattern().Matches(text);
            // The day of an event word near it ("met on Tuesday"), not of another clause ("published on Thursday,
            // citing officials who said the negotiations ended").
            bool NearEvent(TextSpan t) => events.Any(m =>
                Math.Max(m.Index, t.Start - span.Start) - Math.Min(m.Index + m.Length, t.End - span.Start) <= EventDateWindow);
            foreach (var t in doc.TimexIndex.Within(span).Select(x => doc.Timexes[x]))
            {
                if (t.Type == TimexType.Date && t.Start is { } s && t.End == s &&
                    doc.Article.IsRecent(s) && NearEvent(t.Span))
                {
                    if (!byDay.TryGetValue(s, out var ev))
                    {
                        byDay[s] = ev = [];
                    }
                    ev.Add(new Evidence(doc.Article.Id, t.Span));
                    if (!actors.TryGetValue(doc.Article.Id, out var set))
                    {
                        actors[doc.Article.Id] = set = new HashSet<string>(StringComparer.Ordinal);
                    }
                    set.UnionWith(named);
                }
            }
        }
        // Reports that agree on the main day and mention other days (a prior event) do not conflict; only days
        // that some report gives as its only date of the event while another report gives a different one.
        var perArticle = byDay.SelectMany(kv => kv.Value.Select(e => (e.Article, Day: kv.Key)))
            .GroupBy(x => x.Article).ToDictionary(g => g.Key, g => g.Select(x => x.Day).ToHashSet());
        // A report counts when its event sentences name a person or organisation that a report giving another day
        // names too: without one, "met on Tuesday" and "received a letter on Wednesday" are two events.
        var soleArticles = perArticle.Where(kv => kv.Value.Count == 1).Select(kv => kv.Key).ToList();
        // Days further apart than one occasion spans are two events (this week's round and last week's), not a dispute.
        var linked = soleArticles.Where(a => soleArticles.Any(b => !perArticle[a].SetEquals(perArticle[b]) &&
            Math.Abs(perArticle[a].First().DayNumber - perArticle[b].First().DayNumber) <= SameOccasionDays &&
            actors.GetValueOrDefault(a, []).Overlaps(actors.GetValueOrDefault(b, [])))).ToHashSet(StringComparer.Ordinal);
        var sole = linked.Select(a => perArticle[a].First()).Distinct().ToList();
        if (sole.Count >= 2)
        {
            var values = sole.ToDictionary(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                d => byDay[d].Where(e => linked.Contains(e.Article)).ToList(), StringComparer.Ordinal);
            yield return Make(ConflictKind.Date, "the date of the event", values);
        }
    }

    // ---- counts: "12 injured" against "19 injured" ----

    /// <summary>The hedges before a count, as <see cref="Interval"/> reads them.</summary>
    private const string Hedges = "more than|at least|about|around|nearly|almost|over|some|up to|roughly|approximately|fewer than|less than|an estimated";

    [GeneratedRegex(@"(?<hedge>" + Hedges + @")?\s*(?<num>\d{1,3}(?:,\d{3})+|\d+)\s+(?:[a-z]+\s+){0,2}?(?:were\s+|was\s+|have been\s+|had been\s+|are\s+)?(?<what>killed|injured|wounded|dead|died|hurt|arrested|detained|missing|displaced|evacuated)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountPattern();

    /// <summary>The count after its verb: "police arrested 14 pickets", "killing 9 people and injuring 20" (not "injured 2 days ago").</summary>
    [GeneratedRegex(@"\b(?<what>killed|killing|injured|injuring|wounded|wounding|arrested|arresting|detained|detaining|evacuated|evacuating)\s+(?<hedge>" + Hedges + @")?\s*(?<num>\d{1,3}(?:,\d{3})+|\d+)\b(?!\s*(?:%|per\s*cent|percent|days?|weeks?|months?|years?|hours?|minutes?|times|a\.m\.|p\.m\.|[.,]\d))", RegexOptions.IgnoreCase)]
    private static partial Regex VerbCountPattern();

    /// <summary>A clause told relative to another occasion: "three days after a smaller quake killed 2 people".</summary>
    [GeneratedRegex(@"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few|the)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeOccasionPattern();

    /// <summary>A figure given as a revision of an earlier one: "the death toll rose to 7", "Toll ... rises overnight".</summary>
    [GeneratedRegex(@"\b(?:toll|number of (?:dead|deaths|victims|injured|casualties))\b.{0,40}?\b(?:rose|rises|risen|climbed|climbs|increased|has grown|jumped)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RevisedTollPattern();

    /// <summary>Whether a count is told after a clause that places it on another occasion (since the last comma or semicolon).</summary>
    private static bool ToldOfAnotherOccasion(string text, int at)
    {
        int clause = text.LastIndexOfAny([',', ';'], Math.Max(0, at - 1)) + 1;
        return RelativeOccasionPattern().IsMatch(text[clause..at]);
    }

    private static IEnumerable<Conflict> NumberConflicts(List<ReporterSentence> sentences, Occasions occasions)
    {
        var bySubject = new Dictionary<string, List<(double Lo, double Hi, string Value, Evidence Evidence, DateTimeOffset? Revised)>>(StringComparer.Ordinal);
        foreach (var (doc, span, text) in sentences)
        {
            // A report that says its toll rose revises the tolls of reports published before it; it does not contradict them.
            DateTimeOffset? revised = RevisedTollPattern().IsMatch(text) || doc.Article.Title is { } title && RevisedTollPattern().IsMatch(title)
                ? doc.Article.Published : null;
            foreach (Match m in CountPattern().Matches(text).Concat(VerbCountPattern().Matches(text)))
            {
                if (ToldOfAnotherOccasion(text, m.Index))
                {
                    continue;
                }
                var n = double.Parse(m.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
                var (lo, hi) = Interval(m.Groups["hedge"].Value.ToLowerInvariant(), n);
                var what = m.Groups["what"].Value.ToLowerInvariant() switch
                {
                    "wounded" or "hurt" or "injuring" or "wounding" => "injured",
                    "dead" or "died" or "killing" => "killed",
                    "arresting" => "arrested",
                    "detaining" => "detained",
                    "evacuating" => "evacuated",
                    var w => w,
                };
                var start = Math.Min(m.Groups["what"].Index, m.Groups["hedge"].Success ? m.Groups["hedge"].Index : m.Groups["num"].Index);
                var ev = new Evidence(doc.Article.Id, new TextSpan(span.Start + start, span.Start + m.Index + m.Length));
                if (!bySubject.TryGetValue(what, out var list))
                {
                    bySubject[what] = list = [];
                }
                list.Add((lo, hi, doc.Slice(ev.Span), ev, revised));
            }
        }
        var published = sentences.Select(x => x.Doc.Article).DistinctBy(a => a.Id).ToDictionary(a => a.Id, a => a.Published, StringComparer.Ordinal);
        foreach (var (what, day, list) in bySubject.SelectMany(kv => occasions.Split(kv.Value, x => x.Evidence).Select(g => (kv.Key, g.Day, g.Items))))
        {
            // Conflicting pairs: intervals that cannot meet, given by different reports, neither revising the other.
            bool conflict = list.Any(a => list.Any(b => a.Evidence.Article != b.Evidence.Article && (a.Hi < b.Lo || b.Hi < a.Lo) &&
                !Revises(a.Revised, b.Evidence.Article) && !Revises(b.Revised, a.Evidence.Article)));
            if (!conflict)
            {
                continue;
            }
            var values = list.GroupBy(x => (x.Lo, x.Hi))
                .ToDictionary(g => g.First().Value, g => g.Select(x => x.Evidence).ToList(), StringComparer.Ordinal);
            yield return Make(ConflictKind.Number, OnDay($"number {what}", day), values);
        }

        // A revised toll published after another report's toll.
        bool Revises(DateTimeOffset? revised, string other) => revised is { } r && published[other] is { } p && p < r;
    }

    // ---- attributes told in set phrases: the format and the outcome of the talks ----

    [GeneratedRegex(@"\bindirect(?:ly)?\b.{0,40}?\b(?:talks|negotiations|meetings?|sessions?|exchanges?|conducted|held)\b|\b(?:talks|negotiations|meetings?|sessions?)\b.{0,30}?\b(?:conducted|held) indirectly\b|\b(?:in separate rooms|between (?:the )?two rooms|shuttl(?:ed|ing|es) between)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FormatIndirect();

    [GeneratedRegex(@"\b(?<!in)(?:direct|face-to-face)\s+(?:talks|negotiations|meetings?|sessions?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FormatDirect();

    [GeneratedRegex(@"\b(?:without (?:a |an |any )?(?:formal )?(?:deal|agreement|breakthrough)|no (?:deal|agreement|breakthrough) (?:was|has been) (?:reached|made|achieved)|(?:delivered|produced|yielded|brought|achieved|made) no (?:deal|agreement|breakthrough)|little (?:headway|progress) (?:was|has been) made|(?:\w+ )?(?:deal|agreements?) remains? elusive|failed to (?:reach|agree))\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutcomeNone();

    [GeneratedRegex(@"\b(?:reached|signed|struck|sealed|clinched) (?:a |an )?(?:\w+ )?(?:deal|agreement)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutcomeReached();

    /// <summary>
    /// Attributes of the talks told in set phrases, each with its values. Outlets that each give only one value, and
    /// not the same, conflict.
    /// </summary>
    private static readonly (string Subject, AgreementKind Kind, (string Value, Regex Pattern)[] Values)[] SetPhrases =
    [
        ("format of the talks", AgreementKind.Format, [("indirect", FormatIndirect()), ("direct", FormatDirect())]),
        ("outcome of the talks", AgreementKind.Outcome, [("no agreement", OutcomeNone()), ("agreement reached", OutcomeReached())]),
    ];

    /// <summary>
    /// Characters before a set phrase read for words of another meeting or a condition ("the next round could end
    /// without a deal"), back to the start of its clause at most: the sentence may go on, or begin, with the next
    /// meeting ("will meet again next week, after talks ended without a deal"). 60: the clauses of the phrases in the
    /// seeds' and samples' outcome sentences.
    /// </summary>
    private const int OtherMeetingWindow = 60;

    [GeneratedRegex(@"[,;:]|\b(?:after|but|and|as|when|before)\b", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex ClauseBoundary();

    /// <summary>Each value's phrases in the reporter sentences, unless their clause is future, conditional or of another meeting.</summary>
    private static Dictionary<string, List<Evidence>> PhraseValues(List<ReporterSentence> sentences, (string Value, Regex Pattern)[] values)
    {
        var found = new Dictionary<string, List<Evidence>>(StringComparer.Ordinal);
        foreach (var (doc, span, text) in sentences)
        {
            foreach (var (value, pattern) in values)
            {
                var m = pattern.Match(text);
                if (!m.Success)
                {
                    continue;
                }
                int from = Math.Max(0, m.Index - OtherMeetingWindow);
                if (ClauseBoundary().Match(text, from, m.Index - from) is { Success: true } boundary)
                {
                    from = boundary.Index + boundary.Length;
                }
                if (!OtherMeetingPattern().IsMatch(text.AsSpan(from, m.Index + m.Length - from)) && !ConditionPattern().IsMatch(text.AsSpan(from, m.Index - from)))
                {
                    // A pattern with a topic gives one value per topic ("limited to nuclear").
                    var topic = m.Groups["topic"];
                    Add(found, topic.Success ? $"{value} {topic.Value.ToLowerInvariant()}" : value, new Evidence(doc.Article.Id, new TextSpan(span.Start + m.Index, span.Start + m.Index + m.Length)));
                }
            }
        }
        return found;
    }

    /// <summary>Whether a phrase is a hedge <see cref="Interval"/> reads ("about", "more than", "up to").</summary>
    internal static bool IsHedge(string phrase) => Interval(phrase, 1) != (1, 1);

    internal static (double Lo, double Hi) Interval(string hedge, double n) => hedge switch
    {
        "more than" or "over" => (n, double.PositiveInfinity),
        "at least" => (n, double.PositiveInfinity),
        "about" or "around" or "roughly" or "approximately" or "some" or "an estimated" => (n * 0.9, n * 1.1),
        "nearly" or "almost" => (n * 0.9, n),
        "up to" or "fewer than" or "less than" => (0, n),
        _ => (n, n),
    };

    // ---- shared helpers ----

    /// <summary>Each report's sentences, with text inside quotation marks blanked out (quoted words are not the reporter's values).</summary>
    private static IEnumerable<ReporterSentence> ReporterSentences(IReadOnlyList<Doc> docs)
    {
        foreach (var doc in docs)
        {
            for (int i = 0; i < doc.Sentences.Count; i++)
            {
                var span = doc.Sentences[i].Span;
                if (!doc.Article.InBody(span))
                {
                    continue;
                }
                var chars = doc.Slice(span).ToCharArray();
                for (int k = 0; k < chars.Length; k++)
                {
                    if (doc.InQuotation(span.Start + k))
                    {
                        chars[k] = ' ';
                    }
                }
                yield return new ReporterSentence(doc, i, new string(chars));
            }
        }
    }

    /// <summary>A body sentence of a report (<see cref="Doc.Sentences"/>[<see cref="Index"/>]) as the reporter tells it: <see cref="Text"/> has spaces where quotations' words are.</summary>
    private sealed class ReporterSentence(Doc doc, int index, string text)
    {
        public Doc Doc { get; } = doc;
        public int Index { get; } = index;
        public string Text { get; } = text;
        public Sentence Sentence => Doc.Sentences[Index];
        public TextSpan Span => Sentence.Span;

        public void Deconstruct(out Doc doc, out TextSpan span, out string text) => (doc, span, text) = (Doc, Span, Text);
    }

    private static void Add(Dictionary<string, List<Evidence>> values, string value, Evidence evidence)
    {
        if (!values.TryGetValue(value, out var list))
        {
            values[value] = list = [];
        }
        list.Add(evidence);
    }

    /// <summary>How many values are each given by some report that gives no other value.</summary>
    private static int DistinctInArticles(Dictionary<string, List<Evidence>> values)
    {
        var perArticle = values.SelectMany(kv => kv.Value.Select(e => (e.Article, kv.Key)))
            .GroupBy(x => x.Article).ToDictionary(g => g.Key, g => g.Select(x => x.Key).Distinct().Count());
        return values.Count(kv => kv.Value.Any(e => perArticle[e.Article] == 1));
    }

    private static Conflict Make(ConflictKind kind, string subject, Dictionary<string, List<Evidence>> values) => new()
    {
        Kind = kind,
        Subject = subject,
        Values = [.. values.OrderByDescending(kv => kv.Value.Select(e => e.Article).Distinct().Count())
            .Select(kv => new ConflictValue(kv.Key, [.. kv.Value.Select(e => e.Article).Distinct()], kv.Value))],
    };
}
