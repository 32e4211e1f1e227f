using Parallax.Extraction;
using Parallax.Model;

namespace Parallax.Tests.Extraction;

/// <summary>
/// End to end on the five real reports in ../shared/seeds (read, never copied): titles and opening words are expected by
/// their anchor (<see cref="SeedText"/>), names, dates and addresses as written.
/// </summary>
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
        SeedText.AssertIs("sha256:2b9f5ba1971f1087:93", xinhua.Title);
        Assert.Equal("Xinhua", xinhua.Outlet);
        Assert.Equal(new DateTimeOffset(2026, 2, 7, 5, 4, 16, TimeSpan.Zero), xinhua.Published);
        Assert.Equal("CAIRO, Feb. 6 (Xinhua) --", xinhua.Dateline);

        var desk = seeds["001"];
        SeedText.AssertIs("sha256:e0fd8f724bafd517:76", desk.Title);
        Assert.Equal("Web Desk", desk.Byline);
        Assert.Null(desk.Published);
        SeedText.AssertIs("sha256:50048812cd81f7e9:24", desk.Text[..24]);

        var azer = seeds["002"];
        Assert.Equal("AzerNews", azer.Outlet);
        Assert.Equal(new DateTimeOffset(2026, 2, 8, 14, 24, 0, TimeSpan.FromHours(4)), azer.Published);
        Assert.Empty(azer.Authors);
        SeedText.AssertIs("sha256:e96ddab261d1ed40:33", azer.Title?[..33]);

        var iranian = seeds["003"];
        SeedText.AssertIs("sha256:eab2ebde516f6e78:53", iranian.Title);
        Assert.Equal(new DateTimeOffset(2026, 2, 7, 14, 56, 0, TimeSpan.Zero), iranian.Published);
        Assert.Equal(["Reyhane Hejazi"], iranian.Authors);

        var rewrite = seeds["004"];
        SeedText.AssertIs("sha256:5f74319352140ef1:42", rewrite.Title);
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
