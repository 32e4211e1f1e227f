using System.Text.Json;
using Parallax.Ledger;
using Parallax.Model;

namespace Parallax.Eval.Ledger;

/// <summary>
/// Which event each report of a folder tells (reports found by their title) and which events may share a story:
/// the gold of a set of reports about neighbouring but different events.
/// </summary>
public sealed record EventGold(IReadOnlyDictionary<string, string> EventOfTitle, IReadOnlyList<IReadOnlySet<string>> Together)
{
    /// <summary>
    /// Reads <c>{"reports": [{"title": "...", "event": "..."}], "together": [["event-a", "event-b"]]}</c> (the same file
    /// may hold the "conflicts" list <see cref="ConflictExpectations.Read"/> reads). Null when the file has no "reports".
    /// </summary>
    public static EventGold? Read(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        if (!doc.RootElement.TryGetProperty("reports", out var reports))
        {
            return null;
        }
        if (reports.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"{path}: \"reports\" must be an array of {{\"title\", \"event\"}}");
        }
        var events = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in reports.EnumerateArray())
        {
            var title = r.GetProperty("title").GetString();
            var ev = r.GetProperty("event").GetString();
            if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(ev))
            {
                throw new FormatException($"{path}: every report needs a non-empty \"title\" and \"event\"");
            }
            events[title] = ev;
        }
        var together = new List<IReadOnlySet<string>>();
        if (doc.RootElement.TryGetProperty("together", out var groups))
        {
            foreach (var g in groups.EnumerateArray())
            {
                together.Add(g.EnumerateArray().Select(x => x.GetString() ?? "").ToHashSet(StringComparer.Ordinal));
            }
        }
        return new EventGold(events, together);
    }

    /// <summary>Whether two events may be told in one story (the same event, or listed together).</summary>
    public bool MayShare(string a, string b) => a == b || Together.Any(g => g.Contains(a) && g.Contains(b));
}

/// <summary>How the stories and conflicts found compare with the events of an <see cref="EventGold"/>.</summary>
public sealed record EventScore(
    IReadOnlyList<(string Story, IReadOnlyList<string> Events)> Stories,
    IReadOnlyList<string> SplitEvents,
    IReadOnlyList<string> MixedStories,
    IReadOnlyList<Conflict> CrossEvent,
    IReadOnlyList<Conflict> ExtraValues,
    IReadOnlyList<string> UnknownReports)
{
    /// <summary>Conflicts that are false for either reason (different events, or values beyond the expected ones), each once.</summary>
    public IReadOnlyList<Conflict> False => [.. CrossEvent.Union(ExtraValues)];
}

/// <summary>
/// Scores the grouping of reports into stories and the conflicts against the events the reports tell: an event whose
/// reports land in two stories is split; a story holding events that may not share one is mixed; a conflict whose
/// values come from reports of different events sets one event against another (a false conflict even when its
/// values look like an expected one); a conflict that matches an expected one but adds a value none of its expected
/// values names has set another event's figure against it.
/// </summary>
public static class EventExpectations
{
    public static EventScore Score(Dossier dossier, EventGold gold, IReadOnlyList<ExpectedConflict> expected)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(expected);
        var eventOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var a in dossier.Articles)
        {
            if (a.Title is { } t && gold.EventOfTitle.TryGetValue(t, out var ev))
            {
                eventOf[a.Id] = ev;
            }
            else
            {
                unknown.Add(a.Title ?? a.Source);
            }
        }
        var stories = dossier.Stories.Select(s => (s.Title, (IReadOnlyList<string>)[.. s.Articles.Select(a => eventOf.GetValueOrDefault(a, "?")).Order(StringComparer.Ordinal)])).ToList();
        var split = eventOf.Values.Distinct(StringComparer.Ordinal)
            .Where(e => dossier.Stories.Count(s => s.Articles.Any(a => eventOf.GetValueOrDefault(a) == e)) > 1)
            .Order(StringComparer.Ordinal).ToList();
        var mixed = stories.Where(s => s.Item2.Any(x => s.Item2.Any(y => !gold.MayShare(x, y)))).Select(s => s.Title).ToList();
        var cross = dossier.Stories.SelectMany(s => s.Conflicts)
            .Where(c => c.Values.SelectMany(v => v.Articles).Select(a => eventOf.GetValueOrDefault(a, "?")).Distinct(StringComparer.Ordinal).Count() > 1)
            .ToList();
        var extra = dossier.Stories.SelectMany(s => s.Conflicts)
            .Where(c => expected.Any(e => ConflictExpectations.Matches(c, e)) &&
                c.Values.Any(v => !expected.Where(e => ConflictExpectations.Matches(c, e))
                    .Any(e => e.Values.Any(x => v.Value.Contains(x, StringComparison.OrdinalIgnoreCase)))))
            .ToList();
        return new EventScore(stories, split, mixed, cross, extra, unknown);
    }
}
