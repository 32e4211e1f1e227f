using Parallax.Model;

namespace Parallax.Ledger;

/// <summary>
/// The story's events in the order they happened: each sentence that carries a date (resolved against its own
/// report's date) becomes an entry; sentences of different outlets that state the same claim on the same date
/// are one entry with every outlet that reports it.
/// </summary>
public static class TimelineBuilder
{
    /// <summary>Dates vaguer than this many days (a year, a decade) say too little to order events by.</summary>
    private const int MaxDays = 31;

    public static IReadOnlyList<TimelineEntry> Build(IReadOnlyList<Doc> docs, ClaimAligner.Result claims)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(claims);
        var entries = new Dictionary<(DateOnly, DateOnly, string), (Timex Timex, string Text, List<Evidence> Evidence)>();
        for (int d = 0; d < docs.Count; d++)
        {
            var doc = docs[d];
            foreach (var t in doc.Timexes)
            {
                if (t.Type != TimexType.Date || t.Start is not { } start || t.End is not { } end || end.DayNumber - start.DayNumber > MaxDays)
                {
                    continue;
                }
                int s = doc.SentenceAt(t.Span.Start);
                if (s < 0)
                {
                    continue;
                }
                var sentence = doc.Sentences[s].Span;
                string what;
                string key;
                if (claims.ClaimOf.TryGetValue((d, s), out var c))
                {
                    what = claims.Claims[c].Text;
                    key = "c" + c;
                }
                else
                {
                    what = ClaimAligner.CleanSentence(doc.Slice(sentence));
                    key = $"s{d}:{s}";
                }
                if (!entries.TryGetValue((start, end, key), out var entry))
                {
                    entry = (t, what, []);
                    entries[(start, end, key)] = entry;
                }
                entry.Evidence.Add(new Evidence(doc.Article.Id, sentence));
            }
        }
        return [.. entries
            .Select(kv => new TimelineEntry
            {
                Date = kv.Key.Item1,
                End = kv.Key.Item2,
                Value = kv.Value.Timex.Value,
                Certainty = kv.Value.Timex.Certainty,
                Text = kv.Value.Text,
                Articles = [.. kv.Value.Evidence.Select(e => e.Article).Distinct()],
                Evidence = kv.Value.Evidence,
            })
            .OrderBy(e => e.Date)
            .ThenBy(e => e.End)
            .ThenByDescending(e => e.Articles.Count)];
    }
}
