using Parallax.Ledger;
using Parallax.Model;
using Parallax.Stories;
using static Parallax.Tests.Ledger.StoryReports;

namespace Parallax.Tests.Ledger;

/// <summary>
/// The outcome, format and place of the story's event that two or more reports give alike become claims of their own,
/// however each report words them; the same phrases that make conflicts when reports disagree. The reports are invented.
/// </summary>
public class EventAgreementTests
{
    private static Story Analyze(params Doc[] docs) => new StoryAnalyzer().Analyze("s1", new StoryCluster(docs));

    [Fact]
    public void No_deal_in_three_wordings_is_one_claim_even_beside_a_clause_about_the_next_meeting()
    {
        var a = Report("Mediated talks between the ferry crews and the operator ended on Monday without a deal.", "Coast Wire").Build();
        var b = Report("The second round of talks between the crews and the operator delivered no agreement.", "Tidal Times").Build();
        var c = Report("Both sides will meet again next week, after a round of talks in the port ended without an agreement.", "Quay Post").Build();
        var story = Analyze(a, b, c);

        var outcome = Assert.Single(story.Claims, x => x.Parts.Result?.Value == "no agreement");
        Assert.Equal([a.Article.Id, b.Article.Id, c.Article.Id], outcome.Articles);
        Assert.Equal(ClaimStatus.Corroborated, outcome.Status);
        Assert.Equal(["without a deal", "delivered no agreement", "without an agreement"],
            outcome.Evidence.Zip([a, b, c], (e, doc) => doc.Slice(e.Span)));
        Assert.Empty(story.Conflicts);
    }

    [Fact]
    public void A_conditional_no_deal_is_not_read_and_a_deal_against_no_deal_is_a_conflict_not_a_claim()
    {
        var a = Report("The ferry talks ended on Monday without a deal.", "Coast Wire").Build();
        var b = Report("Analysts said the ferry talks could end without a deal.", "Tidal Times").Build();
        Assert.DoesNotContain(Analyze(a, b).Claims, x => x.Parts.Result?.Value == "no agreement");

        var c = Report("The crews and the operator reached a framework agreement on Monday.", "Quay Post").Build();
        var story = Analyze(a, b, c);
        Assert.DoesNotContain(story.Claims, x => x.Parts.Result?.Value is "no agreement" or "agreement reached");
        var conflict = Assert.Single(story.Conflicts, x => x.Subject == "outcome of the talks");
        Assert.Equal([a.Article.Id], conflict.Values.Single(v => v.Value == "no agreement").Articles);
    }

    [Fact]
    public void Indirect_talks_in_two_reports_are_one_claim_worded_by_the_report_that_says_only_that()
    {
        var a = Report("The talks were held indirectly. The mediator later flew home.", "Coast Wire").Build();
        var b = Report("Officials from both crews met the mediator, who spent the day between them in indirect talks with the operator.", "Tidal Times").Build();
        var story = Analyze(a, b);

        var format = Assert.Single(story.Claims, x => x.Evidence.Count == 2 && x.Evidence.Any(e => a.Slice(e.Span) == "talks were held indirectly"));
        Assert.Equal("The talks were held indirectly.", format.Text);
        Assert.Equal([a.Article.Id, b.Article.Id], format.Articles);
    }

    [Fact]
    public void The_venue_two_reports_give_is_a_claim_and_contested_when_a_third_gives_another()
    {
        Doc Venue(string text, string outlet, string venue) =>
            Report(text, outlet).Person("Ana Lind").Entity(venue, EntityType.Location).Build();
        var a = Venue("Ana Lind chaired the talks at the Marble Hall on Monday.", "Coast Wire", "Marble Hall");
        var b = Venue("Ana Lind held talks at the Marble Hall with both crews.", "Tidal Times", "Marble Hall");
        var story = Analyze(a, b);

        var where = Assert.Single(story.Claims, x => IsPlaceClaim(x, a, "Marble Hall"));
        Assert.Equal([a.Article.Id, b.Article.Id], where.Articles);
        Assert.Equal(ClaimStatus.Corroborated, where.Status);
        var pavilion = Assert.Single(story.Entities, e => e.Name == "Marble Hall").Id;
        Assert.Equal([pavilion, pavilion], where.Parts.Where.Select(p => p.Value));
        Assert.Equal("Ana Lind held talks at the Marble Hall with both crews.", where.Text);

        var c = Venue("Ana Lind held talks at the Rope Hall on Monday.", "Quay Post", "Rope Hall");
        var disputed = Analyze(a, b, c);
        Assert.Single(disputed.Conflicts, x => x.Kind == ConflictKind.Place);
        Assert.Equal(ClaimStatus.Contested, Assert.Single(disputed.Claims, x => IsPlaceClaim(x, a, "Marble Hall")).Status);
        Assert.DoesNotContain(disputed.Claims, x => IsPlaceClaim(x, c, "Rope Hall"));
    }

    [Fact]
    public void A_place_of_what_the_talks_are_about_is_not_where_they_were_held()
    {
        Doc Topic(string text, string outlet) => Report(text, outlet).Person("Ana Lind").Entity("Kessby", EntityType.Location).Build();
        var a = Topic("Ana Lind held talks over a new ferry terminal in Kessby on Monday.", "Coast Wire");
        var b = Topic("The crews joined Ana Lind's negotiations about the ferry terminal in Kessby.", "Tidal Times");
        Assert.DoesNotContain(Analyze(a, b).Claims, x => IsPlaceClaim(x, a, "Kessby"));
    }

    [Fact]
    public void A_venue_sentence_with_no_day_or_actor_of_its_own_is_of_the_one_day_its_report_gives_the_talks()
    {
        var a = Report("Ana Lind chaired talks between the crews and the operator on Monday, June 9. The talks, held at the town's old Marble Hall, lasted six hours.", "Coast Wire")
            .Person("Ana Lind").Entity("Marble Hall", EntityType.Location).Date("Monday, June 9", "2031-06-09", "2031-06-09").Build();
        var b = Report("Talks between the crews and the operator were held at the Marble Hall on Monday, June 9.", "Tidal Times")
            .Entity("Marble Hall", EntityType.Location).Date("Monday, June 9", "2031-06-09", "2031-06-09").Build();
        var where = Assert.Single(Analyze(a, b).Claims, x => IsPlaceClaim(x, a, "Marble Hall"));
        Assert.Equal([a.Article.Id, b.Article.Id], where.Articles);
        Assert.Equal(a.Text.IndexOf("Marble Hall", StringComparison.Ordinal), where.Evidence[0].Span.Start);
    }

    [Fact]
    public void Separate_rooms_and_a_mediator_shuttling_between_the_sides_are_indirect_talks()
    {
        var a = Report("The crews and the operator sat in separate rooms all day.", "Coast Wire").Build();
        var b = Report("The mediator spent Monday shuttling between the crews and the operator.", "Tidal Times").Build();
        var c = Report("The operator and the crews held direct talks on Tuesday.", "Quay Post").Build();
        var format = Assert.Single(Analyze(a, b).Claims, x => x.Evidence.Count == 2 && x.Evidence.Any(e => a.Slice(e.Span) == "in separate rooms"));
        Assert.Equal("shuttling between", b.Slice(format.Evidence[1].Span));
        Assert.Single(Analyze(a, b, c).Conflicts, x => x.Subject == "format of the talks");
    }

    [Fact]
    public void Violence_at_one_named_site_is_one_claim_without_a_shared_actor_or_day_but_at_one_town_it_is_not()
    {
        var a = Report("Pickets and guards scuffled at the North Gate.", "Coast Wire").Build();
        var b = Report("Six people were hurt in clashes at the North Gate.", "Tidal Times").Build();
        var gate = Assert.Single(Analyze(a, b).Claims, x => IsPlaceClaim(x, a, "North Gate"));
        Assert.Equal([a.Article.Id, b.Article.Id], gate.Articles);

        var c = Report("Pickets and guards scuffled in Kessby.", "Coast Wire").Entity("Kessby", EntityType.Location).Build();
        var d = Report("Six people were hurt in clashes in Kessby.", "Tidal Times").Entity("Kessby", EntityType.Location).Build();
        Assert.DoesNotContain(Analyze(c, d).Claims, x => IsPlaceClaim(x, c, "Kessby"));
    }

    [Fact]
    public void No_breakthrough_and_little_headway_are_talks_without_an_agreement()
    {
        var a = Report("The ferry talks delivered no breakthrough on Monday.", "Coast Wire").Build();
        var b = Report("Little headway was made in the ferry talks, officials said.", "Tidal Times").Build();
        var c = Report("A lasting deal remains elusive after the ferry talks.", "Quay Post").Build();
        var outcome = Assert.Single(Analyze(a, b, c).Claims, x => x.Parts.Result?.Value == "no agreement");
        Assert.Equal(["delivered no breakthrough", "Little headway was made", "lasting deal remains elusive"],
            outcome.Evidence.Zip([a, b, c], (e, doc) => doc.Slice(e.Span)));
    }

    [Fact]
    public void Talks_limited_to_one_topic_are_a_claim_a_demand_for_it_is_not_and_other_topics_do_not_conflict()
    {
        var a = Report("The talks were focused solely on the ferry timetable.", "Coast Wire").Build();
        var b = Report("The operator said the discussions were limited strictly to wage rises.", "Tidal Times").Build();
        var c = Report("Officials said the talks were confined exclusively to the union's ferry timetable.", "Quay Post").Build();
        var d = Report("The crews insisted the talks be limited strictly to the ferry timetable.", "Bay Herald").Build();
        var story = Analyze(a, b, c, d);

        var scope = Assert.Single(story.Claims, x => x.Articles.Count > 1 && x.Articles.Contains(a.Article.Id));
        Assert.Equal([a.Article.Id, c.Article.Id], scope.Articles);
        Assert.Equal(["focused solely on the ferry", "confined exclusively to the union's ferry"], scope.Evidence.Zip([a, c], (e, doc) => doc.Slice(e.Span)));
        Assert.Empty(story.Conflicts);
    }

    [Fact]
    public void A_bare_clock_time_anchored_to_another_day_does_not_make_its_sentence_another_occasion()
    {
        // The time recogniser anchors "6 p.m." to the last day named before it (here Wednesday's clashes).
        var a = Report("Clashes broke out at the gate on Wednesday. The talks on Friday were held in separate rooms until shortly after 6 p.m.", "Coast Wire")
            .Date("Wednesday", "2031-06-11", "2031-06-11").Date("Friday", "2031-06-13", "2031-06-13").Time("6 p.m.", "2031-06-11T18:00", "2031-06-11").Build();
        var b = Report("The Friday talks were conducted indirectly.", "Tidal Times").Date("Friday", "2031-06-13", "2031-06-13").Build();
        var format = Assert.Single(Analyze(a, b).Claims, x => x.Evidence.Count == 2 && x.Evidence.Any(e => a.Slice(e.Span) == "in separate rooms"));
        Assert.Equal([a.Article.Id, b.Article.Id], format.Articles);
    }

    [Fact]
    public void The_mediator_named_in_three_wordings_is_one_claim_of_who_mediated()
    {
        var a = Report("The talks were chaired by His Excellency Dr. Ana Lind, a retired judge.", "Coast Wire").Person("Ana Lind").Build();
        var b = Report("Ana Lind served as the main mediator between the crews and the operator.", "Tidal Times").Person("Ana Lind").Build();
        var c = Report("The crews walked out at noon, the mediator Ana Lind said. Ana Lind, who has mediated since March, stayed on.", "Quay Post")
            .Person("Ana Lind", role: "mediator").Person("Ana Lind", occurrence: 1).Build();
        var d = Report("Party Chairman Ana Lind spoke at the rally.", "Bay Herald").Person("Ana Lind", role: "Chairman").Build();
        var story = Analyze(a, b, c, d);

        var lind = Assert.Single(story.Entities, e => e.Name == "Ana Lind").Id;
        var who = Assert.Single(story.Claims, x => x.Parts.Who?.Value == lind && x.Evidence.Count == 3);
        Assert.Equal([a.Article.Id, b.Article.Id, c.Article.Id], who.Articles);
        Assert.Equal(["chaired by His Excellency Dr. Ana Lind", "Ana Lind served as the main mediator", "Ana Lind, who has mediated"],
            who.Evidence.Zip([a, b, c], (e, doc) => doc.Slice(e.Span)));
    }

    [Fact]
    public void Who_after_a_phrase_in_apposition_is_the_person_not_the_place_ending_the_phrase()
    {
        var a = Report("The talks were mediated by Ana Lind.", "Coast Wire").Person("Ana Lind").Build();
        var b = Report("The crews left first, said Ana Lind, a retired judge of Norland who has mediated since March.", "Tidal Times")
            .Person("Ana Lind").Entity("Norland", EntityType.Location).Build();
        var story = Analyze(a, b);

        var lind = Assert.Single(story.Entities, e => e.Name == "Ana Lind").Id;
        var who = Assert.Single(story.Claims, x => x.Parts.Who?.Value == lind && x.Evidence.Count == 2);
        Assert.Equal("Ana Lind, a retired judge of Norland who has mediated", b.Slice(who.Evidence[1].Span));
        Assert.DoesNotContain(story.Claims, x => x.Parts.Who?.Value == Assert.Single(story.Entities, e => e.Name == "Norland").Id);
    }

    /// <summary>A claim of the event's place: its evidence is the place's name in each report, one of them in <paramref name="doc"/>.</summary>
    private static bool IsPlaceClaim(Claim claim, Doc doc, string place) =>
        claim.Parts.Where.Count == claim.Evidence.Count && claim.Parts.Where.All(p => p.Text == place) &&
        claim.Evidence.Any(e => e.Article == doc.Article.Id && doc.Slice(e.Span) == place);
}
