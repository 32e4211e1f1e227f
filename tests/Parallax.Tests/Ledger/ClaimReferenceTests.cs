using Parallax.Ledger;
using Parallax.Model;
using Parallax.Stories;
using static Parallax.Tests.Ledger.StoryReports;

namespace Parallax.Tests.Ledger;

/// <summary>
/// Who a clause is about when its subject is not a name at its head (a relative "who" after an apposition, a definite
/// description by role), and verbs of aspect before the act. The reports are invented.
/// </summary>
public class ClaimReferenceTests
{
    [Fact]
    public void Who_after_an_apposition_is_the_person_not_the_place_that_ends_the_apposition()
    {
        var a = Report("The talks were chaired by Ida Sorn, a former judge of neighbouring Lestria, who has shuttled between the two delegations.", "Coast Wire")
            .Person("Ida Sorn").Entity("Lestria", EntityType.Location).Build();
        var b = Report("Ida Sorn shuttled between the two delegations.", "Tidal Times").Person("Ida Sorn").Build();
        var c = Report("Lestria shuttled between the two delegations.", "Quay Post").Entity("Lestria", EntityType.Location).Build();
        var story = new StoryAnalyzer().Analyze("s1", new StoryCluster([a, b, c]));

        var shuttled = ClaimOf(story, b, "Ida Sorn shuttled");
        Assert.Equal([a.Article.Id, b.Article.Id], shuttled.Articles);
        Assert.Contains(shuttled.Evidence, e => e.Article == a.Article.Id && a.Slice(e.Span) == "has shuttled between the two delegations");
        Assert.Equal([c.Article.Id], ClaimOf(story, c, "Lestria shuttled").Articles);
    }

    [Fact]
    public void The_minister_is_the_one_minister_the_report_names_and_nobody_when_it_names_two()
    {
        var a = Report("Transport Minister Petra Solvang visited the harbour. The minister warned the union.", "Coast Wire")
            .Person("Petra Solvang", role: "transport minister").Build();
        var b = Report("Petra Solvang warned the union.", "Tidal Times").Person("Petra Solvang").Build();
        var c = Report("Transport Minister Petra Solvang and Finance Minister Ivo Brandt visited the harbour. The minister warned the union.", "Quay Post")
            .Person("Petra Solvang", role: "transport minister").Person("Ivo Brandt", role: "finance minister").Build();
        var story = new StoryAnalyzer().Analyze("s1", new StoryCluster([a, b, c]));

        var warned = ClaimOf(story, b, "Petra Solvang warned");
        Assert.Equal([a.Article.Id, b.Article.Id], warned.Articles);
        Assert.Contains(warned.Evidence, e => e.Article == a.Article.Id && a.Slice(e.Span) == "The minister warned the union");
        Assert.Equal([c.Article.Id], ClaimOf(story, c, "The minister warned").Articles);
    }

    [Fact]
    public void Beginning_or_continuing_an_act_states_the_act_and_stopping_it_does_not()
    {
        var a = Report("Carriers have begun diverting container ships to northern ports. Both sides agreed to keep talking.", "Coast Wire").Build();
        var b = Report("Carriers diverted container ships to northern ports. The two sides agreed to meet again.", "Tidal Times").Build();
        var c = Report("Carriers stopped diverting container ships to northern ports.", "Quay Post").Build();
        var story = new StoryAnalyzer().Analyze("s1", new StoryCluster([a, b, c]));

        var diverted = ClaimOf(story, b, "Carriers diverted");
        Assert.Equal([a.Article.Id, b.Article.Id], diverted.Articles);
        Assert.Equal("divert", diverted.Parts.Did?.Value);
        Assert.Equal([a.Article.Id, b.Article.Id], ClaimOf(story, b, "The two sides agreed").Articles);
        Assert.Equal([c.Article.Id], ClaimOf(story, c, "Carriers stopped").Articles);
    }

    [Fact]
    public void A_participle_coordinated_with_a_passive_verb_is_a_passive_clause_of_the_same_subject()
    {
        var a = Report("The talks were held behind closed doors and mediated by Norland.", "Coast Wire")
            .Entity("Norland", EntityType.Location).Build();
        var b = Report("Norland mediated the talks.", "Tidal Times").Entity("Norland", EntityType.Location).Build();
        var c = Report("The talks were held behind closed doors.", "Quay Post").Build();
        var story = new StoryAnalyzer().Analyze("s1", new StoryCluster([a, b, c]));

        var mediated = ClaimOf(story, b, "Norland mediated");
        Assert.Equal([a.Article.Id, b.Article.Id], mediated.Articles);
        Assert.Contains(mediated.Evidence, e => e.Article == a.Article.Id && a.Slice(e.Span) == "mediated by Norland");
        Assert.Equal([a.Article.Id, c.Article.Id], ClaimOf(story, c, "The talks were held").Articles);
    }
}
