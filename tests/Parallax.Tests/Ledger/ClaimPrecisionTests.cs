using Parallax.Ledger;
using Parallax.Model;
using Parallax.Stories;
using static Parallax.Tests.Ledger.StoryReports;

namespace Parallax.Tests.Ledger;

/// <summary>
/// What must keep two outlets' clauses apart, found by reading the claims aligned on real news (BASIL, see eval/README.md):
/// a copula's complement, a negating "no", what someone is urged to do or blamed for, subjects that name nothing. The
/// reports are invented; each test also shows the wording that still aligns.
/// </summary>
public class ClaimPrecisionTests
{
    private static Story Analyze(params Doc[] docs) => new StoryAnalyzer().Analyze("s1", new StoryCluster(docs));

    [Fact]
    public void A_copula_aligns_on_its_complement_not_on_the_words_after_it()
    {
        var a = Report("The Harbour Court appeared deeply divided during the hearing on the dock fund.", "Coast Wire").Entity("Harbour Court", EntityType.Organization).Build();
        var b = Report("The Harbour Court appeared ready to block the dock fund.", "Tidal Times").Entity("Harbour Court", EntityType.Organization).Build();
        var c = Report("The Harbour Court appeared divided on the dock fund.", "Quay Post").Entity("Harbour Court", EntityType.Organization).Build();
        var story = Analyze(a, b, c);

        Assert.Equal(ClaimStatus.SingleSource, ClaimOf(story, b, "The Harbour Court appeared ready").Status);
        var divided = ClaimOf(story, a, "The Harbour Court appeared deeply divided");
        Assert.Equal([a.Article.Id, c.Article.Id], divided.Articles);
    }

    [Fact]
    public void Having_no_experience_is_not_having_experience()
    {
        var a = Report("Ida Sorn has no fishing experience.", "Coast Wire").Person("Ida Sorn").Build();
        var b = Report("Ida Sorn has fishing experience as a former skipper.", "Tidal Times").Person("Ida Sorn").Build();
        var c = Report("Ida Sorn has no experience of fishing.", "Quay Post").Person("Ida Sorn").Build();
        var story = Analyze(a, b, c);

        var none = ClaimOf(story, a, "Ida Sorn has no fishing experience");
        Assert.Equal("not hav", none.Parts.Did!.Value);
        Assert.Equal([a.Article.Id, c.Article.Id], none.Articles);
        Assert.Equal(ClaimStatus.SingleSource, ClaimOf(story, b, "Ida Sorn has fishing experience").Status);
    }

    [Fact]
    public void What_someone_is_urged_to_do_or_blamed_for_is_part_of_the_claim()
    {
        var a = Report("Mayor Ida Sorn called on the council to pass the harbour budget. The board criticized Otto Wilm's decision to close the dock.", "Coast Wire")
            .Person("Ida Sorn").Person("Otto Wilm").Build();
        var b = Report("Mayor Ida Sorn called on the council to fund the schools. The board criticized Otto Wilm for his use of private email.", "Tidal Times")
            .Person("Ida Sorn").Person("Otto Wilm").Build();
        var c = Report("On Monday, Ida Sorn called on the council to pass the budget for the harbour.", "Quay Post").Person("Ida Sorn").Build();
        var story = Analyze(a, b, c);

        Assert.Equal([a.Article.Id, c.Article.Id], ClaimOf(story, a, "Mayor Ida Sorn called on the council to pass").Articles);
        Assert.Equal(ClaimStatus.SingleSource, ClaimOf(story, b, "Mayor Ida Sorn called on the council to fund").Status);
        Assert.Equal(ClaimStatus.SingleSource, ClaimOf(story, a, "The board criticized").Status);
        Assert.Equal(ClaimStatus.SingleSource, ClaimOf(story, b, "The board criticized").Status);
    }

    [Fact]
    public void Subjects_that_name_nothing_do_not_align()
    {
        var a = Report("It is the largest harbour in the north.", "Coast Wire").Build();
        var b = Report("It was the oldest harbour in the north.", "Tidal Times").Build();
        var story = Analyze(a, b);

        Assert.All(story.Claims, c => Assert.Single(c.Articles));
    }

    [Fact]
    public void The_object_is_found_past_a_date_and_a_number_qualifier()
    {
        var doc = Report("The mayor met on Wednesday with Otto Wilm. The Courier interviewed more than 30 dockworkers.", "Coast Wire")
            .Person("Otto Wilm").Entity("Courier", EntityType.Organization)
            .Date("Wednesday", "2031-06-11", "2031-06-11").Build();
        var clauses = ClaimExtractor.Extract(doc, 0, new Dictionary<(int Doc, int Mention), string>());

        Assert.Equal("Otto Wilm", Assert.Single(clauses, c => c.Parts.Did?.Text == "met").Parts.Whom?.Text);
        Assert.Equal("30 dockworkers", Assert.Single(clauses, c => c.Parts.Did?.Text == "interviewed").Parts.Whom?.Text);
    }

    [Fact]
    public void An_indirect_question_is_not_a_claim_but_a_time_clause_is()
    {
        var doc = Report("Otto Wilm declined to say when the delegations would meet again. It is unclear whether the port will reopen. The crews left when the talks ended.", "Coast Wire")
            .Person("Otto Wilm").Build();
        var clauses = ClaimExtractor.Extract(doc, 0, new Dictionary<(int Doc, int Mention), string>());

        Assert.DoesNotContain(clauses, c => c.Parts.Did?.Text is "would meet" or "will reopen");
        Assert.Contains(clauses, c => c.Text == "the talks ended");
        Assert.Contains(clauses, c => c.Parts.Did?.Text == "declined to say");
    }

    [Fact]
    public void Clauses_dated_years_apart_are_two_events_whatever_their_words_share()
    {
        var a = Report("The dam, which Norland finished in May 2029, holds back the river.", "Coast Wire")
            .Entity("Norland", EntityType.Location).Date("May 2029", "2029-05", "2029-05-01", "2029-05-31").Build();
        var b = Report("Negotiators from Lestria and Norland ended a round of talks on the river dam on Saturday.", "Tidal Times")
            .Entity("Lestria", EntityType.Location).Entity("Norland", EntityType.Location).Date("Saturday", "2031-06-14", "2031-06-14").Build();
        var story = Analyze(a, b);

        Assert.Equal(ClaimStatus.SingleSource, ClaimOf(story, a, "Norland finished").Status);
    }
}
