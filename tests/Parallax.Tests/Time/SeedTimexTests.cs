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
}
