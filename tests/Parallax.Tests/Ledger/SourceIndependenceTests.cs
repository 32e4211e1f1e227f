using Parallax.Ledger;
using Parallax.Model;

namespace Parallax.Tests.Ledger;

public class SourceIndependenceTests
{
    private static Article Make(string id, string text, string? outlet = null, string? url = null, string? basedOn = null, string? published = null) => new()
    {
        Id = id,
        Source = id + ".txt",
        Text = text,
        Outlet = outlet,
        Url = url,
        BasedOn = basedOn,
        Published = published is null ? null : DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public void A_rewrite_of_a_report_in_the_set_counts_with_it()
    {
        var original = Make("a", "The courier reported the talks.", "Courier", url: "https://www.courier.example/news/1");
        var rewrite = Make("b", "A digest retold the talks.", "Digest", basedOn: "https://courier.example/news/1/");
        var other = Make("c", "A third outlet saw the talks.", "Third");
        var ind = new SourceIndependence([original, rewrite, other]);
        Assert.Equal("a", ind.SourceOf("b"));
        Assert.Equal(2, ind.IndependentCount(["a", "b", "c"]));
        var d = Assert.Single(ind.Derivations);
        Assert.Equal((DerivationKind.Rewrite, "a", "Courier"), (d.Kind, d.FromArticle, d.From));
    }

    [Fact]
    public void A_rewrite_of_an_outside_story_stands_for_that_outlet()
    {
        var rewrite = Make("b", "A digest retold the talks.", "Digest", basedOn: "https://www.bigpaper.example/2031/04/11/talks.html");
        var ind = new SourceIndependence([rewrite]);
        Assert.Equal("ext:bigpaperexample", ind.SourceOf("b"));
        Assert.Equal("bigpaper.example", Assert.Single(ind.Derivations).From);
    }

    [Fact]
    public void A_wire_dateline_of_another_outlet_marks_wire_copy()
    {
        var wire = Make("w", "PORTVALE, April 11 (Meridian) -- Talks began.", "Meridian");
        var copy = Make("x", "PORTVALE, April 11 (Meridian) -- Talks began at the docks.", "Daily Harbour");
        var ind = new SourceIndependence([wire, copy]);
        var d = Assert.Single(ind.Derivations);
        Assert.Equal(("x", DerivationKind.Wire, "Meridian", "w"), (d.Article, d.Kind, d.From, d.FromArticle));
        Assert.Equal("PORTVALE, April 11 (Meridian) --", copy.Slice(d.Evidence[0].Span));
        Assert.Equal(1, ind.IndependentCount(["w", "x"]));
    }

    [Fact]
    public void Citing_an_outlet_is_marked_but_keeps_the_report_independent()
    {
        var a = Make("a", "As reported by Aljazeera, the meeting was calm. According to Maren Holtby, it went well.", "Lestria Today");
        var ind = new SourceIndependence([a]);
        var d = Assert.Single(ind.Derivations);
        Assert.Equal((DerivationKind.Cites, "Aljazeera", false), (d.Kind, d.From, d.Whole));
        Assert.Equal("a", ind.SourceOf("a"));
    }

    [Fact]
    public void Long_shared_passages_make_the_later_report_derived()
    {
        const string passage = "The harbour authority and the dockworkers union met for nine hours at the old customs house and agreed to meet again next week after consulting their members";
        var early = Make("e", passage + ". Officials said more.", "First", published: "2031-04-11T08:00:00Z");
        var late = Make("l", "In brief: " + passage + ".", "Second", published: "2031-04-11T12:00:00Z");
        var ind = new SourceIndependence([late, early]);
        var d = Assert.Single(ind.Derivations);
        Assert.Equal(("l", DerivationKind.SharedText, "e"), (d.Article, d.Kind, d.FromArticle));
        Assert.Equal(passage, late.Slice(d.Evidence.Single().Span));
        Assert.Equal(1, ind.IndependentCount(["e", "l"]));
    }

    [Fact]
    public void A_shared_passage_under_a_fifth_of_the_shorter_report_makes_no_derivation()
    {
        const string passage = "The harbour authority and the dockworkers union met for nine hours at the old customs house and agreed to meet again next week after consulting their members";
        string Own(string tag) => string.Join(' ', Enumerable.Range(0, 120).Select(i => $"{tag}{i}"));
        var early = Make("e", Own("east") + ". " + passage + ".", "First", published: "2031-04-11T08:00:00Z");
        var late = Make("l", passage + ". " + Own("west") + ".", "Second", published: "2031-04-11T12:00:00Z");
        Assert.Empty(new SourceIndependence([late, early]).Derivations);
        var shorter = Make("s", Own("south")[..300] + ". " + passage + ".", "Third", published: "2031-04-11T12:00:00Z");
        var d = Assert.Single(new SourceIndependence([shorter, early]).Derivations);
        Assert.Equal(("s", DerivationKind.SharedText, "e"), (d.Article, d.Kind, d.FromArticle));
    }
}
