using System.Globalization;
using Parallax.Model;

namespace Parallax.Ledger;

/// <summary>
/// Orders a story's conflicts by how much they matter and says why each is one. Importance is the product of
/// what is at stake (lives lost above the number of a round), how much of the story takes part (independent outlets
/// on any side of the story's independent outlets), how even the dispute is (two outlets against two is less settled
/// than one against four), and whether it is in the reports' leads.
/// </summary>
public static class ConflictRanker
{
    /// <summary>A report's first sentences: what its outlet chose to lead with.</summary>
    private const int LeadSentences = 3;

    public static IReadOnlyList<Conflict> Rank(IReadOnlyList<Conflict> conflicts, IReadOnlyList<Doc> docs, SourceIndependence independence)
    {
        ArgumentNullException.ThrowIfNull(conflicts);
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(independence);
        var byId = docs.ToDictionary(d => d.Article.Id, StringComparer.Ordinal);
        int storySources = Math.Max(1, independence.IndependentCount(byId.Keys));
        return [.. conflicts
            .Select(c => c with
            {
                Importance = Math.Round(Stakes(c) * Reach(c, independence, storySources) * Balance(c, independence) * Prominence(c, byId), 2),
                Explanation = Explain(c, byId, independence),
            })
            .OrderByDescending(c => c.Importance)
            .ThenBy(c => c.Subject, StringComparer.Ordinal)];
    }

    /// <summary>What is at stake, by kind: deaths and what happened (outcome, place, day) above labels (round, format).</summary>
    internal static double Stakes(Conflict c) => c.Kind switch
    {
        ConflictKind.Number => c.Subject.Contains("killed", StringComparison.Ordinal) ? 1.0 : 0.9,
        ConflictKind.Attribute when c.Subject.StartsWith("outcome", StringComparison.Ordinal) => 0.9,
        ConflictKind.Place => 0.8,
        ConflictKind.Date when c.Subject == "the date of the event" => 0.8,
        ConflictKind.Role or ConflictKind.Attribution => 0.7,
        ConflictKind.Date => 0.6,
        _ => 0.5,
    };

    /// <summary>0.5 to 1: the share of the story's independent outlets that take a side.</summary>
    private static double Reach(Conflict c, SourceIndependence independence, int storySources) =>
        0.5 + 0.5 * Math.Min(1.0, (double)independence.IndependentCount(c.Values.SelectMany(v => v.Articles)) / storySources);

    /// <summary>0.5 to 1: the smallest side's independent outlets over the largest side's.</summary>
    private static double Balance(Conflict c, SourceIndependence independence)
    {
        var sides = c.Values.Select(v => independence.IndependentCount(v.Articles)).ToList();
        return 0.5 + 0.5 * sides.Min() / Math.Max(1, sides.Max());
    }

    /// <summary>1 when some value stands in a report's lead, else 0.8.</summary>
    private static double Prominence(Conflict c, Dictionary<string, Doc> docs) =>
        c.Values.SelectMany(v => v.Evidence).Any(e => docs.TryGetValue(e.Article, out var doc) && InLead(doc, e.Span)) ? 1.0 : 0.8;

    private static bool InLead(Doc doc, TextSpan span) =>
        doc.Sentences.Where(s => doc.Article.InBody(s.Span)).Take(LeadSentences).Any(s => s.Span.Overlaps(span));

    private static string Explain(Conflict c, Dictionary<string, Doc> docs, SourceIndependence independence)
    {
        string Outlet(string id) => docs.TryGetValue(id, out var d) ? d.Article.DisplayName : id;
        var sides = c.Values.Select(v =>
        {
            int n = independence.IndependentCount(v.Articles);
            var copies = v.Articles.Where(a => independence.SourceOf(a) != a && v.Articles.Contains(independence.SourceOf(a))).ToList();
            var note = string.Concat(copies.Select(a => $"; {Outlet(a)} repeats {Outlet(independence.SourceOf(a))}"));
            return string.Create(CultureInfo.InvariantCulture,
                $"\"{v.Value}\" per {string.Join(", ", v.Articles.Select(Outlet))} ({n} independent outlet{(n == 1 ? "" : "s")}{note})");
        });
        return string.Join(" against ", sides) + ". " + Why(c);
    }

    private static string Why(Conflict c) => c.Kind switch
    {
        ConflictKind.Role => "One office has one holder at a time, and no report names both.",
        ConflictKind.Ordinal => "One meeting cannot be two different rounds.",
        ConflictKind.Date when c.Subject == "the date of the event" => "Each report gives one day for the event, and the days differ.",
        ConflictKind.Date => "One side gives a date that the other says has not been set.",
        ConflictKind.Number => "The figures cannot both be right, even read as ranges (\"about\", \"more than\").",
        ConflictKind.Place => "Each report gives one place for the event, and neither place lies inside the other.",
        ConflictKind.Attribution => "The same words are given to different speakers.",
        _ => "The reports describe the same event in terms that exclude each other.",
    };
}
