using Parallax.Eval.Ledger;
using Parallax.Extraction;
using Parallax.Ledger;
using Parallax.Pipeline;
using Parallax.Stories;

namespace Parallax.Tests.EndToEnd;

/// <summary>
/// The invented sets of neighbouring events (eval/neighbours/README.md, eval/neighbours-check/README.md): every planted
/// conflict found, none set between different events, and no story mixing events that are not one story; with every
/// report forced into one story, still no false conflict.
/// </summary>
public class NeighboursEndToEndTests
{
    private static (ConflictScore Conflicts, EventScore Events) Score(string set, bool oneStory)
    {
        var clusterer = oneStory
            ? new StoryClusterer { Threshold = double.NegativeInfinity, MaxDaysApart = int.MaxValue, MaxLeadDaysApart = int.MaxValue }
            : new StoryClusterer();
        var dossier = new Analyzer(DefaultPipeline.Create()) { Clusterer = clusterer }
            .Analyze(ArticleReader.Read([Path.Combine(Repo.Root, "eval", set)], CancellationToken.None));
        var gold = Path.Combine(Repo.Root, "eval", "expected", set + "-conflicts.json");
        var expected = ConflictExpectations.Read(gold);
        return (ConflictExpectations.Score([.. dossier.Stories.SelectMany(s => s.Conflicts)], expected),
            EventExpectations.Score(dossier, EventGold.Read(gold)!, expected));
    }

    [Theory]
    [InlineData("neighbours", false, 5)]
    [InlineData("neighbours", true, 1)]
    [InlineData("neighbours-check", false, 4)]
    [InlineData("neighbours-check", true, 1)]
    public void Planted_conflicts_are_found_and_neighbouring_events_are_not_set_against_each_other(string set, bool oneStory, int stories)
    {
        var (conflicts, events) = Score(set, oneStory);
        Assert.Empty(conflicts.Missed);
        Assert.Empty(conflicts.False.Select(c => c.Subject));
        Assert.Empty(events.False.Select(c => c.Subject));
        Assert.Empty(events.UnknownReports);
        Assert.Equal(stories, events.Stories.Count);
        if (!oneStory)
        {
            Assert.Empty(events.MixedStories);
            Assert.Empty(events.SplitEvents);
        }
    }
}
