using Parallax.Model;
using Parallax.Text;

namespace Parallax.Ledger;

/// <summary>
/// The claim ledger: each report's atomic claims (clauses of its reporter sentences, see <see cref="ClaimExtractor"/>),
/// aligned across outlets when they state the same thing in other words: their actors are the same story entity
/// (or both name none), their predicates are the same or synonyms ("met" and "held talks"), and what the verb is
/// done to or where it happens overlaps. Dates, numbers and places that differ do not keep two claims apart: the
/// conflict finder shows them and the claim becomes contested. Pairs are joined best first, and a clause joins a
/// claim only when it matches every clause already in it and the claim has none from its report yet, so claims never
/// chain. A claim is corroborated when independent outlets carry it, single-source when one outlet (or its copies) does.
/// </summary>
public sealed class ClaimAligner
{
    /// <summary>
    /// Least share (Dice) of the concepts and entities after the verb that two clauses must have in common when they
    /// name no common entity there. 0.25: on the seeds and samples, aligned pairs below it stated different things
    /// about one topic; see the hand check in eval/README.md.
    /// </summary>
    public double MinObjectOverlap { get; init; } = 0.25;

    /// <summary>Least share of what was said for two speech clauses ("said the talks were useful") to be one claim.</summary>
    public double MinSpeechOverlap { get; init; } = 0.3;

    /// <summary>Predicates whose actor and object can trade places ("Veltria met Lestria", "Lestria met Veltria").</summary>
    private static readonly HashSet<string> Symmetric = new(StringComparer.Ordinal) { "talk", "agree", "end", "resume", "not agree", "not talk" };

    public sealed record Result(IReadOnlyList<Claim> Claims, IReadOnlyList<ClauseClaim> Clauses, IReadOnlyList<int> ClaimOfClause)
    {
        /// <summary>The claim whose clause in report <paramref name="doc"/> holds the offset, or null.</summary>
        public int? ClaimAt(int doc, int offset)
        {
            for (int i = 0; i < Clauses.Count; i++)
            {
                if (Clauses[i].Doc == doc && Clauses[i].Span.Contains(offset))
                {
                    return ClaimOfClause[i];
                }
            }
            return null;
        }
    }

    public Result Align(IReadOnlyList<Doc> docs, IReadOnlyDictionary<(int Doc, int Mention), string> entityOf, SourceIndependence independence)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(entityOf);
        ArgumentNullException.ThrowIfNull(independence);
        var items = new List<ClauseClaim>();
        for (int d = 0; d < docs.Count; d++)
        {
            items.AddRange(ClaimExtractor.Extract(docs[d], d, entityOf));
        }
        var score = new Dictionary<(int, int), double>();
        var pairs = new List<(int I, int J, double Score)>();
        for (int i = 0; i < items.Count; i++)
        {
            for (int j = i + 1; j < items.Count; j++)
            {
                if (!Same(items[i], items[j]))
                {
                    continue;
                }
                double s = Dice(items[i].Terms, items[j].Terms);
                // Within one report only a repeated clause (a summary bullet restating the lead) is the same claim.
                if (items[i].Doc != items[j].Doc || s >= 0.9)
                {
                    pairs.Add((i, j, s));
                    score[(i, j)] = s;
                }
            }
        }
        var clusterOf = new int[items.Count];
        Array.Fill(clusterOf, -1);
        var clusters = new List<List<int>>();
        foreach (var (i, j, _) in pairs.OrderByDescending(p => p.Score).ThenBy(p => p.I).ThenBy(p => p.J))
        {
            int ci = clusterOf[i], cj = clusterOf[j];
            if (ci < 0 && cj < 0)
            {
                clusterOf[i] = clusterOf[j] = clusters.Count;
                clusters.Add([i, j]);
            }
            else if (ci >= 0 && cj < 0 && Fits(j, clusters[ci]))
            {
                clusterOf[j] = ci;
                clusters[ci].Add(j);
            }
            else if (cj >= 0 && ci < 0 && Fits(i, clusters[cj]))
            {
                clusterOf[i] = cj;
                clusters[cj].Add(i);
            }
        }
        for (int i = 0; i < items.Count; i++)
        {
            if (clusterOf[i] < 0)
            {
                clusterOf[i] = clusters.Count;
                clusters.Add([i]);
            }
        }

        var claims = new List<Claim>();
        var claimOf = new int[items.Count];
        foreach (var members in clusters
                     .OrderByDescending(c => independence.IndependentCount(c.Select(x => docs[items[x].Doc].Article.Id)))
                     .ThenBy(c => c.Min(x => (items[x].Doc, items[x].Span.Start))))
        {
            var group = members.Select(x => items[x]).OrderBy(x => x.Doc).ThenBy(x => x.Span.Start).ToList();
            var articles = group.Select(x => docs[x.Doc].Article.Id).Distinct().ToList();
            foreach (var x in members)
            {
                claimOf[x] = claims.Count;
            }
            var medoid = Medoid(members, items, score);
            claims.Add(new Claim
            {
                Text = medoid.Text,
                Parts = medoid.Parts,
                Articles = articles,
                Status = independence.IndependentCount(articles) >= 2 ? ClaimStatus.Corroborated : ClaimStatus.SingleSource,
                Evidence = [.. group.Select(x => new Evidence(docs[x.Doc].Article.Id, x.Span))],
            });
        }
        return new Result(claims, items, claimOf);

        bool Fits(int candidate, List<int> cluster) =>
            cluster.All(m => items[m].Doc != items[candidate].Doc &&
                             score.ContainsKey((Math.Min(m, candidate), Math.Max(m, candidate))));
    }

    /// <summary>
    /// Whether two clauses state one claim: the same actors (or, with none, the same kind of subject), the same
    /// predicate with the same negation, and an overlap in what it is done to or where.
    /// </summary>
    private bool Same(ClauseClaim a, ClauseClaim b)
    {
        if (a.Predicate != b.Predicate)
        {
            return false;
        }
        bool symmetric = Symmetric.Contains(a.Predicate);
        if (a.Actors.Count > 0 && b.Actors.Count > 0)
        {
            var actorsA = symmetric ? Participants(a) : a.Actors;
            var actorsB = symmetric ? Participants(b) : b.Actors;
            if (!actorsA.Overlaps(actorsB))
            {
                return false;
            }
        }
        else if (a.Actors.Count > 0 || b.Actors.Count > 0)
        {
            // "Veltria and Lestria held talks" and "the talks between Veltria and Lestria were held": the entities the other
            // subject names without being its head, or "the talks ended" and "Veltria and Lestria ended the talks": the
            // subject of one is what the other's verb is done to.
            var (named, unnamed) = a.Actors.Count > 0 ? (a, b) : (b, a);
            if (!symmetric || !unnamed.Involved.IsSubsetOf(Participants(named)) ||
                unnamed.Involved.Count == 0 && !unnamed.SubjectTerms.Overlaps(named.Objects))
            {
                return false;
            }
            return true;
        }
        else if ((a.SubjectTerms.Count > 0 || b.SubjectTerms.Count > 0) && !a.SubjectTerms.Overlaps(b.SubjectTerms))
        {
            return false;
        }
        if (a.Objects.Count == 0 && b.Objects.Count == 0 && a.Predicate is not ("be" or "hav" or "not be" or "not hav"))
        {
            // Nothing is done to anything ("the talks ended"): a place that differs is a conflict, not another claim.
            return true;
        }
        if ((a.Objects.Count == 0 || b.Objects.Count == 0) && a.Actors.Overlaps(b.Actors) && a.Predicate is not ("say" or "not say" or "be" or "not be" or "hav" or "not hav"))
        {
            // One names the entity and the act and leaves out what it was done to ("Marchetti attended").
            return true;
        }
        var placesA = a.Parts.Where.Select(p => p.Value).ToHashSet(StringComparer.Ordinal);
        var placesB = b.Parts.Where.Select(p => p.Value).ToHashSet(StringComparer.Ordinal);
        int shared = a.Objects.Count(b.Objects.Contains);
        double overlap = Dice(a.Objects, b.Objects);
        if (a.Predicate is "say" or "not say")
        {
            return shared >= 2 && overlap >= MinSpeechOverlap;
        }
        return shared >= 1 && (overlap >= MinObjectOverlap || shared >= 3 || a.Objects.Any(o => o[0] == '@' && b.Objects.Contains(o)))
               || placesA.Count > 0 && placesA.Overlaps(placesB);
    }

    private static HashSet<string> Participants(ClauseClaim c)
    {
        var set = new HashSet<string>(c.Actors, StringComparer.Ordinal);
        set.UnionWith(c.Objects.Where(o => o[0] == '@'));
        return set;
    }

    /// <summary>The clause closest to all others in its claim: the wording the outlets share most.</summary>
    private static ClauseClaim Medoid(List<int> members, List<ClauseClaim> items, Dictionary<(int, int), double> score) =>
        items[members.OrderByDescending(m => members.Where(o => o != m).Sum(o => score.GetValueOrDefault((Math.Min(m, o), Math.Max(m, o)))))
            .ThenBy(m => items[m].Words)
            .First()];

    internal static string CleanSentence(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).TrimStart('*', '-', ' ');

    private static double Dice(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        a.Count + b.Count == 0 ? 0 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);
}
