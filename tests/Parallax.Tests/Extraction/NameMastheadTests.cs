using Parallax.Extraction;

namespace Parallax.Tests.Extraction;

public class NameMastheadTests
{
    [Theory]
    [InlineData("The Harbour Post", "The Harbour Post")]
    [InlineData("Tidewater Herald", "Tidewater Herald")]
    [InlineData("  Coastline Digest ", "Coastline Digest")]
    [InlineData("The Times of Portvale", null)]
    [InlineData("Talks End Without Deal", null)]
    [InlineData("Post", null)]
    [InlineData("12 Hours News", null)]
    [InlineData("The talks are news.", null)]
    public void A_newspaper_name_line_names_the_outlet(string line, string? outlet) =>
        Assert.Equal(outlet, Outlets.FromNameMasthead(line));

    [Fact]
    public void The_first_line_of_a_page_naming_a_newspaper_is_its_outlet_and_not_its_title()
    {
        const string page = "Eastgate Chronicle\nHarbour reopens after three weeks of strikes\n\nThe harbour of Eastgate reopened on Monday after a strike that lasted three weeks, the port authority said in a statement on its website.\n\nShips queued outside the breakwater for most of the morning as the first cranes began to move again.";
        var article = Assert.IsType<Extracted.Ok>(Assert.Single(ArticleReader.ReadString(page, "page.txt", InputKind.Text))).Article;
        Assert.Equal("Eastgate Chronicle", article.Outlet);
        Assert.Equal("Harbour reopens after three weeks of strikes", article.Title);
    }
}
