using Parallax.Extraction;
using Parallax.Model;

namespace Parallax.Tests.Extraction;

/// <summary>End to end on the five real reports in ../shared/seeds (read, never copied).</summary>
public class SeedsExtractionTests
{
    private static Dictionary<string, Article> Seeds() =>
        ArticleReader.Read([SharedData.Require("seeds")], CancellationToken.None)
            .Select(r => Assert.IsType<Extracted.Ok>(r).Article)
            .ToDictionary(a => Path.GetFileName(a.Source)[..3]);

    [SharedDataFact("seeds")]
    public void All_five_seeds_are_read_with_their_metadata()
    {
        var seeds = Seeds();
        Assert.Equal(5, seeds.Count);

        var xinhua = seeds["000"];
        Assert.Equal("Xinhua Headlines: Iran, U.S. hold talks amid tense standoff, with core differences unresolved", xinhua.Title);
        Assert.Equal("Xinhua", xinhua.Outlet);
        Assert.Equal(new DateTimeOffset(2026, 2, 7, 5, 4, 16, TimeSpan.Zero), xinhua.Published);
        Assert.Equal("CAIRO, Feb. 6 (Xinhua) --", xinhua.Dateline);

        var desk = seeds["001"];
        Assert.Equal("Diplomacy resumes: Iran, US agree on further negotiations after Oman meeting", desk.Title);
        Assert.Equal("Web Desk", desk.Byline);
        Assert.Null(desk.Published);
        Assert.StartsWith("In a notable development", desk.Text);

        var azer = seeds["002"];
        Assert.Equal("AzerNews", azer.Outlet);
        Assert.Equal(new DateTimeOffset(2026, 2, 8, 14, 24, 0, TimeSpan.FromHours(4)), azer.Published);
        Assert.Empty(azer.Authors);
        Assert.StartsWith("Muscat talks expose depth of Iran", azer.Title);

        var iranian = seeds["003"];
        Assert.Equal("Iran Continues US Talks in a Climate of Deep Distrust", iranian.Title);
        Assert.Equal(new DateTimeOffset(2026, 2, 7, 14, 56, 0, TimeSpan.Zero), iranian.Published);
        Assert.Equal(["Reyhane Hejazi"], iranian.Authors);

        var rewrite = seeds["004"];
        Assert.Equal("Promising Beginnings in U.S.-Iran Dialogue", rewrite.Title);
        Assert.Equal("https://www.nytimes.com/2026/02/06/world/europe/us-iran-talks-oman.html", rewrite.BasedOn);
        Assert.Null(rewrite.Published);
    }

    [SharedDataFact("seeds")]
    public void Seed_texts_are_free_of_page_furniture()
    {
        foreach (var a in Seeds().Values)
        {
            foreach (var junk in new[] { "Comments", "Subscribe", "Loading", "Follow us", "Sign in", "News ID", "Your Comment", "Source reference", "Video reporters", "(Xinhua)\n", "Latest See more", "Web Desk", "WEB DESK" })
            {
                Assert.DoesNotContain(junk, a.Body);
            }
            Assert.DoesNotContain("(R) meets with", a.Body);
            Assert.True(a.Paragraphs.Count >= 7, $"{a.Source}: {a.Paragraphs.Count} paragraphs");
            Assert.Equal("en", a.Language);
        }
    }
}
