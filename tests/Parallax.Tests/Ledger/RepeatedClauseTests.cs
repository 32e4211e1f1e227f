using Parallax.Ledger;
using Parallax.Model;
using Parallax.Stories;
using static Parallax.Tests.Ledger.StoryReports;

namespace Parallax.Tests.Ledger;

/// <summary>
/// A page that repeats one sentence many times: copies beyond <see cref="ClaimAligner.MaxComparedCopies"/> are not
/// compared pair by pair (millions of pairs for a few thousand copies) but kept as evidence of the first copy's claim.
/// </summary>
public class RepeatedClauseTests
{
    private const string Sentence = "The Harbour Authority postponed the vote. ";

    /// <summary>Per claim holding the repeated clause, its evidence offsets, in a report that opens with another sentence.</summary>
    private static List<List<int>> Claims(int copies)
    {
        var text = "Dockworkers met in the hall. " + string.Concat(Enumerable.Repeat(Sentence, copies));
        var doc = Report(text, "Coast Wire").Entity("Harbour Authority", EntityType.Organization).Build();
        var story = new StoryAnalyzer().Analyze("s1", new StoryCluster([doc]));
        return [.. story.Claims
            .Where(c => c.Evidence.Any(e => doc.Slice(e.Span).StartsWith("The Harbour Authority postponed", StringComparison.Ordinal)))
            .Select(c => c.Evidence.Select(e => e.Span.Start).Order().ToList())];
    }

    [Fact]
    public void Copies_beyond_the_limit_add_no_claim_and_join_one_as_evidence()
    {
        const int extra = 12;
        int copies = ClaimAligner.MaxComparedCopies + 1;
        var within = Claims(copies);
        var beyond = Claims(copies + extra);

        // Within the limit restated copies pair up: no claim holds more than two copies of one report.
        Assert.All(within, c => Assert.InRange(c.Count, 1, 2));
        Assert.Equal(copies, within.Sum(c => c.Count));

        // Beyond it: the same claims, and the extra copies are evidence of one of them, in the order of the text.
        Assert.Equal(within.Count, beyond.Count);
        var grown = Assert.Single(beyond, c => c.Count > 2);
        Assert.Equal(2 + extra, grown.Count);
        var last = Enumerable.Range(copies, extra).Select(k => 29 + k * Sentence.Length);
        Assert.Equal(last, grown.TakeLast(extra));
        Assert.Equal(within.Select(c => c.Count).Order(), beyond.Select(c => c == grown ? c.Count - extra : c.Count).Order());
    }
}
