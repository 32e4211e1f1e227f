using Parallax.Ledger;
using Parallax.Model;
using Parallax.Stories;

namespace Parallax.Tests.Ledger;

/// <summary>Atomic claims: clauses of invented reports, their parts with exact spans, and their alignment across outlets.</summary>
public class ClaimExtractorTests
{
    private const string Tidal =
        "Port director Lena Brask met union leaders in Tamberg on Tuesday. " +
        "The meeting ended without a deal, and 40 workers walked out. " +
        "Otto Wilm, who chairs the port board, left early, saying the offer was too small. " +
        "The union did not accept the offer.";

    private static Doc TidalDoc() => new DocBuilder(Tidal)
        .Outlet("Tidal Times").Published("2031-05-07T08:00:00Z")
        .Entity("Lena Brask", EntityType.Person, role: "port director", roleText: "Port director")
        .Entity("Tamberg", EntityType.Location)
        .Person("Otto Wilm")
        .Date("Tuesday", "2031-05-06", "2031-05-06")
        .Build();

    private static List<ClauseClaim> Clauses(Doc doc) =>
        [.. ClaimExtractor.Extract(doc, 0, Enumerable.Range(0, doc.Mentions.Count).ToDictionary(m => (0, m), m => doc.Slice(doc.Mentions[m].Span)))];

    private static void AssertPart(Doc doc, ClaimPart? part, string text, int occurrence = 0)
    {
        Assert.NotNull(part);
        Assert.Equal(text, part.Text);
        int at = -1;
        for (int k = 0; k <= occurrence; k++)
        {
            at = doc.Text.IndexOf(text, at + 1, StringComparison.Ordinal);
        }
        Assert.Equal(new TextSpan(at, at + text.Length), part.Evidence.Span);
        Assert.Equal(doc.Article.Id, part.Evidence.Article);
    }

    [Fact]
    public void A_clause_has_who_did_whom_when_where_and_role_with_their_spans()
    {
        var doc = TidalDoc();
        var met = Assert.Single(Clauses(doc), c => c.Parts.Did?.Text == "met");
        AssertPart(doc, met.Parts.Who, "Lena Brask");
        Assert.Equal("Lena Brask", met.Parts.Who!.Value);
        AssertPart(doc, met.Parts.Did, "met");
        Assert.Equal("talk", met.Parts.Did!.Value);
        AssertPart(doc, met.Parts.Whom, "union leaders");
        AssertPart(doc, Assert.Single(met.Parts.When), "Tuesday");
        Assert.Equal("2031-05-06", met.Parts.When[0].Value);
        AssertPart(doc, Assert.Single(met.Parts.Where), "Tamberg");
        AssertPart(doc, met.Parts.Role, "Port director");
        Assert.Equal("port director", met.Parts.Role!.Value);
        Assert.Empty(met.Parts.HowMany);
        Assert.Equal("Port director Lena Brask met union leaders in Tamberg on Tuesday", met.Text);
    }

    [Fact]
    public void Coordinated_clauses_are_claims_of_their_own_with_result_and_count()
    {
        var doc = TidalDoc();
        var clauses = Clauses(doc);
        var ended = Assert.Single(clauses, c => c.Parts.Did?.Text == "ended");
        AssertPart(doc, ended.Parts.Who, "The meeting");
        AssertPart(doc, ended.Parts.Result, "without a deal");
        Assert.Equal("end", ended.Parts.Did!.Value);
        var walked = Assert.Single(clauses, c => c.Parts.Did?.Text == "walked out");
        AssertPart(doc, walked.Parts.Who, "40 workers");
        var count = Assert.Single(walked.Parts.HowMany);
        AssertPart(doc, count, "40 workers");
        Assert.Equal("40 worker", count.Value);
        Assert.Equal("40 workers walked out", walked.Text);
    }

    [Fact]
    public void Relative_and_participial_clauses_take_the_subject_they_describe()
    {
        var doc = TidalDoc();
        var clauses = Clauses(doc);
        var chairs = Assert.Single(clauses, c => c.Parts.Did?.Text == "chairs");
        AssertPart(doc, chairs.Parts.Who, "Otto Wilm");
        AssertPart(doc, chairs.Parts.Whom, "the port board");
        Assert.Equal("Otto Wilm chairs the port board", chairs.Text);
        var left = Assert.Single(clauses, c => c.Parts.Did?.Text == "left");
        AssertPart(doc, left.Parts.Who, "Otto Wilm");
        var saying = Assert.Single(clauses, c => c.Parts.Did?.Text == "saying");
        AssertPart(doc, saying.Parts.Who, "Otto Wilm");
        AssertPart(doc, saying.Parts.Whom, "the offer was too small");
        Assert.Equal("say", saying.Parts.Did!.Value);
    }

    [Fact]
    public void Negation_is_kept_in_the_predicate()
    {
        var doc = TidalDoc();
        var refused = Assert.Single(Clauses(doc), c => c.Parts.Did?.Text == "did not accept");
        AssertPart(doc, refused.Parts.Who, "The union");
        AssertPart(doc, refused.Parts.Whom, "the offer", occurrence: 1);
        Assert.Equal("not accept", refused.Parts.Did!.Value);
    }

    [Fact]
    public void A_sentence_without_a_verb_is_not_a_claim()
    {
        var doc = new DocBuilder("Talks in Tamberg: the latest from the port.").Entity("Tamberg", EntityType.Location).Build();
        Assert.Empty(Clauses(doc));
    }

    [Fact]
    public void Two_outlets_paraphrasing_one_meeting_align_and_another_event_of_the_same_actor_does_not()
    {
        var tidal = TidalDoc();
        var wire = new DocBuilder("Lena Brask held talks with union leaders in Tamberg on Tuesday. Brask visited the Tamberg shipyard on Thursday.")
            .Outlet("Coast Wire").Published("2031-05-08T08:00:00Z")
            .Person("Lena Brask").Person("Brask", occurrence: 1)
            .Entity("Tamberg", EntityType.Location)
            .Entity("Tamberg", EntityType.Location, occurrence: 1)
            .Date("Tuesday", "2031-05-06", "2031-05-06")
            .Date("Thursday", "2031-05-08", "2031-05-08")
            .Build();
        var story = new StoryAnalyzer().Analyze("s1", new StoryCluster([tidal, wire]));

        var meeting = Assert.Single(story.Claims, c => c.Evidence.Any(e => e.Article == wire.Article.Id && wire.Slice(e.Span).StartsWith("Lena Brask held talks", StringComparison.Ordinal)));
        Assert.Equal(ClaimStatus.Corroborated, meeting.Status);
        Assert.Equal([tidal.Article.Id, wire.Article.Id], meeting.Articles);
        Assert.Contains(meeting.Evidence, e => e.Article == tidal.Article.Id && tidal.Slice(e.Span) == "Port director Lena Brask met union leaders in Tamberg on Tuesday");
        Assert.Equal("talk", meeting.Parts.Did!.Value);

        var visit = Assert.Single(story.Claims, c => c.Parts.Did?.Text == "visited");
        Assert.Equal(ClaimStatus.SingleSource, visit.Status);
        Assert.Equal([wire.Article.Id], visit.Articles);
    }
}

/// <summary>Claim parts in the JSON, Markdown and HTML reports, the article's words escaped.</summary>
public class ClaimPartsReportTests
{
    private static Dossier Dossier()
    {
        var a = new DocBuilder("The harbour board hired 40 drivers in Norland on Monday without a <i>vote</i>.")
            .Outlet("Bayside Ledger").Entity("Norland", EntityType.Location).Date("Monday", "2031-05-05", "2031-05-05").Build();
        var story = new StoryAnalyzer().Analyze("s1", new StoryCluster([a]));
        return new Dossier([a.Article], [story], []);
    }

    [Fact]
    public void Json_markdown_and_html_show_each_part()
    {
        var dossier = Dossier();
        var text = dossier.Articles[0].Text;
        using var json = System.Text.Json.JsonDocument.Parse(Parallax.Reports.JsonReport.ToString(dossier));
        var claim = json.RootElement.GetProperty("stories")[0].GetProperty("claims")[0];
        var parts = claim.GetProperty("parts");
        var who = parts.GetProperty("who");
        Assert.Equal("The harbour board", who.GetProperty("text").GetString());
        Assert.Equal("without a <i>vote</i>", parts.GetProperty("result").GetProperty("text").GetString());
        Assert.Equal(who.GetProperty("text").GetString(), text[who.GetProperty("start").GetInt32()..who.GetProperty("end").GetInt32()]);
        // The predicate is a matching key (inflection and a final e removed), not a dictionary lemma.
        Assert.Equal("hir", parts.GetProperty("did").GetProperty("value").GetString());
        Assert.Equal("2031-05-05", parts.GetProperty("when")[0].GetProperty("value").GetString());
        Assert.Equal("Norland", parts.GetProperty("where")[0].GetProperty("text").GetString());
        Assert.Equal("40 drivers", parts.GetProperty("howMany")[0].GetProperty("text").GetString());

        var md = Parallax.Reports.MarkdownReport.Render(dossier);
        Assert.Contains("who: The harbour board · did: hired · whom: 40 drivers · when: Monday (2031-05-05) · where: Norland · how many: 40 drivers · result: without a &lt;i&gt;vote&lt;/i&gt;", md, StringComparison.Ordinal);
        var html = Parallax.Reports.HtmlReport.Render(dossier);
        Assert.Contains("<dt>who</dt><dd>The harbour board</dd><dt>did</dt><dd>hired</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>result</dt><dd>without a &lt;i&gt;vote&lt;/i&gt;</dd>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>vote", html, StringComparison.Ordinal);
    }
}

/// <summary>Alignment of one actor's claims across two outlets: a left-out object still aligns, another object does not.</summary>
public class ClaimAlignmentTests
{
    [Fact]
    public void A_claim_without_its_object_aligns_and_the_same_verb_on_another_object_does_not()
    {
        var first = new DocBuilder("Otto Wilm, who chairs the port board, left early on Monday.")
            .Outlet("Tidal Times").Person("Otto Wilm").Date("Monday", "2031-05-05", "2031-05-05").Build();
        var second = new DocBuilder("Otto Wilm left the meeting on Monday. Otto Wilm chairs the harbour pension fund.")
            .Outlet("Coast Wire").Person("Otto Wilm").Person("Otto Wilm", occurrence: 1).Date("Monday", "2031-05-05", "2031-05-05").Build();
        var story = new StoryAnalyzer().Analyze("s1", new StoryCluster([first, second]));

        var left = Assert.Single(story.Claims, c => c.Parts.Did?.Text == "left" && c.Articles.Count == 2);
        Assert.Equal(ClaimStatus.Corroborated, left.Status);
        Assert.Contains(left.Evidence, e => e.Article == second.Article.Id && second.Slice(e.Span) == "Otto Wilm left the meeting on Monday");

        var chairs = story.Claims.Where(c => c.Parts.Did?.Text == "chairs").ToList();
        Assert.Equal(2, chairs.Count);
        Assert.All(chairs, c => Assert.Equal(ClaimStatus.SingleSource, c.Status));
    }
}
