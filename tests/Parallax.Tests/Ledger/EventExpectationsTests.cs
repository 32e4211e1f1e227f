using Parallax.Eval.Ledger;
using Parallax.Ledger;
using Parallax.Model;

namespace Parallax.Tests.Ledger;

public class EventExpectationsTests
{
    private static Article A(string id, string title) => new() { Id = id, Source = id + ".txt", Text = title, Title = title };

    private static Conflict C(ConflictKind kind, params (string Value, string Article)[] values) => new()
    {
        Kind = kind,
        Subject = "s",
        Values = [.. values.Select(v => new ConflictValue(v.Value, [v.Article], []))],
    };

    [Fact]
    public void Split_events_mixed_stories_and_conflicts_between_events_are_found()
    {
        var gold = new EventGold(
            new Dictionary<string, string> { ["Round one"] = "r1", ["Round two"] = "r2", ["Round two again"] = "r2", ["Fire"] = "fire" },
            [new HashSet<string> { "r1", "r2" }]);
        var articles = new[] { A("a", "Round one"), A("b", "Round two"), A("c", "Round two again"), A("d", "Fire"), A("e", "Stray") };
        var stories = new[]
        {
            new Story
            {
                Id = "s1", Title = "talks", Articles = ["a", "b"],
                Conflicts = [C(ConflictKind.Ordinal, ("first", "a"), ("second", "b"))],
            },
            new Story
            {
                Id = "s2", Title = "mixed", Articles = ["c", "d"],
                Conflicts = [C(ConflictKind.Number, ("9 killed", "c"), ("11 killed", "c"), ("3 killed", "c"))],
            },
        };
        var expected = new[] { new ExpectedConflict(ConflictKind.Number, ["9", "11"]) };
        var score = EventExpectations.Score(new Dossier(articles, stories, []), gold, expected);
        Assert.Equal(["r2"], score.SplitEvents);
        Assert.Equal(["mixed"], score.MixedStories);
        Assert.Equal(ConflictKind.Ordinal, Assert.Single(score.CrossEvent).Kind);
        Assert.Equal(ConflictKind.Number, Assert.Single(score.ExtraValues).Kind);
        Assert.Equal(2, score.False.Count);
        Assert.Equal(["Stray"], score.UnknownReports);
        Assert.Equal(["fire", "r2"], score.Stories[1].Events);
    }

    [Fact]
    public void The_shipped_neighbours_gold_parses()
    {
        var path = Path.Combine(Repo.Root, "eval", "expected", "neighbours-conflicts.json");
        var gold = EventGold.Read(path);
        Assert.NotNull(gold);
        Assert.Equal(10, gold.EventOfTitle.Count);
        Assert.True(gold.MayShare("talks-round-3", "talks-round-4"));
        Assert.False(gold.MayShare("fire-bakery", "fire-warehouse"));
        Assert.Equal(3, ConflictExpectations.Read(path).Count);
        Assert.Null(EventGold.Read(Path.Combine(Repo.Root, "eval", "expected", "samples-conflicts.json")));
    }
}
