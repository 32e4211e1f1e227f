using Parallax.Model;
using Parallax.Time;

namespace Parallax.Tests.Time;

public class EventDatesTests
{
    [Fact]
    public void A_statement_takes_the_date_of_its_sentence_apart_from_the_report_date()
    {
        var text = "The delegations held talks on Friday in Muscat. Analysts doubt the outcome.";
        var doc = TimexStageTests.Run(text, new DateTimeOffset(2026, 2, 7, 5, 4, 16, TimeSpan.FromHours(8)));
        var held = text.IndexOf("held", StringComparison.Ordinal);
        var date = EventDates.For(doc, new TextSpan(held, held + 4));
        Assert.NotNull(date);
        Assert.Equal(new DateOnly(2026, 2, 6), date.Start);
        Assert.True(date.IsDay);
        Assert.Equal(new DateOnly(2026, 2, 7), date.Reported);
        Assert.Equal(DateCertainty.Anchored, date.Certainty);
        var doubt = text.IndexOf("doubt", StringComparison.Ordinal);
        Assert.Null(EventDates.For(doc, new TextSpan(doubt, doubt + 5)));
    }

    [Fact]
    public void The_closest_date_wins_and_durations_do_not_date_events()
    {
        var text = "After a weeks-long standoff, the envoys met on Feb. 6, 2026, and will meet again next month.";
        var doc = TimexStageTests.Run(text, new DateTimeOffset(2026, 2, 7, 0, 0, 0, TimeSpan.Zero));
        var met = text.IndexOf("met", StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 2, 6), EventDates.For(doc, new TextSpan(met, met + 3))!.Start);
        var again = text.IndexOf("again", StringComparison.Ordinal);
        var next = EventDates.For(doc, new TextSpan(again, again + 5))!;
        Assert.Equal((new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)), (next.Start, next.End));
        Assert.Equal(DateCertainty.Explicit, EventDates.For(doc, new TextSpan(met, met + 3))!.Certainty);
    }
}
