using System.Text.Json;
using AngleSharp.Html.Parser;
using Parallax.Framing;
using Parallax.Ledger;
using Parallax.Model;
using Parallax.Pipeline;
using Parallax.Stories;

namespace Parallax.Tests.Framing;

/// <summary>
/// Framing of the invented Portvale dock story (samples/) against the framing samples/README.md plants. The seven dock
/// reports are read plainly here (no extraction stage: titles and boilerplate stay in the text), with the outlet, URL
/// and rewrite link the README lists, and run through the default pipeline.
/// </summary>
public class SamplesFramingTests
{
    private static readonly string Dir = Path.Combine(Repo.Root, "samples");
    private const string CourierUrl = "https://www.portvalecourier.example/news/2031/04/11/dock-talks-resume-tuesday";

    private static Article Make(string text, string outlet, string? url = null, string? basedOn = null)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        return new Article { Id = Article.ComputeId(text), Source = outlet, Text = text, Outlet = outlet, Url = url, BasedOn = basedOn };
    }

    private static string Read(string file) => File.ReadAllText(Path.Combine(Dir, file));

    internal static IReadOnlyList<Article> DockReports()
    {
        var page = new HtmlParser().ParseDocument(Read("report-05.html"));
        var body = page.QuerySelector("article") ?? page.Body!;
        foreach (var junk in body.QuerySelectorAll("figure, figcaption, aside, nav, form, footer, script, style").ToList())
        {
            junk.Remove();
        }
        var courier = string.Join("\n\n", body.QuerySelectorAll("p").Select(p => p.TextContent.Trim()).Where(p => p.Length > 0));
        using var calder = JsonDocument.Parse(File.ReadLines(Path.Combine(Dir, "reports-07.jsonl")).First());
        return
        [
            Make(Read("report-01.txt"), "Meridian"),
            Make(Read("report-02.txt"), "The Harbour Post"),
            Make(Read("report-03.txt"), "Lestria Today"),
            Make(Read("report-04.txt"), "Tidewater Herald"),
            Make(courier, "The Portvale Courier", CourierUrl),
            Make(Read("report-06.txt"), "Coastline Digest", basedOn: CourierUrl),
            Make(calder.RootElement.GetProperty("text").GetString()!, "Calder Broadcasting",
                calder.RootElement.GetProperty("url").GetString()),
        ];
    }

    private static Dictionary<string, OutletFraming> Framing(out IReadOnlyList<Doc> docs)
    {
        var pipeline = DefaultPipeline.Create();
        docs = [.. DockReports().Select(a => pipeline.Run(a))];
        var story = new StoryAnalyzer().Analyze("s1", new StoryCluster(docs));
        return story.Framing.ToDictionary(f => f.Outlet);
    }

    private static bool Says(IReadOnlyList<Doc> docs, ExclusiveItem item, string outletId, string phrase) =>
        item.Evidence.Any(e => e.Article == outletId && docs.Single(d => d.Article.Id == outletId).Slice(e.Span).Contains(phrase, StringComparison.Ordinal));

    private static string Id(IReadOnlyList<Doc> docs, string outlet) => docs.Single(d => d.Article.Outlet == outlet).Article.Id;

    [Fact]
    public void Meridian_dwells_on_distrust_and_alone_carries_its_analysts()
    {
        var f = Framing(out var docs);
        var meridian = f["Meridian"];
        Assert.Equal(5, meridian.Compared);
        var terms = meridian.Terms.Select(t => t.Term).ToList();
        Assert.Contains("distrust", terms);
        Assert.Contains("analysts", terms);
        var id = Id(docs, "Meridian");
        Assert.Contains(meridian.Exclusive, x => Says(docs, x, id, "said Hanne Vestergaard, a labour economist"));
        Assert.Contains(meridian.Exclusive, x => Says(docs, x, id, "Analysts say the mistrust predates the cranes."));
        Assert.DoesNotContain(f.Values.Where(x => x.Outlet != "Meridian").SelectMany(x => x.Exclusive), x => x.Text.Contains("Vestergaard", StringComparison.Ordinal));

        // Two analysts no other outlet quotes, and no one else counted as an expert.
        var experts = meridian.Speakers.Where(s => s.Expert && s.Kind == SpeakerKind.Named).ToList();
        Assert.Equal(["Hanne Vestergaard", "Olek Brandt"], experts.Select(s => s.Name));
        Assert.All(experts, s => Assert.Equal(0, s.OtherOutlets));
        Assert.Equal("Greyhaven Maritime Research", experts[1].Side);
        Assert.DoesNotContain(f.Values.Where(x => x.Outlet != "Meridian").SelectMany(x => x.Speakers), s => s.Name is "Hanne Vestergaard" or "Olek Brandt");
    }

    [Fact]
    public void Calder_leads_with_the_ministers_emergency_powers_and_alone_has_the_soldiers_on_the_docks()
    {
        var f = Framing(out var docs);
        var calder = f["Calder Broadcasting"];
        var lead = calder.Lead!;
        Assert.StartsWith("Veltria's transport minister warned on Friday evening that the government would use emergency powers",
            docs.Single(d => d.Article.Id == calder.Article).Slice(lead.Evidence.Span), StringComparison.Ordinal);
        Assert.Contains(lead.Terms, t => t.Name == "emergency" && t.OtherLeads == 0);
        Assert.Contains(lead.Terms, t => t.Name == "powers" && t.OtherLeads == 0);
        Assert.Contains(calder.Exclusive, x => Says(docs, x, calder.Article, "sending soldiers onto the docks would inflame the dispute"));
        var terms = calder.Terms.Select(t => t.Term).ToList();
        Assert.Contains("minister", terms);
        Assert.Contains("government", terms);
    }

    [Fact]
    public void Courier_and_its_rewrite_are_one_source_and_the_local_cost_is_theirs_alone()
    {
        var f = Framing(out var docs);
        var courier = f["The Portvale Courier"];
        var digest = f["Coastline Digest"];
        Assert.Equal(courier.Article, digest.CopyOf);
        Assert.Null(courier.CopyOf);
        Assert.Equal(5, courier.Compared);
        Assert.Equal(5, digest.Compared);
        Assert.Contains(courier.Exclusive, x => Says(docs, x, courier.Article, "Shopkeepers and haulage firms around the harbour say the strike is beginning to hurt."));
        Assert.Contains(digest.Exclusive, x => Says(docs, x, digest.Article, "from haulage firms to shopkeepers near the quays"));
        Assert.Contains(courier.Lead!.Terms, t => t.Name == "tuesday" && t.OtherLeads == 0);
    }

    [Fact]
    public void Tidewater_leads_with_threats_and_Lestria_Today_dwells_on_quiet_diplomacy()
    {
        var f = Framing(out _);
        var herald = f["Tidewater Herald"].Lead!;
        Assert.Contains(herald.Terms, t => t.Name == "threats" && t.OtherLeads == 0);
        Assert.Contains(herald.Terms, t => t.Name == "management" && t.OtherLeads == 0);
        var lestria = f["Lestria Today"].Terms.Select(t => t.Term).ToList();
        Assert.Contains("quiet", lestria);
        Assert.Contains("diplomacy", lestria);
    }
}
