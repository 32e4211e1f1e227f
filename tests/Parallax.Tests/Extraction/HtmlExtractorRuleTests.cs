using Parallax.Extraction;
using Parallax.Model;

namespace Parallax.Tests.Extraction;

/// <summary>One invented page per extraction rule, asserting the text that comes out.</summary>
public class HtmlExtractorRuleTests
{
    private static Article Read(string html) =>
        Assert.IsType<Extracted.Ok>(HtmlExtractor.Extract(html, "page.html")).Article;

    private static List<string> Paragraphs(string html)
    {
        var a = Read(html);
        return [.. a.Paragraphs.Select(a.Slice)];
    }

    private const string Prose1 = "The harbour board voted on Monday to close the old ferry pier for repairs that will take most of the coming summer.";
    private const string Prose2 = "Boat owners said they had been told of the closure only a week ago and asked the board to open a temporary landing.";
    private const string Prose3 = "The board said a floating landing would be ready before the first boats of the season arrive at the end of April.";

    // Boxes whose text together outweighs the article's, so that a wrapper's name alone decides whether it is read.
    private static string Boxes(string className) => string.Concat(Enumerable.Repeat($"<div class=\"{className}\"><p>{Prose3}</p></div>", 6));

    private static string Page(string body) => $"<html><head><title>Pier closes</title></head><body>{body}</body></html>";

    [Fact]
    public void A_wrapper_classed_commentary_is_an_opinion_piece_not_a_comment_section()
    {
        var text = Paragraphs(Page($"""
            <div class="page opinion commentary"><p>{Prose1}</p><p>{Prose2}</p></div>
            {Boxes("sidebar")}
            """));
        Assert.Equal([Prose1, Prose2], text);
    }

    [Fact]
    public void A_modifier_naming_ads_or_a_hidden_label_does_not_make_a_section_furniture()
    {
        var text = Paragraphs(Page($"""
            <section class="report__section report__section--ads"><p>{Prose1}</p></section>
            <section class="report__section report__section--ads"><p>{Prose2}</p></section>
            <div class="field field--label-hidden"><p>{Prose3}</p></div>
            <div class="image--caption"><p>The pier seen from the water on a winter morning, with the ferry tied up at the end.</p></div>
            """));
        Assert.Equal([Prose1, Prose2, Prose3], text);
    }

    [Fact]
    public void A_page_builder_widget_wrapper_is_read_but_a_sidebar_widget_is_not()
    {
        var text = Paragraphs(Page($"""
            <div class="builder-widget-wrap"><p>{Prose1}</p><p>{Prose2}</p></div>
            {Boxes("widget widget_recent_posts")}
            """));
        Assert.Equal([Prose1, Prose2], text);
    }

    [Fact]
    public void A_related_box_inside_the_article_does_not_end_it()
    {
        var text = Paragraphs(Page($"""
            <article>
              <p>{Prose1}</p>
              <h3>Related</h3>
              <ul><li><a href="/a">Ferry timetable changes for the spring season announced</a></li>
                  <li><a href="/b">Harbour board elects a new chair after long debate</a></li></ul>
              <p>{Prose2}</p>
            </article>
            """));
        Assert.Equal([Prose1, Prose2], text);
    }

    [Fact]
    public void A_comments_heading_followed_by_comments_ends_the_article()
    {
        var text = Paragraphs(Page($"""
            <article>
              <p>{Prose1}</p>
              <p>{Prose2}</p>
              <h3>Comments</h3>
              <p>{Prose3}</p>
            </article>
            """));
        Assert.Equal([Prose1, Prose2], text);
    }

    [Fact]
    public void A_short_heading_over_links_only_is_dropped_but_a_longer_bold_line_stays()
    {
        var text = Paragraphs(Page($"""
            <article>
              <p>{Prose1}</p>
              <h2>Further reading</h2>
              <ul><li><a href="/a">Ferry timetable changes for the spring season announced</a></li></ul>
              <p>{Prose2}</p>
              <p><b>Boat owners can read the board's decision here:</b></p>
              <ul><li><a href="/c">Decision of the harbour board on the ferry pier</a></li></ul>
              <p>{Prose3}</p>
            </article>
            """));
        Assert.Equal([Prose1, Prose2, "Boat owners can read the board's decision here:", Prose3], text);
    }

    [Fact]
    public void Soft_hyphens_and_ruby_readings_are_not_text()
    {
        var text = Paragraphs(Page("""
            <article>
              <p>Die Hafen&shy;verwaltung hat am Montag beschlossen, den alten Fähr&shy;anleger für Reparaturen zu schließen, die den Sommer dauern.</p>
              <p><ruby>港<rt>みなと</rt></ruby>の古い桟橋は、夏の間修理のため閉鎖されることが月曜日に決まりました。利用者は仮設の桟橋を使います。</p>
            </article>
            """));
        Assert.Equal([
            "Die Hafenverwaltung hat am Montag beschlossen, den alten Fähranleger für Reparaturen zu schließen, die den Sommer dauern.",
            "港の古い桟橋は、夏の間修理のため閉鎖されることが月曜日に決まりました。利用者は仮設の桟橋を使います。",
        ], text);
    }

    [Fact]
    public void A_german_photo_credit_is_a_caption()
    {
        Assert.True(Boilerplate.IsBoilerplateLine("Foto: Hafenarchiv/Jansen"));
        Assert.True(Boilerplate.IsBoilerplateLine("Titelbild: Hafenarchiv"));
        Assert.False(Boilerplate.IsBoilerplateLine("Fotografen warteten am Anleger auf die letzte Fähre des Tages."));
    }

    [Fact]
    public void An_articles_own_header_gives_its_standfirst_as_text_and_its_date_and_byline_as_metadata()
    {
        var a = Read(Page($"""
            <header class="site"><p>The Harbour Gazette, news from the coast since the year the lighthouse was first lit by oil.</p></header>
            <article>
              <header>
                <h1>Pier closes</h1>
                <p class="standfirst">Repairs to the old ferry pier will take most of the summer, and boat owners want a temporary landing.</p>
                <p>By Tamsin Rowe</p>
                <p>March 3, 2031</p>
              </header>
              <p>{Prose1}</p>
              <p>{Prose2}</p>
            </article>
            """));
        Assert.Equal([
            "Repairs to the old ferry pier will take most of the summer, and boat owners want a temporary landing.",
            Prose1,
            Prose2,
        ], a.Paragraphs.Select(a.Slice));
        Assert.Equal(["Tamsin Rowe"], a.Authors);
        Assert.Equal(new DateOnly(2031, 3, 3), DateOnly.FromDateTime(a.Published!.Value.DateTime));
    }

    [Fact]
    public void A_single_paragraph_among_short_lines_brings_its_container_not_only_itself()
    {
        var text = Paragraphs(Page($"""
            <div class="post">
              <p>Dear neighbours,</p>
              <p>{Prose1}</p>
              <p>See you at the landing,</p>
              <p>Tamsin</p>
            </div>
            """));
        Assert.Equal(["Dear neighbours,", Prose1, "See you at the landing,", "Tamsin"], text);
    }

    [Fact]
    public void Filing_labels_and_post_footers_are_boilerplate()
    {
        Assert.True(Boilerplate.IsBoilerplateLine("Category: Harbour news"));
        Assert.True(Boilerplate.IsBoilerplateLine("Schlagwörter: Hafen, Fähre"));
        Assert.True(Boilerplate.IsBoilerplateLine("This entry was posted in Harbour. Bookmark the permalink."));
        Assert.True(Boilerplate.IsBoilerplateLine("Dieser Eintrag wurde veröffentlicht in Hafen und verschlagwortet mit Fähre."));
        Assert.False(Boilerplate.IsBoilerplateLine("The category of the pier was changed when the board voted to close it."));
    }

    [Fact]
    public void Closing_offers_and_rights_notices_are_trimmed_from_the_end_only()
    {
        const string offer = "Get the harbour news straight to your phone: download our app for iOS and Android.";
        const string rights = "Copyright © 2031 The Harbour Gazette. All rights reserved.";
        const string question = "Do you use the ferry pier? Tell us what the closure means for you.";
        var text = Paragraphs(Page($"""
            <article><p>{Prose1}</p><p>{offer}</p><p>{Prose2}</p><p>{question}</p><p>{offer}</p><p>{rights}</p></article>
            """));
        Assert.Equal([Prose1, offer, Prose2, question], text);
    }

    [Fact]
    public void A_page_drawn_by_scripts_gives_its_json_ld_article_body_after_its_visible_standfirst()
    {
        const string standfirst = "Repairs to the old ferry pier will take most of the summer, and boat owners want a temporary landing.";
        var body = string.Join("\\n\\n", Prose1, Prose2, Prose3, Prose1.Replace("Monday", "Tuesday", StringComparison.Ordinal));
        var a = Read($$"""
            <html><head><title>Pier closes</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier closes","articleBody":"{{body}}"}</script>
            </head><body><div id="app"><p class="lead">{{standfirst}}</p></div></body></html>
            """);
        Assert.Equal([standfirst, Prose1, Prose2, Prose3, Prose1.Replace("Monday", "Tuesday", StringComparison.Ordinal)], a.Paragraphs.Select(a.Slice));
    }

    [Fact]
    public void A_json_ld_article_body_no_longer_than_the_visible_text_leaves_it_alone()
    {
        var a = Read($$"""
            <html><head><title>Pier closes</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier closes","articleBody":"{{Prose3}}"}</script>
            </head><body><article><p>{{Prose1}}</p><p>{{Prose2}}</p></article></body></html>
            """);
        Assert.Equal([Prose1, Prose2], a.Paragraphs.Select(a.Slice));
    }

    [Fact]
    public void The_last_part_of_a_compound_class_name_says_what_an_element_is()
    {
        const string bio = "Tamsin Rowe writes about harbours, ferries and the people who work on the water for the Gazette.";
        const string lead = "Repairs to the old ferry pier will take most of the summer, and boat owners want a temporary landing.";
        var text = Paragraphs(Page($"""
            <div class="ArticlePage-main">
              <div class="entry-excerpt"><p>{lead}</p></div>
              <div class="ArticlePage-body"><p>{Prose1}</p><p>{Prose2}</p><p>{Prose3}</p></div>
              <div class="ArticlePage-authorInfo"><p>{bio}</p></div>
            </div>
            """));
        Assert.Equal([lead, Prose1, Prose2, Prose3], text);
    }
}
