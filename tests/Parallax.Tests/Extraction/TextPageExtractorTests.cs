using Parallax.Extraction;
using Parallax.Model;

namespace Parallax.Tests.Extraction;

public class TextPageExtractorTests
{
    private static Article Read(string text)
    {
        var result = TextPageExtractor.Extract(text, "page.txt");
        var ok = Assert.IsType<Extracted.Ok>(result);
        return ok.Article;
    }

    // An invented wire story as a scraper copies it: title with an outlet suffix, source, editor, date, dateline, caption, credits, comment box.
    private const string WirePage = """
        Harbour authority approves new ferry terminal plan-Northwind News

        Harbour authority approves new ferry terminal plan

        Source: Northwind News

        Editor: kpetrov

        2031-05-14 09:12:40

        LISBON, May 13 (Northwind) -- The port authority of Lisbon approved on Tuesday a plan to build a second ferry terminal on the southern bank, ending two years of debate.

        The terminal will handle up to 40 ferries a day, the authority said in a statement, and should open in the spring of 2034.

        Port director Ana Ribeiro (L) shows the model of the new terminal to visitors in Lisbon, May 13, 2031. (Northwind)

        "This is the most important investment in the river in a generation," Ribeiro told reporters after the vote.

        (Video reporters: Tom Avery, Lia Cortez; video editor: Sam Oduya)

        Comments

        Comments (0)
        Send

            Follow us on
        """;

    [Fact]
    public void Wire_page_metadata_is_read_from_the_header()
    {
        var a = Read(WirePage);
        Assert.Equal("Harbour authority approves new ferry terminal plan", a.Title);
        Assert.Equal("Northwind News", a.Outlet);
        Assert.Equal(new DateTimeOffset(2031, 5, 14, 9, 12, 40, TimeSpan.Zero), a.Published);
        Assert.Equal("LISBON, May 13 (Northwind) --", a.Dateline);
        Assert.Null(a.Byline);
    }

    [Fact]
    public void Wire_page_keeps_the_article_and_drops_caption_credits_and_comment_box()
    {
        var a = Read(WirePage);
        Assert.Equal(3, a.Paragraphs.Count);
        Assert.StartsWith("LISBON, May 13 (Northwind) -- The port authority", a.Slice(a.Paragraphs[0]));
        Assert.Equal("\"This is the most important investment in the river in a generation,\" Ribeiro told reporters after the vote.", a.Slice(a.Paragraphs[2]));
        Assert.DoesNotContain("(L) shows", a.Body);
        Assert.DoesNotContain("Video reporters", a.Body);
        Assert.DoesNotContain("Comments", a.Body);
        Assert.DoesNotContain("Follow us", a.Body);
        Assert.DoesNotContain("Editor", a.Body);
        // The caption is kept after the body, so the names in it still count; nothing else of the furniture is.
        Assert.True(a.Text.IndexOf("(L) shows", StringComparison.Ordinal) >= a.BodyLength);
        Assert.DoesNotContain("Video reporters", a.Text);
        Assert.DoesNotContain("Comments", a.Text);
        Assert.Equal(Article.ComputeId(a.Text), a.Id);
        Assert.Equal("page.txt", a.Source);
        Assert.Equal("en", a.Language);
    }

    [Fact]
    public void Paragraphs_are_separated_by_a_blank_line_and_spans_point_at_them()
    {
        var a = Read(WirePage);
        var joined = string.Join("\n\n", a.Paragraphs.Select(a.Slice));
        Assert.Equal(joined, a.Body);
    }

    // A masthead domain, a weekday date and a precise date with its offset, a repeated title, a staff byline, a subscription appeal.
    private const string MagazinePage = """
        Coastwatch.Io

        Tuesday March 4 2031

        Fishermen return to the northern banks after the storm

        4 March 2031 09:30 (UTC+02:00)
        Fishermen return to the northern banks after the storm

        By CoastWATCH Staff

        Fishing boats left the northern harbours again on Monday, three days after the storm that closed the coast.

        The coast guard said the sea was calm enough for small boats, though it warned of floating debris near the cliffs.

        Here we are to bring you the coast every morning. It costs little and is worth your time.

        Choose to back local reporting and subscribe for a year.

        Subscribe

        Thank you!

        Loading...
        Latest See more
        """;

    [Fact]
    public void Masthead_and_staff_byline_give_one_clean_outlet_and_no_author()
    {
        var a = Read(MagazinePage);
        Assert.Equal("CoastWatch", a.Outlet);
        Assert.Equal("CoastWATCH Staff", a.Byline);
        Assert.Empty(a.Authors);
        Assert.Equal("Fishermen return to the northern banks after the storm", a.Title);
    }

    [Fact]
    public void The_most_precise_date_wins_with_its_offset()
    {
        var a = Read(MagazinePage);
        Assert.Equal(new DateTimeOffset(2031, 3, 4, 9, 30, 0, TimeSpan.FromHours(2)), a.Published);
        Assert.Equal(TimeSpan.FromHours(2), a.Published!.Value.Offset);
    }

    [Fact]
    public void Appeals_and_furniture_in_the_tail_are_dropped()
    {
        var a = Read(MagazinePage);
        Assert.Equal(2, a.Paragraphs.Count);
        Assert.EndsWith("floating debris near the cliffs.", a.Text);
        Assert.DoesNotContain("subscribe", a.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("worth your time", a.Text);
    }

    // A desk byline glued to the first paragraph, relative time, dash bullets.
    private const string DeskPage = """
        - City Desk
        - 2 Hours ago
        Council votes to extend the tram line to the airport
        -
        - City Desk
        - 2 Hours ago
        CITY DESK: The city council voted on Thursday to extend the tram line to the airport, a project first proposed a decade ago.
        The extension will add six stops and is expected to cost about 300 million, officials said during the session.
        """;

    [Fact]
    public void Desk_byline_prefix_is_metadata_and_relative_time_gives_no_date()
    {
        var a = Read(DeskPage);
        Assert.Equal("City Desk", a.Byline);
        Assert.Empty(a.Authors);
        Assert.Null(a.Published);
        Assert.Null(a.Outlet);
        Assert.Equal("Council votes to extend the tram line to the airport", a.Title);
        Assert.StartsWith("The city council voted on Thursday", a.Text);
        Assert.Equal(2, a.Paragraphs.Count);
    }

    // A person byline as "Name - " prefix after a lede, a captcha comment box, a news id and tags.
    private const string AgencyPage = """
        12 Persons
        9 June 2031 - 18:05
        Rail strike enters its third day

        The national rail strike entered its third day on Wednesday with no sign of talks between the union and the operator.

        Marta Keller - Union leader Paul Brandt, speaking outside the ministry, said the workers would not return without a written offer.

        Commuters crowded the few buses that still ran, and several schools closed early.

        News ID 48213

        Tags

        Your Comment

        You are replying to: .
        7 + 5 =
        """;

    [Fact]
    public void Name_dash_byline_is_metadata_and_comment_box_is_gone()
    {
        var a = Read(AgencyPage);
        Assert.Equal("Marta Keller", a.Byline);
        Assert.Equal(["Marta Keller"], a.Authors);
        Assert.Equal(new DateTimeOffset(2031, 6, 9, 18, 5, 0, TimeSpan.Zero), a.Published);
        Assert.Equal("Rail strike enters its third day", a.Title);
        Assert.Equal(3, a.Paragraphs.Count);
        Assert.StartsWith("Union leader Paul Brandt", a.Slice(a.Paragraphs[1]));
        Assert.DoesNotContain("News ID", a.Text);
        Assert.DoesNotContain("7 + 5", a.Text);
        Assert.DoesNotContain("Persons", a.Text);
        Assert.DoesNotContain("Tags", a.Text);
    }

    // A rewrite that names its source, with headings and a comment prompt.
    private const string RewritePage = """
        Bridge reopens after repairs
        The old river bridge reopened to traffic on Saturday after eight months of repairs, the city said in a short statement.
        Why it matters
        The bridge carries about 30,000 vehicles a day and its closure doubled travel times for many commuters.
        Source reference: https://example.org/2031/07/05/bridge-reopens.html




        Comments
        Sign in to leave a comment
        Sign InLoading comments...
        """;

    [Fact]
    public void Source_reference_becomes_based_on_and_leaves_the_text()
    {
        var a = Read(RewritePage);
        Assert.Equal("https://example.org/2031/07/05/bridge-reopens.html", a.BasedOn);
        Assert.Equal("Bridge reopens after repairs", a.Title);
        Assert.Equal(3, a.Paragraphs.Count);
        Assert.Equal("Why it matters", a.Slice(a.Paragraphs[1]));
        Assert.DoesNotContain("Source reference", a.Text);
        Assert.DoesNotContain("Sign", a.Text);
        Assert.Null(a.Published);
    }

    [Fact]
    public void Page_without_prose_is_rejected_with_a_reason()
    {
        var result = TextPageExtractor.Extract("Home\nNews\nSport\nWeather\n", "menu.txt");
        var rejected = Assert.IsType<Extracted.Rejected>(result);
        Assert.Equal(Reason.NotAnArticle, rejected.Reason);
        Assert.Contains("menu.txt", rejected.Detail);
    }

    [Fact]
    public void Hard_wrapped_paragraphs_are_joined()
    {
        var text = "The committee met for six hours on Monday and agreed to publish the full\nreport before the end of the month, a spokesman for the chair said late\nin the evening after the doors had closed on the last session.\n\nA second paragraph follows here with enough words to count as prose.";
        var a = Read(text);
        Assert.Equal(2, a.Paragraphs.Count);
        Assert.Contains("full report before", a.Text);
    }
}
