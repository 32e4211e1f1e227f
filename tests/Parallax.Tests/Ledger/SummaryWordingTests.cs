using Parallax.Ledger;
using Parallax.Model;
using Parallax.Stories;
using static Parallax.Tests.Ledger.StoryReports;

namespace Parallax.Tests.Ledger;

/// <summary>The summary words a claim by a sentence that is mostly that claim. The reports are invented.</summary>
public class SummaryWordingTests
{
    [Fact]
    public void A_sentence_that_says_much_more_than_its_corroborated_clause_does_not_word_it()
    {
        var a = Report("Norland mediated the talks. The envoy of Norland, who has met each delegation separately, criticised the port authority since the strike began.", "Coast Wire")
            .Entity("Norland", EntityType.Location).Entity("Norland", EntityType.Location, occurrence: 1).Build();
        var b = Report("Norland mediated the talks. Lestria has hosted three rounds of talks since the strike began.", "Tidal Times")
            .Entity("Norland", EntityType.Location).Entity("Lestria", EntityType.Location).Build();
        var story = new StoryAnalyzer().Analyze("s1", new StoryCluster([a, b]));

        // "the strike began" is stated by both, but each sentence around it says far more, which one outlet alone states.
        Assert.Contains(story.Claims, c => c.Articles.Count == 2 && c.Evidence.All(e => (e.Article == a.Article.Id ? a : b).Slice(e.Span) == "the strike began"));
        Assert.Equal(["Norland mediated the talks."], story.Summary.Select(s => s.Text));
    }
}
