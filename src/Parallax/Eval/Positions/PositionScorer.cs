using Parallax.Ledger;
using Parallax.Model;

namespace Parallax.Eval.Positions;

/// <summary>Precision, recall and F1 of one kind of item: <paramref name="FoundCorrect"/> of <paramref name="Found"/> found items are right, <paramref name="GoldFound"/> of <paramref name="Gold"/> gold items are found.</summary>
public readonly record struct Prf(int Gold, int Found, int GoldFound, int FoundCorrect)
{
    public double Precision => Found == 0 ? 0 : (double)FoundCorrect / Found;
    public double Recall => Gold == 0 ? 0 : (double)GoldFound / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>A found position with the gold party its party is (null: none) and the gold issues its issue label names.</summary>
public sealed record ScoredPosition(Position Position, string? Party, IReadOnlyList<string> Issues);

/// <summary>A gold evidence sentence: the position it belongs to, where it is, and its text as the gold gives it.</summary>
public sealed record GoldSentence(GoldPosition Position, GoldEvidence Evidence, Evidence Located);

/// <summary>How the positions found in a folder compare with the gold.</summary>
public sealed record PositionScore(
    Prf Pairs,
    Prf Sentences,
    IReadOnlyList<(GoldPosition Gold, ScoredPosition Found)> Matched,
    IReadOnlyList<GoldPosition> Missed,
    IReadOnlyList<ScoredPosition> Extra,
    IReadOnlyList<GoldSentence> MissedSentences,
    IReadOnlyList<(ScoredPosition Position, Evidence Evidence)> ExtraSentences);

/// <summary>
/// Scores found positions against gold ones. Pairs: a found position matches a gold one when its party is the gold
/// party (one of the entity's names is one of the party's names) and its issue label holds one of the issue's terms;
/// each gold position is matched at most once (the found one sharing most evidence sentences first), so a party's
/// position split over two issue labels counts once and the other is an extra. Sentences: a found evidence sentence
/// is right when it overlaps a gold evidence sentence of a gold position with the same party and issue; a gold
/// sentence is found when a found position with that party and issue has an evidence sentence overlapping it.
/// </summary>
public static class PositionScorer
{
    public static PositionScore Score(IReadOnlyList<Article> articles, IReadOnlyList<Story> stories, PositionGold gold)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(gold);
        var located = Locate(articles, gold);
        var found = stories.SelectMany(s => s.Positions.Select(p => Classify(s, p, gold))).ToList();

        bool Same(ScoredPosition f, GoldPosition g) => f.Party == g.Party && f.Issues.Contains(g.Issue);
        static bool Overlap(Evidence a, Evidence b) => a.Article == b.Article && a.Span.Overlaps(b.Span);

        var pairs = (from fi in Enumerable.Range(0, found.Count)
                     from gi in Enumerable.Range(0, gold.Positions.Count)
                     where Same(found[fi], gold.Positions[gi])
                     let shared = found[fi].Position.Evidence.Count(e => located.Any(l => l.Position == gold.Positions[gi] && Overlap(e, l.Located)))
                     orderby shared descending, fi, gi
                     select (fi, gi)).ToList();
        var usedFound = new HashSet<int>();
        var usedGold = new HashSet<int>();
        var matched = new List<(GoldPosition, ScoredPosition)>();
        foreach (var (fi, gi) in pairs)
        {
            if (usedFound.Contains(fi) || usedGold.Contains(gi))
            {
                continue;
            }
            usedFound.Add(fi);
            usedGold.Add(gi);
            matched.Add((gold.Positions[gi], found[fi]));
        }

        var missedSentences = located.Where(l => !found.Any(f => Same(f, l.Position) && f.Position.Evidence.Any(e => Overlap(e, l.Located)))).ToList();
        var foundSentences = found.SelectMany(f => f.Position.Evidence.Distinct().Select(e => (f, e))).ToList();
        var extraSentences = foundSentences.Where(x => !located.Any(l => Same(x.f, l.Position) && Overlap(x.e, l.Located))).ToList();

        return new PositionScore(
            new Prf(gold.Positions.Count, found.Count, matched.Count, matched.Count),
            new Prf(located.Count, foundSentences.Count, located.Count - missedSentences.Count, foundSentences.Count - extraSentences.Count),
            matched,
            [.. gold.Positions.Where((_, i) => !usedGold.Contains(i))],
            [.. found.Where((_, i) => !usedFound.Contains(i))],
            missedSentences,
            extraSentences);
    }

    private static ScoredPosition Classify(Story story, Position position, PositionGold gold)
    {
        var entity = story.Entities.FirstOrDefault(e => e.Id == position.Party);
        var names = new HashSet<string>(StringComparer.Ordinal) { Key(position.PartyName) };
        if (entity is not null)
        {
            names.Add(Key(entity.Name));
            names.UnionWith(entity.Aliases.Select(Key));
        }
        var party = gold.Parties.FirstOrDefault(p => p.Value.Any(n => names.Contains(Key(n)))).Key;
        var label = Key(position.Issue);
        var issues = gold.Issues.Where(i => i.Value.Any(t => label.Contains(Key(t), StringComparison.Ordinal))).Select(i => i.Key).ToList();
        return new ScoredPosition(position, party, issues);
    }

    /// <summary>Every gold evidence located in its report's text; a FormatException lists those that cannot be.</summary>
    private static List<GoldSentence> Locate(IReadOnlyList<Article> articles, PositionGold gold)
    {
        var result = new List<GoldSentence>();
        var unplaced = new List<string>();
        foreach (var position in gold.Positions)
        {
            foreach (var evidence in position.Evidence)
            {
                var reports = articles.Where(a => IsReport(a, evidence.Report)).ToList();
                Evidence? at = null;
                foreach (var article in reports)
                {
                    // Verbatim or hashed (third-party reports), found as the claim gold's anchors are.
                    if (Claims.ClaimAlignmentScorer.Find(article.Text, evidence.Text) is [var first, ..])
                    {
                        at = new Evidence(article.Id, first);
                        break;
                    }
                }
                if (at is { } e)
                {
                    result.Add(new GoldSentence(position, evidence, e));
                }
                else
                {
                    unplaced.Add(reports.Count == 0
                        ? $"report '{evidence.Report}' is not among the reports read"
                        : $"'{evidence.Text}' is not in {evidence.Report}");
                }
            }
        }
        if (unplaced.Count > 0)
        {
            throw new FormatException("gold evidence not found (fix the gold file or give the folder it was written for): " + string.Join("; ", unplaced));
        }
        return result;
    }

    private static bool IsReport(Article article, string report) =>
        string.Equals(Path.GetFileName(article.Source), report, StringComparison.Ordinal) || string.Equals(article.Source, report, StringComparison.Ordinal);

    /// <summary>Lower case, straight quotes, single spaces, no full stops (so "U.S." is "us"); for names and labels.</summary>
    private static string Key(string s) => Claims.ClaimAlignmentScorer.Fold(s).Folded.Replace(".", "", StringComparison.Ordinal).Trim();
}
