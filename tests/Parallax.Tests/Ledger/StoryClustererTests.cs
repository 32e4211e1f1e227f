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

    private static Doc Dated(string text, string published, string title, string day, string date) =>
        new DocBuilder(text).Published(published).Outlet(title).Date(day, date, date).Build() is var d
            ? new Doc(d.Article with { Title = title }) { Tokens = d.Tokens, Sentences = d.Sentences, Timexes = d.Timexes }
            : throw new InvalidOperationException();

    [Fact]
    public void Reports_leading_with_days_apart_are_different_occasions_but_a_story_told_day_by_day_holds_together()
    {
        // Two disasters in one city three days apart, told in much the same words: two stories.
        var docs = new[]
        {
            Dated("A fire at a Harwick warehouse on Monday killed 3 people, Harwick fire chief Ola Brenn said.", "2031-05-05T18:00:00Z", "Harwick fire", "Monday", "2031-05-05"),
            Dated("A fire at a Harwick warehouse on Thursday killed 9 people, Harwick fire chief Ola Brenn said.", "2031-05-08T18:00:00Z", "Second Harwick fire", "Thursday", "2031-05-08"),
            Dated("Harwick fire chief Ola Brenn said the warehouse fire on Thursday killed 9 people.", "2031-05-09T08:00:00Z", "Harwick fire toll", "Thursday", "2031-05-08"),
        };
        var stories = new StoryClusterer().Cluster(docs);
        Assert.Equal(2, stories.Count);
        Assert.Equal(["Harwick fire toll", "Second Harwick fire"], stories[0].Docs.Select(d => d.Article.Title!).Order(StringComparer.Ordinal));
        Assert.Equal(new DateOnly(2031, 5, 5), StoryClusterer.LeadDay(stories[1].Docs[0]));
        // A strike told on consecutive days: each report leads with a day next to another's, so one story.
        var strike = new[]
        {
            Dated("Dockworkers at Harwick port walked out on Monday over crane crews, union leader Ola Brenn said.", "2031-05-05T18:00:00Z", "Strike day 1", "Monday", "2031-05-05"),
            Dated("Dockworkers at Harwick port stayed out on Tuesday over crane crews, union leader Ola Brenn said.", "2031-05-06T18:00:00Z", "Strike day 2", "Tuesday", "2031-05-06"),
            Dated("Dockworkers at Harwick port stayed out on Wednesday over crane crews, union leader Ola Brenn said.", "2031-05-07T18:00:00Z", "Strike day 3", "Wednesday", "2031-05-07"),
        };
        Assert.Single(new StoryClusterer().Cluster(strike));
    }
}
