using Parallax.Model;
using Parallax.Text;

namespace Parallax.Stories;

/// <summary>A group of documents that report the same events.</summary>
public sealed record StoryCluster(IReadOnlyList<Doc> Docs);

/// <summary>
/// Online story clustering: documents arrive in publication order; each joins the most similar existing story
/// (cosine of TF-IDF vectors over content-word stems, named entities weighted up) when the similarity reaches
/// <see cref="Threshold"/> and the publication dates lie within <see cref="MaxDaysApart"/>, else starts a new story.
/// </summary>
public sealed class StoryClusterer
{
    /// <summary>Minimum cosine similarity to a story's centroid to join it.</summary>
    /// <remarks>0.17: best B3 F1 on the ECB+ dev topics with the full pipeline (`parallax eval stories --sweep`), see eval/README.md.</remarks>
    public double Threshold { get; init; } = 0.17;

    /// <summary>Reports further apart than this in publication time are not the same story.</summary>
    public int MaxDaysApart { get; init; } = 10;

    /// <summary>
    /// Reports whose lead days (<see cref="LeadDay"/>) lie further apart than this tell different occasions: the fourth
    /// round a week after the third, a warehouse fire three days after an explosion in the same city. A report joins a
    /// story only when some member leads with a day this near its own (or either lead day is unknown), so a story told
    /// every day holds together while an occasion days apart starts its own.
    /// </summary>
    /// <remarks>1: a report written across midnight or in another time zone leads with the next day for the same event;
    /// the neighbouring events of eval/neighbours lie 3 and 7 days apart (see eval/README.md). ECB+ gives no
    /// publication dates, so its figures do not move.</remarks>
    public int MaxLeadDaysApart { get; init; } = 1;

    private const double EntityWeight = 3.0;
    private const double TitleWeight = 2.0;

    public IReadOnlyList<StoryCluster> Cluster(IReadOnlyList<Doc> docs)
    {
        ArgumentNullException.ThrowIfNull(docs);
        var bags = docs.Select(Bag).ToList();
        var idf = InverseDocumentFrequency(bags);
        var vectors = bags.Select(b => Weigh(b, idf)).ToList();
        var leads = docs.Select(LeadDay).ToList();

        var order = Enumerable.Range(0, docs.Count)
            .OrderBy(i => docs[i].Article.Published ?? DateTimeOffset.MaxValue)
            .ThenBy(i => docs[i].Article.Source, StringComparer.Ordinal)
            .ToList();
        var stories = new List<(List<int> Members, Dictionary<string, double> Centroid)>();
        foreach (int i in order)
        {
            int best = -1;
            double bestSim = double.NegativeInfinity;
            for (int s = 0; s < stories.Count; s++)
            {
                if (!WithinWindow(docs, stories[s].Members, i) || !SameOccasion(leads, stories[s].Members, i))
                {
                    continue;
                }
                double sim = Cosine(vectors[i], stories[s].Centroid);
                if (sim > bestSim)
                {
                    bestSim = sim;
                    best = s;
                }
            }
            if (best >= 0 && bestSim >= Threshold)
            {
                stories[best].Members.Add(i);
                Add(stories[best].Centroid, vectors[i]);
            }
            else
            {
                stories.Add(([i], new Dictionary<string, double>(vectors[i], StringComparer.Ordinal)));
            }
        }
        return [.. stories
            .OrderByDescending(s => s.Members.Count)
            .ThenBy(s => s.Members.Min())
            .Select(s => new StoryCluster([.. s.Members.Order().Select(i => docs[i])]))];
    }

    private bool WithinWindow(IReadOnlyList<Doc> docs, List<int> members, int candidate)
    {
        if (docs[candidate].Article.Published is not { } p)
        {
            return true;
        }
        return members.Any(m => docs[m].Article.Published is not { } q || Math.Abs((p - q).TotalDays) <= MaxDaysApart);
    }

    private bool SameOccasion(List<DateOnly?> leads, List<int> members, int candidate) =>
        leads[candidate] is not { } day ||
        members.Any(m => leads[m] is not { } other || Math.Abs(other.DayNumber - day.DayNumber) <= MaxLeadDaysApart);

    /// <summary>
    /// The day a report leads with: the first day its body names outside quotations, at most
    /// <see cref="Article.RecentDays"/> before publication (news opens with its event: "... on Saturday"). Null without a publication date or such a day.
    /// </summary>
    internal static DateOnly? LeadDay(Doc doc)
    {
        return doc.Timexes
            .OrderBy(t => t.Span.Start)
            .Where(t => t.Type is TimexType.Date or TimexType.Time && t.Start is { } s && t.End == s && doc.Article.IsRecent(s) && doc.Article.InBody(t.Span) &&
                !doc.InOneQuotation(t.Span))
            .Select(t => t.Start)
            .FirstOrDefault();
    }

    /// <summary>Term counts of one document: content-word stems of title and text, plus whole entity names.</summary>
    internal static Dictionary<string, double> Bag(Doc doc)
    {
        var bag = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var w in Normalize.ContentWords(doc.Text))
        {
            Increment(bag, Normalize.Stem(w), 1);
        }
        if (doc.Article.Title is { } title)
        {
            foreach (var w in Normalize.ContentWords(title))
            {
                Increment(bag, Normalize.Stem(w), TitleWeight);
            }
        }
        foreach (var m in doc.Mentions)
        {
            Increment(bag, "@" + string.Join(' ', Normalize.Words(doc.Slice(m.Span))), EntityWeight);
        }
        return bag;
    }

    private static void Increment(Dictionary<string, double> bag, string key, double by)
    {
        if (key.Length < 2)
        {
            return;
        }
        bag[key] = bag.GetValueOrDefault(key) + by;
    }

    private static Dictionary<string, double> InverseDocumentFrequency(List<Dictionary<string, double>> bags)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var bag in bags)
        {
            foreach (var key in bag.Keys)
            {
                df[key] = df.GetValueOrDefault(key) + 1;
            }
        }
        // Smoothed IDF: terms shared by every report still count, so a batch of one story holds together.
        return df.ToDictionary(kv => kv.Key, kv => Math.Log((1.0 + bags.Count) / (1.0 + kv.Value)) + 1.0, StringComparer.Ordinal);
    }

    private static Dictionary<string, double> Weigh(Dictionary<string, double> bag, Dictionary<string, double> idf)
    {
        var v = new Dictionary<string, double>(bag.Count, StringComparer.Ordinal);
        double norm = 0;
        foreach (var (k, tf) in bag)
        {
            double w = (1 + Math.Log(tf)) * idf[k];
            v[k] = w;
            norm += w * w;
        }
        norm = Math.Sqrt(norm);
        if (norm > 0)
        {
            foreach (var k in v.Keys.ToList())
            {
                v[k] /= norm;
            }
        }
        return v;
    }

    private static void Add(Dictionary<string, double> into, Dictionary<string, double> v)
    {
        foreach (var (k, w) in v)
        {
            into[k] = into.GetValueOrDefault(k) + w;
        }
    }

    internal static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count > b.Count)
        {
            (a, b) = (b, a);
        }
        double dot = 0;
        foreach (var (k, w) in a)
        {
            if (b.TryGetValue(k, out var x))
            {
                dot += w * x;
            }
        }
        double na = Math.Sqrt(a.Values.Sum(x => x * x));
        double nb = Math.Sqrt(b.Values.Sum(x => x * x));
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }
}
