using Parallax.Extraction;
using Parallax.Model;

namespace Parallax.Tests.Extraction;

public class HtmlExtractorTests
{
    private static Article Read(string html, string? url = null) =>
        Assert.IsType<Extracted.Ok>(HtmlExtractor.Extract(html, "page.html", url)).Article;

    private const string NewsPage = """
        <!doctype html>
        <html lang="en-GB">
        <head>
          <title>Glacier retreat doubles in a decade | The Alpine Ledger</title>
          <meta property="og:title" content="Glacier retreat doubles in a decade">
          <meta property="og:site_name" content="The Alpine Ledger">
          <meta property="article:published_time" content="2031-08-02T07:45:00+02:00">
          <meta property="article:modified_time" content="2031-08-03T11:00:00+02:00">
          <link rel="canonical" href="https://alpineledger.example/science/glacier-retreat">
          <script type="application/ld+json">
          {"@context":"https://schema.org","@type":"NewsArticle","headline":"Glacier retreat doubles in a decade",
           "datePublished":"2031-08-02T07:45:00+02:00","dateModified":"2031-08-03T11:00:00+02:00",
           "author":[{"@type":"Person","name":"Ines Vogel"},{"@type":"Person","name":"Marco Rossi"}],
           "publisher":{"@type":"Organization","name":"The Alpine Ledger"}}
          </script>
        </head>
        <body>
          <nav><a href="/">Home</a> <a href="/science">Science</a> <a href="/sport">Sport</a></nav>
          <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies to continue reading.</div>
          <main>
            <article>
              <h1>Glacier retreat doubles in a decade</h1>
              <div class="byline">By Ines Vogel and Marco Rossi</div>
              <p>GENEVA (Ledger) - Alpine glaciers lost twice as much ice in the past ten years as in the decade before, a survey published on Tuesday found.</p>
              <p>The survey, which measured 180 glaciers, found that the smallest ones were shrinking fastest, and that several had split into separate ice fields.</p>
              <figure><img src="a.jpg"><figcaption>The tongue of a glacier seen from above in July.</figcaption></figure>
              <h2>Summers without snow</h2>
              <p>Researchers said the hot summers of recent years had left glaciers without the protective snow cover that usually lasts into August.</p>
              <ul><li>Ice loss: 2.4 percent a year</li><li>Glaciers measured: 180</li></ul>
              <p>"We are watching them disappear within a single career," said one of the authors, who has studied the ice since the 1990s.</p>
              <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
            </article>
            <section class="related-stories">
              <h3>Related</h3>
              <ul><li><a href="/a">Snow season starts late again this winter in the western Alps</a></li>
              <li><a href="/b">Ski resorts invest in snow-making machines to save the season</a></li></ul>
            </section>
          </main>
          <footer><p>© 2031 The Alpine Ledger. All rights reserved. Contact us at the address below for any questions.</p></footer>
        </body>
        </html>
        """;

    [Fact]
    public void Structured_data_gives_title_date_authors_outlet_url()
    {
        var a = Read(NewsPage);
        Assert.Equal("Glacier retreat doubles in a decade", a.Title);
        Assert.Equal(new DateTimeOffset(2031, 8, 2, 7, 45, 0, TimeSpan.FromHours(2)), a.Published);
        Assert.Equal(["Ines Vogel", "Marco Rossi"], a.Authors);
        Assert.Equal("The Alpine Ledger", a.Outlet);
        Assert.Equal("https://alpineledger.example/science/glacier-retreat", a.Url);
        Assert.Equal("en", a.Language);
        Assert.Equal("GENEVA (Ledger) -", a.Dateline);
    }

    [Fact]
    public void Main_text_keeps_paragraphs_headings_and_list_items_in_order()
    {
        var a = Read(NewsPage);
        var paragraphs = a.Paragraphs.Select(a.Slice).ToList();
        Assert.Equal(7, paragraphs.Count);
        Assert.StartsWith("GENEVA (Ledger) - Alpine glaciers", paragraphs[0]);
        Assert.Equal("Summers without snow", paragraphs[2]);
        Assert.Equal("Ice loss: 2.4 percent a year", paragraphs[4]);
        Assert.Equal("Glaciers measured: 180", paragraphs[5]);
        Assert.StartsWith("\"We are watching them", paragraphs[6]);
    }

    [Fact]
    public void Main_text_has_no_boilerplate()
    {
        var a = Read(NewsPage);
        foreach (var junk in new[] { "Home", "cookies", "Share on", "Related", "Snow season", "rights reserved", "By Ines", "tongue of a glacier" })
        {
            Assert.DoesNotContain(junk, a.Text);
        }
    }

    [Fact]
    public void Without_metadata_the_host_is_the_outlet_and_the_title_comes_from_the_title_element()
    {
        const string html = """
            <html><head><title>Town hall to close for repairs - Riverside Post</title></head><body>
            <div id="content"><p>The town hall will close for three months from June while workers replace its roof and windows, the mayor said.</p>
            <p>Services will move to the library on Church Street, where a temporary office will open on the first floor.</p>
            <p class="date">Published: 12 May 2031</p></div></body></html>
            """;
        var a = Read(html, "https://www.riversidepost.example/news/town-hall");
        Assert.Equal("Town hall to close for repairs", a.Title);
        Assert.Equal("Riverside Post", a.Outlet);
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Fact]
    public void Links_that_show_their_own_address_are_text_not_navigation()
    {
        const string html = """
            <html><body><nav><a href="/a">News</a> <a href="/b">Sport</a> <a href="/c">Weather</a></nav>
            <div class="post"><p>Here are the three guides to the coastal path that readers asked for after last week's story.</p>
            <p>1) The northern section guide <a href="http://guides.example/north">http://guides.example/north</a></p>
            <p>2) The southern section guide <a href="http://guides.example/south">http://guides.example/south</a></p>
            <p>Each guide lists water points, ferry times and the places where the path is closed in winter.</p></div></body></html>
            """;
        var a = Read(html);
        Assert.Equal(4, a.Paragraphs.Count);
        Assert.Equal("1) The northern section guide http://guides.example/north", a.Slice(a.Paragraphs[1]));
        Assert.DoesNotContain("Weather", a.Text);
    }

    [Fact]
    public void Page_of_links_only_is_rejected()
    {
        const string html = "<html><body><ul><li><a href='/a'>First link</a></li><li><a href='/b'>Second link</a></li></ul></body></html>";
        var r = Assert.IsType<Extracted.Rejected>(HtmlExtractor.Extract(html, "links.html"));
        Assert.Equal(Reason.NotAnArticle, r.Reason);
    }
}
