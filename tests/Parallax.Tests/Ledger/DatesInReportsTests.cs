using System.Text.Json;
using Parallax.Extraction;
using Parallax.Ledger;
using Parallax.Model;
using Parallax.Pipeline;
using Parallax.Reports;

namespace Parallax.Tests.Ledger;

/// <summary>
/// Timeline entries and claims carry the date the event happened apart from the date it was reported, how sure that
/// date is, and TimeML's modifier ("around", "early"), and the JSON, Markdown and HTML reports show all three.
/// </summary>
public class DatesInReportsTests
{
    // Two invented reports of one invented story, published a day apart.
    private const string First =
        "Harbour talks in Tarnwick collapse\n\n" +
        "The harbour pilots of Tarnwick walked out around Feb. 3 after talks with the port authority collapsed. " +
        "The pilots' union said the strike would go on until the port authority raised its offer.";

    private const string Second =
        "Tarnwick pilots stay out\n\n" +
        "The harbour pilots of Tarnwick walked out around Feb. 3, the pilots' union said. " +
        "Ships queued outside the harbour of Tarnwick on Wednesday as the strike went on.";

    private static readonly Lazy<Dossier> Analysed = new(() =>
    {
        Extracted Report(string outlet, string text, int day) => new Extracted.Ok(outlet + ".txt", new Article
        {
            Id = Article.ComputeId(text),
            Source = outlet + ".txt",
            Text = text,
            Title = text[..text.IndexOf('\n', StringComparison.Ordinal)],
            Outlet = outlet,
            Published = new DateTimeOffset(2031, 2, day, 9, 0, 0, TimeSpan.Zero),
        });
        return new Analyzer(DefaultPipeline.Create()).Analyze([Report("Tarnwick Courier", First, 5), Report("Coastal Wire", Second, 6)]);
    });

    private static Story Story => Assert.Single(Analysed.Value.Stories);

    [Fact]
    public void A_timeline_entry_keeps_the_date_it_happened_its_modifier_and_when_it_was_first_reported()
    {
        var walkout = Assert.Single(Story.Timeline, e => e.Text.Contains("walked out", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2031, 2, 3), walkout.Date);
        Assert.Equal(walkout.Date, walkout.End);
        Assert.Equal(TimexMod.Approx, walkout.Mod);
        Assert.Equal(DateCertainty.Anchored, walkout.Certainty);
        // Both reports carry it; the earlier one was published on the 5th.
        Assert.Equal(new DateOnly(2031, 2, 5), walkout.Reported);

        var queue = Assert.Single(Story.Timeline, e => e.Text.Contains("queued", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2031, 2, 5), queue.Date);   // "on Wednesday" in a report of Thursday 6 February 2031
        Assert.Null(queue.Mod);
        Assert.Equal(new DateOnly(2031, 2, 6), queue.Reported);
    }

    [Fact]
    public void A_claims_when_part_carries_its_date_certainty_modifier_and_report_date()
    {
        var claim = Story.Claims.First(c => c.Parts.When.Any(w => w.Text.Contains("Feb. 3", StringComparison.Ordinal)));
        var when = claim.Parts.When.First(w => w.Text.Contains("Feb. 3", StringComparison.Ordinal));
        Assert.NotNull(when.Date);
        Assert.Equal(new DateOnly(2031, 2, 3), when.Date.Start);
        Assert.Equal(new DateOnly(2031, 2, 3), when.Date.End);
        Assert.Equal(TimexMod.Approx, when.Date.Mod);
        Assert.Equal(DateCertainty.Anchored, when.Date.Certainty);
        var report = Analysed.Value.Articles.Single(a => a.Id == when.Evidence.Article);
        Assert.Equal(DateOnly.FromDateTime(report.Published!.Value.DateTime), when.Date.Reported);
    }

    [Fact]
    public void Json_shows_the_modifier_and_the_report_date_apart_from_the_event_date()
    {
        using var json = JsonDocument.Parse(JsonReport.ToString(Analysed.Value));
        var story = json.RootElement.GetProperty("stories")[0];
        var walkout = story.GetProperty("timeline").EnumerateArray()
            .Single(e => e.GetProperty("text").GetString()!.Contains("walked out", StringComparison.Ordinal));
        Assert.Equal("2031-02-03", walkout.GetProperty("date").GetString());
        Assert.Equal("APPROX", walkout.GetProperty("mod").GetString());
        Assert.Equal("anchored", walkout.GetProperty("certainty").GetString());
        Assert.Equal("2031-02-05", walkout.GetProperty("reported").GetString());
        var queue = story.GetProperty("timeline").EnumerateArray()
            .Single(e => e.GetProperty("text").GetString()!.Contains("queued", StringComparison.Ordinal));
        Assert.False(queue.TryGetProperty("mod", out _));

        var when = story.GetProperty("claims").EnumerateArray()
            .Where(c => c.GetProperty("parts").TryGetProperty("when", out _))
            .SelectMany(c => c.GetProperty("parts").GetProperty("when").EnumerateArray())
            .First(w => w.GetProperty("text").GetString()!.Contains("Feb. 3", StringComparison.Ordinal));
        var date = when.GetProperty("date");
        Assert.Equal("2031-02-03", date.GetProperty("start").GetString());
        Assert.Equal("2031-02-03", date.GetProperty("end").GetString());
        Assert.Equal("APPROX", date.GetProperty("mod").GetString());
        Assert.Equal("anchored", date.GetProperty("certainty").GetString());
        Assert.Matches("^2031-02-0[56]$", date.GetProperty("reported").GetString());
    }

    [Fact]
    public void Markdown_and_html_show_the_modifier_in_words_with_certainty_and_report_date()
    {
        var md = MarkdownReport.Render(Analysed.Value);
        Assert.Contains("- **about 2031-02-03** ", md, StringComparison.Ordinal);
        Assert.Contains("(resolved against the report's date; reported 2031-02-05)", md, StringComparison.Ordinal);
        Assert.Contains("- **2031-02-05** ", md, StringComparison.Ordinal);
        Assert.Contains("when: around Feb. 3 (about 2031-02-03)", md, StringComparison.Ordinal);

        var html = HtmlReport.Render(Analysed.Value);
        Assert.Contains("<strong>about 2031-02-03</strong>", html, StringComparison.Ordinal);
        Assert.Contains("resolved against the report&#39;s date; reported 2031-02-05", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TimexMod.Start, "early 2031-W06")]
    [InlineData(TimexMod.Mid, "mid 2031-W06")]
    [InlineData(TimexMod.End, "late 2031-W06")]
    [InlineData(TimexMod.Approx, "about 2031-W06")]
    [InlineData(TimexMod.MoreThan, "more than 2031-W06")]
    [InlineData(null, "2031-W06")]
    public void A_week_with_a_modifier_reads_as_words(TimexMod? mod, string expected)
    {
        var entry = new TimelineEntry
        {
            Date = new DateOnly(2031, 2, 3),
            End = new DateOnly(2031, 2, 9),
            Value = "2031-W06",
            Mod = mod,
            Text = "",
            Articles = [],
            Evidence = [],
        };
        Assert.Equal(expected, ReportText.Date(entry));
    }

    [Fact]
    public void The_note_says_how_the_date_was_found()
    {
        Assert.Equal("date written out", ReportText.DateNote(DateCertainty.Explicit, null));
        Assert.Equal("date inferred; reported 2031-02-06", ReportText.DateNote(DateCertainty.Inferred, new DateOnly(2031, 2, 6)));
    }

    [Fact]
    public void A_when_part_written_as_its_own_value_is_not_repeated()
    {
        var evidence = new Evidence("a", new TextSpan(0, 4));
        var year = new ClaimPart("2025", evidence) { Value = "2025", Date = new PartDate(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), DateCertainty.Explicit, null, null) };
        Assert.Equal("2025", ReportText.When(year));
        var early = year with { Text = "early 2025", Date = year.Date! with { Mod = TimexMod.Start } };
        Assert.Equal("early 2025", ReportText.When(early));
        var june = new ClaimPart("in June", evidence) { Value = "2025-06", Date = new PartDate(new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 30), DateCertainty.Anchored, null, null) };
        Assert.Equal("in June (2025-06)", ReportText.When(june));
    }
}
