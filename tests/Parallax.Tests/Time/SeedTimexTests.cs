using Parallax.Model;

namespace Parallax.Tests.Time;

public class SeedTimexTests
{
    [SharedDataFact("seeds/000_7cfbdf100785b81c.txt")]
    public void Relative_dates_in_the_Xinhua_report_resolve_against_its_own_date()
    {
        var text = File.ReadAllText(SharedData.Require("seeds/000_7cfbdf100785b81c.txt"));
        // Published as printed in the report: 2026-02-07 05:04:16 (Beijing time).
        var doc = TimexStageTests.Run(text, new DateTimeOffset(2026, 2, 7, 5, 4, 16, TimeSpan.FromHours(8)));
        string ValueOf(string phrase)
        {
            var t = doc.Timexes.First(t => text[t.Span.Start..t.Span.End] == phrase);
            return t.Value;
        }
        Assert.Equal("2026-02-06", ValueOf("Friday"));
        Assert.Equal("2026-02-04", ValueOf("Wednesday"));
        Assert.Equal("2026-W06", ValueOf("earlier this week"));
        Assert.Equal("2026-02-06", ValueOf("Feb. 6, 2026"));
        Assert.Equal("PXW", ValueOf("weeks-long"));
        Assert.All(doc.Timexes.Where(t => text[t.Span.Start..t.Span.End] == "Friday"), t => Assert.Equal("2026-02-06", t.Value));
    }

    [SharedDataFact("seeds/002_ddb15764ded9104a.txt")]
    public void The_AzerNews_report_dates_the_strikes_to_June_2025()
    {
        var text = File.ReadAllText(SharedData.Require("seeds/002_ddb15764ded9104a.txt"));
        var doc = TimexStageTests.Run(text, new DateTimeOffset(2026, 2, 8, 14, 24, 0, TimeSpan.FromHours(4)));
        var june = doc.Timexes.First(t => text[t.Span.Start..t.Span.End] == "June 2025");
        Assert.Equal("2025-06", june.Value);
        Assert.Equal(new DateOnly(2025, 6, 30), june.End);
        Assert.Contains(doc.Timexes, t => text[t.Span.Start..t.Span.End] == "6 February" && t.Value == "2026-02-06");
        Assert.Contains(doc.Timexes, t => text[t.Span.Start..t.Span.End] == "several hours" && t.Value == "PTXH" && t.Type == TimexType.Duration);
    }

    [SharedDataFact("seeds/003_e36883178f38d698.txt")]
    public void The_Iranian_report_gives_a_zoned_clock_time_and_Friday_evening()
    {
        var text = File.ReadAllText(SharedData.Require("seeds/003_e36883178f38d698.txt"));
        // Published as printed: "7 February 2026 - 14:56" (Tehran).
        var doc = TimexStageTests.Run(text, new DateTimeOffset(2026, 2, 7, 14, 56, 0, TimeSpan.FromHours(3.5)));
        var clock = doc.Timexes.First(t => text[t.Span.Start..t.Span.End] == "10:00 a.m. Tehran time");
        Assert.Equal((TimexType.Time, TimeSpan.FromHours(3.5)), (clock.Type, clock.UtcOffset));
        var evening = doc.Timexes.First(t => text[t.Span.Start..t.Span.End] == "Friday evening");
        Assert.Equal("2026-02-06TEV", evening.Value);
        Assert.Contains(doc.Timexes, t => text[t.Span.Start..t.Span.End] == "recent months" && t.Value == "PXM");
    }

    [SharedDataFact("seeds/004_f405026925660788.txt")]
    public void The_undated_rewrite_resolves_the_following_week_from_its_own_full_date()
    {
        var text = File.ReadAllText(SharedData.Require("seeds/004_f405026925660788.txt"));
        var doc = TimexStageTests.Run(text, published: null);
        var next = doc.Timexes.First(t => text[t.Span.Start..t.Span.End] == "the following week");
        Assert.Equal("2026-W07", next.Value);
        Assert.Equal(DateCertainty.Inferred, next.Certainty);
        Assert.Equal(new DateOnly(2026, 2, 9), next.Start);
    }
}
