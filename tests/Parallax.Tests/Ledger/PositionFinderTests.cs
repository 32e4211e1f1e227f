using Parallax.Ledger;
using Parallax.Model;
using Parallax.Pipeline;

namespace Parallax.Tests.Ledger;

public class PositionFinderTests
{
    private static Doc Run(string text) =>
        DefaultPipeline.Create().Run(new Article { Id = Article.ComputeId(text), Source = "t.txt", Text = text });

    [Fact]
    public void Each_party_position_is_found_per_issue_across_reports()
    {
        var a = Run("The union insists the talks be confined strictly to the automation plan. The Harbour Authority seeks full compensation limits as a prerequisite for any deal, officials said on Friday.");
        var b = Run("The Harbour Authority wants compensation limits agreed first. The union rejected any change to the automation plan without retraining.");
        var docs = new[] { a, b };
        var positions = PositionFinder.Find(docs, new EntityResolver().Resolve(docs));
        var authority = Assert.Single(positions, p => p.PartyName == "Harbour Authority");
        Assert.Contains("compensation", authority.Issue, StringComparison.Ordinal);
        Assert.Equal(2, authority.Articles.Count);
        // The shortest wording of the position is shown; both reports' sentences are its evidence.
        Assert.Equal("wants compensation limits agreed first", authority.Stance);
        Assert.All(authority.Evidence, e => Assert.Contains("Harbour Authority", docs.Single(d => d.Article.Id == e.Article).Slice(e.Span), StringComparison.Ordinal));
    }

    [Fact]
    public void A_relative_clause_and_quoted_words_state_no_position()
    {
        var a = Run("The issues that the Harbour Authority wants to discuss touch on the automation plan and the compensation limits. \"We demand nothing less than full pay,\" a worker said.");
        var positions = PositionFinder.Find([a], new EntityResolver().Resolve([a]));
        Assert.Empty(positions);
    }

    [Fact]
    public void A_capital_speaks_for_its_country_when_the_story_names_the_country()
    {
        var a = Run("Iran insists that sanctions relief must come first, officials said on Monday.");
        var b = Run("Tehran insists on sanctions relief before any other step, the ministry said.");
        var docs = new[] { a, b };
        var positions = PositionFinder.Find(docs, new EntityResolver().Resolve(docs));
        var iran = Assert.Single(positions, p => p.Issue.Contains("sanction", StringComparison.Ordinal));
        Assert.Equal("Iran", iran.PartyName);
        Assert.Equal(2, iran.Articles.Count);
        Assert.DoesNotContain(positions, p => p.PartyName == "Tehran");
    }
}
