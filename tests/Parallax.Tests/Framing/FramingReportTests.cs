using Parallax.Tests.Ledger;
using System.Text.Json;
using Parallax.Ledger;
using Parallax.Model;
using Parallax.Reports;
using Parallax.Stories;

namespace Parallax.Tests.Framing;

/// <summary>The framing section in the JSON, Markdown and HTML reports: present, with spans, article text escaped.</summary>
public class FramingReportTests
{
    private const string Hostile = "The <b>board</b> hired 40 drivers from Norland last month, the Ledger has learned.";

    private static Dossier Dossier()
    {
        var a = new DocBuilder(
                "Union leader Maren Holt said the harbour talks in Lindport ended on Friday without a deal.\n\n" + Hostile +
                "\n\nThe regime at the port slammed the union.")
            .Outlet("Bayside Ledger").Person("Maren Holt").Entity("Lindport", EntityType.Location).Entity("Norland", EntityType.Location).Build();
        var b = new DocBuilder(
                "Maren Holt, who leads the union, told reporters that talks in Lindport broke up on Friday with no deal.\n\n" +
                "Chief executive Corvin Aldwyck said the strike had cost the port 12 million crowns in lost trade.")
            .Outlet("Northern Wire").Person("Maren Holt").Entity("Lindport", EntityType.Location).Person("Corvin Aldwyck").Build();
        var story = new StoryAnalyzer().Analyze("s1", new StoryCluster([a, b]));
        return new Dossier([a.Article, b.Article], [story], []);
    }

    [Fact]
    public void Json_has_a_framing_array_per_story_with_evidence_spans()
    {
        var dossier = Dossier();
        using var json = JsonDocument.Parse(JsonReport.ToString(dossier));
        var framing = json.RootElement.GetProperty("stories")[0].GetProperty("framing");
        Assert.Equal(2, framing.GetArrayLength());
        var ledger = framing[0];
        Assert.Equal("Bayside Ledger", ledger.GetProperty("outlet").GetString());
        Assert.Equal(1, ledger.GetProperty("compared").GetInt32());
        var exclusive = ledger.GetProperty("exclusive").EnumerateArray().Single(x => x.GetProperty("text").GetString()!.Contains("40 drivers", StringComparison.Ordinal));
        var evidence = exclusive.GetProperty("evidence")[0];
        var text = dossier.Articles[0].Text;
        Assert.Equal(Hostile.TrimEnd('.'), text[evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()]);
        var did = exclusive.GetProperty("parts").GetProperty("did");
        Assert.Equal("hired", text[did.GetProperty("start").GetInt32()..did.GetProperty("end").GetInt32()]);
        var loaded = ledger.GetProperty("loaded").EnumerateArray().Select(l => l.GetProperty("word").GetString()).ToList();
        Assert.Equal(["regime", "slammed"], loaded);
        Assert.Equal(JsonValueKind.Object, ledger.GetProperty("lead").ValueKind);
    }

    [Fact]
    public void Markdown_and_html_show_the_framing_with_article_text_escaped()
    {
        var dossier = Dossier();
        var md = MarkdownReport.Render(dossier);
        Assert.Contains("### Framing per outlet", md, StringComparison.Ordinal);
        Assert.Contains("#### Bayside Ledger", md, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;board&lt;/b&gt; hired 40 drivers", md, StringComparison.Ordinal);
        Assert.Contains("**Loaded words** (reporter's own text): regime", md, StringComparison.Ordinal);
        // A claim the outlet alone reports shows its parts.
        Assert.Contains("did: hired · whom: 40 drivers", md, StringComparison.Ordinal);

        var html = HtmlReport.Render(dossier);
        Assert.Contains("<h3>Framing per outlet</h3>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;board&lt;/b&gt; hired 40 drivers", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>board", html, StringComparison.Ordinal);
        Assert.Contains("<dt>did</dt><dd>hired</dd><dt>whom</dt><dd>40 drivers</dd>", html, StringComparison.Ordinal);
    }
}
