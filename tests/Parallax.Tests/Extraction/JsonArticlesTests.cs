using Parallax.Extraction;

namespace Parallax.Tests.Extraction;

public class JsonArticlesTests
{
    [Fact]
    public void Json_object_with_metadata()
    {
        const string json = """
            {"text": "The museum reopened on Friday after a two-year renovation.\n\nVisitors queued from early morning.",
             "title": "Museum reopens", "url": "https://example.org/museum", "published": "2031-04-04T10:00:00+02:00",
             "outlet": "Valley Courier", "author": "By Lena Park"}
            """;
        var a = Assert.IsType<Extracted.Ok>(Assert.Single(JsonArticles.ReadJson(json, "in.json"))).Article;
        Assert.Equal("Museum reopens", a.Title);
        Assert.Equal("https://example.org/museum", a.Url);
        Assert.Equal(new DateTimeOffset(2031, 4, 4, 10, 0, 0, TimeSpan.FromHours(2)), a.Published);
        Assert.Equal("Valley Courier", a.Outlet);
        Assert.Equal(["Lena Park"], a.Authors);
        Assert.Equal(2, a.Paragraphs.Count);
        Assert.Equal("Visitors queued from early morning.", a.Slice(a.Paragraphs[1]));
    }

    [Fact]
    public void Jsonl_bad_line_is_reported_with_its_line_and_skipped()
    {
        const string jsonl = """
            {"text": "First report with enough text to be an article of its own."}
            {"text": "broken
            {"title": "no text here"}
            {"text": "Third report, also fine.", "published": "not a date"}
            {"text": "Fourth report is fine too."}
            """;
        var results = JsonArticles.ReadJsonLines(new StringReader(jsonl), "feed.jsonl", CancellationToken.None).ToList();
        Assert.Equal(5, results.Count);
        Assert.IsType<Extracted.Ok>(results[0]);
        var bad = Assert.IsType<Extracted.Rejected>(results[1]);
        Assert.Equal("feed.jsonl:2", bad.Source);
        Assert.Equal(Reason.Malformed, bad.Reason);
        Assert.StartsWith("feed.jsonl:2: not valid JSON", bad.Detail);
        var noText = Assert.IsType<Extracted.Rejected>(results[2]);
        Assert.Contains("no \"text\" field", noText.Detail);
        var badDate = Assert.IsType<Extracted.Rejected>(results[3]);
        Assert.Contains("\"not a date\"", badDate.Detail);
        Assert.Equal("feed.jsonl:5", Assert.IsType<Extracted.Ok>(results[4]).Source);
    }

    [Fact]
    public void Json_array_gives_one_article_per_object()
    {
        var results = JsonArticles.ReadJson("""[{"text": "One report."}, {"text": "Another report."}]""", "many.json").ToList();
        Assert.Equal(["many.json[0]", "many.json[1]"], results.Select(r => r.Source));
        Assert.All(results, r => Assert.IsType<Extracted.Ok>(r));
    }

    [Fact]
    public void Invalid_json_is_rejected_with_position()
    {
        var r = Assert.IsType<Extracted.Rejected>(Assert.Single(JsonArticles.ReadJson("{\"text\": ", "x.json")));
        Assert.Equal(Reason.Malformed, r.Reason);
        Assert.StartsWith("x.json: not valid JSON (line 1", r.Detail);
    }
}
