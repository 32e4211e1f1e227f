using Parallax.Ledger;
using Parallax.Model;
using Parallax.Stories;
using static Parallax.Tests.Ledger.StoryReports;

namespace Parallax.Tests.Ledger;

/// <summary>Figures more than one report gives for the same counted thing become how-many claims. The reports are invented.</summary>
public class QuantityClaimsTests
{
    private static Claim FigureClaim(Story story, string value) =>
        Assert.Single(story.Claims, c => c.Parts.Who is null && c.Parts.HowMany.Any(p => p.Value == value));

    [Fact]
    public void The_same_duration_told_with_other_verbs_and_hedges_is_one_claim_and_another_number_is_not()
    {
        var a = Report("Negotiators met for nearly nine hours in the old harbour office.", "Coast Wire").Build();
        var b = Report("The session lasted almost nine hours, officials said later.", "Tidal Times").Build();
        var c = Report("The blockade has lasted fifteen hours so far.", "Quay Post").Build();
        var story = new StoryAnalyzer().Analyze("s1", new StoryCluster([a, b, c]));

        var hours = FigureClaim(story, "nearly 9 hour");
        Assert.Equal([a.Article.Id, b.Article.Id], hours.Articles);
        Assert.Equal(ClaimStatus.Corroborated, hours.Status);
        Assert.Equal(["nearly nine hours", "almost nine hours"], hours.Parts.HowMany.Select(p => p.Text));
        Assert.Equal("The session lasted almost nine hours, officials said later.", hours.Text);
        Assert.Equal("nearly nine hours", a.Slice(hours.Evidence[0].Span));
        Assert.DoesNotContain(story.Claims, x => x.Parts.HowMany.Any(p => p.Value == "15 hour") && x.Articles.Count > 1);
    }

    [Fact]
    public void Rounded_counts_meet_but_an_open_range_does_not_stretch_to_double()
    {
        var a = Report("The strike by about 1,000 dockworkers closed the terminal. Talks went on for more than three months.", "Coast Wire").Build();
        var b = Report("The union represents more than 1,000 dockworkers. The dispute has run for six months.", "Tidal Times").Build();
        var story = new StoryAnalyzer().Analyze("s1", new StoryCluster([a, b]));

        Assert.Equal([a.Article.Id, b.Article.Id], FigureClaim(story, "about 1000 dockwork").Articles);
        Assert.DoesNotContain(story.Claims, x => x.Parts.HowMany.Any(p => p.Value is "more than 3 month" or "6 month") && x.Articles.Count > 1);
    }

    [Fact]
    public void Every_hedge_the_conflict_ranges_know_is_read_before_a_figure()
    {
        var a = Report("Fewer than 1,200 dockworkers joined the march.", "Coast Wire").Build();
        var b = Report("The union counted 1,000 dockworkers at the march.", "Tidal Times").Build();
        var story = new StoryAnalyzer().Analyze("s1", new StoryCluster([a, b]));

        var marchers = FigureClaim(story, "fewer than 1200 dockwork");
        Assert.Equal([a.Article.Id, b.Article.Id], marchers.Articles);
        Assert.Equal(["Fewer than 1,200 dockworkers", "1,000 dockworkers"], marchers.Parts.HowMany.Select(p => p.Text));
    }

    [Fact]
    public void A_number_after_a_determiner_small_numbers_and_quoted_figures_are_not_figures()
    {
        var a = Report("The three delegations met again. Two ships left the port. \"We have waited four weeks,\" a docker said.", "Coast Wire")
            .SaidBy("We have waited four weeks,", "a docker").Build();
        var b = Report("The three delegations met on Monday. Two ships left the port. \"We have waited four weeks,\" another docker said.", "Tidal Times")
            .SaidBy("We have waited four weeks,", "another docker").Build();
        var story = new StoryAnalyzer().Analyze("s1", new StoryCluster([a, b]));

        Assert.DoesNotContain(story.Claims, x => x.Parts.Who is null && x.Parts.HowMany.Count > 0);
    }
}
