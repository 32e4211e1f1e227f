using Parallax.Model;
using Parallax.Stories;

namespace Parallax.Tests.Ledger;

public class StoryClustererTests
{
    private static Doc Make(string text, string published, string title) =>
        new DocBuilder(text).Published(published).Outlet(title).Build() is var d
            ? new Doc(d.Article with { Title = title }) { Tokens = d.Tokens, Sentences = d.Sentences }
            : throw new InvalidOperationException();

    [Fact]
    public void Reports_of_one_event_form_one_story_and_an_unrelated_report_its_own()
    {
        var docs = new[]
        {
            Make("Dockworkers and the harbour authority held talks in Portvale over cranes and automation; the strike goes on.", "2031-04-11T10:00:00Z", "Dock talks in Portvale"),
            Make("The Portvale dock strike talks ended without a deal on cranes; the union and harbour authority will meet again.", "2031-04-12T10:00:00Z", "Portvale dock talks end"),
            Make("Mediator says harbour authority and dockworkers union made progress in Portvale strike talks about automation.", "2031-04-12T12:00:00Z", "Mediator on dock strike"),
            Make("The Tarnwick viaduct reopened to trains after eighteen months of repairs, the mayor said at the station.", "2031-04-10T08:00:00Z", "Viaduct reopens"),
        };
        var stories = new StoryClusterer().Cluster(docs);
        Assert.Equal(2, stories.Count);
        Assert.Equal(3, stories[0].Docs.Count);
        Assert.Equal("Viaduct reopens", Assert.Single(stories[1].Docs).Article.Title);
    }

    [Fact]
    public void Reports_months_apart_are_different_stories()
    {
        var docs = new[]
        {
            Make("Dockworkers and the harbour authority held talks in Portvale over cranes.", "2031-04-11T10:00:00Z", "Dock talks"),
            Make("Dockworkers and the harbour authority held talks in Portvale over cranes.", "2031-09-11T10:00:00Z", "Dock talks again"),
        };
        Assert.Equal(2, new StoryClusterer().Cluster(docs).Count);
    }
}
