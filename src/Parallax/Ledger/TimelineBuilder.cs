using Parallax.Model;

namespace Parallax.Ledger;

/// <summary>
/// The story's events in the order they happened: each sentence that carries a date (resolved against its own
/// report's date) becomes an entry worded as that sentence; sentences of other outlets that state the same claim
/// on the same date join it, with every outlet that reports it.
/// </summary>
public static class TimelineBuilder
{
    /// <summary>Dates vaguer than this many days (a year, a decade) say too little to order events by.</summary>
    private const int MaxDays = 31;

    private sealed record Entry(DateOnly Start, DateOnly End, string Key, Timex Timex, string Text, List<Evidence> Evidence);

    public static IReadOnlyList<TimelineEntry> Build(IReadOnlyList<Doc> docs, ClaimAligner.Result claims)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(claims);
        var entries = new Dictionary<(DateOnly, DateOnly, string), Entry>();
        var published = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            published[doc.Article.Id] = doc.Article.Published is { } p ? DateOnly.FromDateTime(p.DateTime) : null;
        }
        for (int d = 0; d < docs.Count; d++)
        {
            var doc = docs[d];
            foreach (var t in doc.Timexes)
            {
                if (t.Type != TimexType.Date || !doc.Article.InBody(t.Span) || t.Start is not { } start || t.End is not { } end || end.DayNumber - start.DayNumber > MaxDays)
                {
                    continue;
                }
                int s = doc.SentenceAt(t.Span.Start);
                // A date inside a quotation ("Today, we held...") is the speaker's, relative to when they spoke.
                if (s < 0 || doc.InOneQuotation(t.Span))
                {
                    continue;
                }
                var sentence = doc.Sentences[s].Span;
                var key = claims.ClaimAt(d, t.Span.Start) is { } c ? "c" + c : $"s{d}:{s}";
                if (!entries.TryGetValue((start, end, key), out var entry))
                {
                    entry = new Entry(start, end, key, t, ClaimAligner.CleanSentence(doc.Slice(sentence)), []);
                    entries[(start, end, key)] = entry;
                }
                entry.Evidence.Add(new Evidence(doc.Article.Id, sentence));
            }
        }
        return [.. Deduplicate(entries.Values)
            .Select(e => new TimelineEntry
            {
                Date = e.Start,
                End = e.End,
                Value = e.Timex.Value,
                Certainty = e.Timex.Certainty,
                Mod = e.Timex.Mod,
                Reported = e.Evidence.Select(x => published.GetValueOrDefault(x.Article)).Where(p => p is not null).Min(),
                Text = e.Text,
                Articles = [.. e.Evidence.Select(x => x.Article).Distinct()],
                Evidence = e.Evidence,
            })
            .OrderBy(e => e.Date)
            .ThenBy(e => e.End)
            .ThenByDescending(e => e.Articles.Count)];
    }

    /// <summary>
    /// Entries of one date that tell one event join: a report that repeats its lead (a summary bullet, then the
    /// dateline paragraph), and reports that word the same event differently (they share a third of their concepts).
    /// The entry keeps the wording of the report that dates it most plainly (the shortest sentence).
    /// </summary>
    private static List<Entry> Deduplicate(IEnumerable<Entry> entries)
    {
        var kept = new List<(Entry Entry, HashSet<string> Concepts)>();
        foreach (var e in entries.OrderBy(e => e.Text.Length))
        {
            var concepts = Text.Normalize.ContentWords(e.Text).Select(Text.Normalize.Concept).ToHashSet(StringComparer.Ordinal);
            int same = kept.FindIndex(k => k.Entry.Start == e.Start && k.Entry.End == e.End &&
                (e.Text.Contains(k.Entry.Text, StringComparison.Ordinal) || Dice(k.Concepts, concepts) >= SameEvent));
            if (same < 0)
            {
                kept.Add((e, concepts));
            }
            else
            {
                kept[same].Entry.Evidence.AddRange(e.Evidence.Where(x => !kept[same].Entry.Evidence.Contains(x)));
            }
        }
        return [.. kept.Select(k => k.Entry)];
    }

    /// <summary>Concept overlap (Dice) at which two sentences of one date tell one event; 0.3 on the seeds and samples.</summary>
    private const double SameEvent = 0.3;

    private static double Dice(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);
}
