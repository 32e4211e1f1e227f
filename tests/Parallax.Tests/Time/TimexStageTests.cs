using Parallax.Model;
using Parallax.Pipeline;
using Parallax.Text;
using Parallax.Time;

namespace Parallax.Tests.Time;

public class TimexStageTests
{
    // Saturday 7 February 2026, the date of the first seed report.
    private static readonly DateTimeOffset Saturday = new(2026, 2, 7, 5, 4, 16, TimeSpan.FromHours(8));

    private static readonly DocPipeline Pipeline =
        new PipelineBuilder().Add(new Tokenizer()).Add(new SentenceSplitter()).Add(new TimexStage()).Build();

    internal static Doc Run(string text, DateTimeOffset? published) =>
        Pipeline.Run(new Article { Id = Article.ComputeId(text), Source = "test", Text = text, Published = published });

    private static (string Text, TimexType Type, string Value)[] Found(string text, DateTimeOffset? published = null) =>
        [.. Run(text, published ?? Saturday).Timexes.Select(t => (text[t.Span.Start..t.Span.End], t.Type, t.Value))];

    private static Timex Single(string text, DateTimeOffset? published = null)
    {
        var doc = Run(text, published ?? Saturday);
        return Assert.Single(doc.Timexes);
    }

    [Fact]
    public void Weekday_in_a_past_sentence_is_the_last_one()
    {
        Assert.Equal([("Friday", TimexType.Date, "2026-02-06")], Found("The delegations held talks on Friday in Muscat."));
        Assert.Equal([("Wednesday", TimexType.Date, "2026-02-04")], Found("The minister, at a news conference on Wednesday, outlined an agenda."));
    }

    [Fact]
    public void Weekday_in_a_future_sentence_is_the_next_one()
    {
        Assert.Equal([("Friday", TimexType.Date, "2026-02-13")], Found("The envoys will meet on Friday in Geneva."));
        Assert.Equal([("Monday", TimexType.Date, "2026-02-09")], Found("They are going to sign the deal on Monday."));
    }

    [Fact]
    public void Possessive_weekday_keeps_only_the_day_in_its_span()
    {
        var t = Single("According to officials, Friday's negotiations reflected the demands.");
        Assert.Equal(new TextSpan(24, 30), t.Span);
        Assert.Equal("2026-02-06", t.Value);
        Assert.Equal(new DateOnly(2026, 2, 6), t.Start);
        Assert.Equal(new DateOnly(2026, 2, 6), t.End);
    }

    [Fact]
    public void Weekday_inside_a_name_is_not_a_date()
    {
        Assert.Empty(Found("Crowds gathered at the Friday Mosque after the Good Friday Agreement was signed."));
    }

    [Fact]
    public void Written_out_dates_in_every_order()
    {
        Assert.Equal(
            [("Feb. 6", TimexType.Date, "2026-02-06"), ("6 February 2026", TimexType.Date, "2026-02-06"),
             ("February 6, 2026", TimexType.Date, "2026-02-06"), ("Feb. 6, 2026", TimexType.Date, "2026-02-06"),
             ("2026-02-06", TimexType.Date, "2026-02-06")],
            Found("CAIRO, Feb. 6 (Xinhua) -- Talks ended on 6 February 2026. They met on February 6, 2026. " +
                  "A photo of Feb. 6, 2026. Filed 2026-02-06."));
        var t = Assert.Single(Run("They met on February 6, 2026.", published: null).Timexes);
        Assert.Equal(DateCertainty.Explicit, t.Certainty);
    }

    [Fact]
    public void Weeks_months_and_years_relative_to_the_report()
    {
        Assert.Equal(
            [("earlier this week", TimexType.Date, "2026-W06"), ("last year", TimexType.Date, "2025"),
             ("next month", TimexType.Date, "2026-03")],
            Found("A senator said earlier this week that the strikes of last year changed nothing, and talks resume next month."));
        var week = Single("He said earlier this week that nothing had changed.");
        Assert.Equal(new DateOnly(2026, 2, 2), week.Start);
        Assert.Equal(new DateOnly(2026, 2, 8), week.End);
    }

    [Fact]
    public void Month_and_year_and_bare_year()
    {
        Assert.Equal(
            [("June 2025", TimexType.Date, "2025-06"), ("2025", TimexType.Date, "2025")],
            Found("The strikes in June 2025 were the first since the talks of 2025 began."));
        var june = Single("The strikes in June 2025 killed many.");
        Assert.Equal(new DateOnly(2025, 6, 1), june.Start);
        Assert.Equal(new DateOnly(2025, 6, 30), june.End);
    }

    [Fact]
    public void The_following_week_counts_from_the_last_date_mentioned()
    {
        Assert.Equal(
            [("February 6, 2026", TimexType.Date, "2026-02-06"), ("the following week", TimexType.Date, "2026-W07")],
            Found("On February 6, 2026, Trump said that talks would restart the following week."));
    }

    [Fact]
    public void Durations_vague_and_exact()
    {
        Assert.Equal(
            [("weeks-long", TimexType.Duration, "PXW"), ("several hours", TimexType.Duration, "PTXH"),
             ("two years", TimexType.Duration, "P2Y"), ("recent months", TimexType.Duration, "PXM")],
            Found("Amid a weeks-long standoff they talked for several hours, after two years of silence and in recent months of strain."));
    }

    [Fact]
    public void Clock_time_with_its_zone()
    {
        var t = Single("The meeting opened at 9:30 a.m. Tehran time.");
        Assert.Equal("9:30 a.m. Tehran time", "The meeting opened at 9:30 a.m. Tehran time."[t.Span.Start..t.Span.End]);
        Assert.Equal(TimexType.Time, t.Type);
        Assert.Equal("2026-02-07T09:30", t.Value);
        Assert.Equal(TimeSpan.FromHours(3.5), t.UtcOffset);
    }

    [Fact]
    public void Part_of_day_today_now()
    {
        Assert.Equal(
            [("Friday evening", TimexType.Time, "2026-02-06TEV"), ("Today", TimexType.Date, "2026-02-07"),
             ("now", TimexType.Date, "PRESENT_REF")],
            Found("The round concluded on Friday evening. Today, the sides are now apart."));
    }

    [Fact]
    public void Sets_decades_quarters_seasons()
    {
        Assert.Equal(
            [("daily", TimexType.Set, "P1D"), ("every week", TimexType.Set, "P1W"), ("the 1990s", TimexType.Date, "199"),
             ("the third quarter", TimexType.Date, "2026-Q3"), ("last summer", TimexType.Date, "2025-SU")],
            Found("Officials met daily and briefed reporters every week, as in the 1990s; the third quarter will differ from last summer."));
    }

    [Fact]
    public void Show_names_are_not_sets_and_US_zones_are_read()
    {
        var found = Run("He told Breitbart News Daily host the polls moved. The show airs at 9:00 a.m. Eastern.", Saturday).Timexes;
        var t = Assert.Single(found);
        Assert.Equal(("2026-02-07T09:00", TimeSpan.FromHours(-5)), (t.Value, t.UtcOffset));
    }

    [Fact]
    public void Rates_are_sets()
    {
        Assert.Equal([("60 hours", TimexType.Duration, "PT60H"), ("a week", TimexType.Set, "P1W"), ("a year", TimexType.Set, "P1Y")],
            Found("Workers put in 60 hours a week and earn $30,000 a year."));
    }

    [Fact]
    public void Spoken_decades()
    {
        Assert.Equal([("the nineties", TimexType.Date, "199")], Found("Membership fell through the nineties, when she was in her forties."));
    }

    [Fact]
    public void Plural_weekdays_are_sets()
    {
        Assert.Equal([("Fridays", TimexType.Set, "XXXX-WXX-5"), ("Tuesday nights", TimexType.Set, "XXXX-WXX-2TNI")],
            Found("The market closes early on Fridays, and flights leave on Tuesday nights."));
        Assert.Equal([("each July", TimexType.Set, "XXXX-07"), ("every summer", TimexType.Set, "XXXX-SU")],
            Found("The festival returns each July and the troops rotate every summer."));
    }

    [Fact]
    public void Modal_may_and_verb_march_are_not_months()
    {
        Assert.Empty(Found("Protesters may march on the capital, and they march again."));
        Assert.Equal([("May", TimexType.Date, "2025-05")], Found("The ceasefire collapsed in May."));
    }

    [Fact]
    public void Without_a_publication_date_the_first_full_date_anchors_with_lower_certainty()
    {
        var doc = Run("Talks were held on Feb. 6, 2026. Officials met again on Wednesday.", published: null);
        Assert.Equal(2, doc.Timexes.Count);
        Assert.Equal("2026-02-04", doc.Timexes[1].Value);
        Assert.Equal(DateCertainty.Inferred, doc.Timexes[1].Certainty);
        Assert.Equal(DateCertainty.Explicit, doc.Timexes[0].Certainty);
    }

    [Fact]
    public void Without_any_date_relative_values_stay_underspecified()
    {
        var t = Assert.Single(Run("Talks were held on Friday.", published: null).Timexes);
        Assert.Equal("XXXX-WXX-5", t.Value);
        Assert.Null(t.Start);
    }

    [Fact]
    public void Stage_runs_in_the_default_pipeline()
    {
        var doc = DefaultPipeline.Create().Run(new Article { Id = "x", Source = "t", Text = "They met yesterday.", Published = Saturday });
        Assert.True(doc.Filled.HasFlag(Layers.Timexes));
        Assert.Equal("2026-02-06", Assert.Single(doc.Timexes).Value);
    }

    [Fact]
    public void Weekday_with_day_and_month_fixes_the_year_of_an_undated_report()
    {
        var text = "Talks ended in Muscat on Friday, February 6. The strikes of 2025 weighed on them. They met again on Wednesday.";
        var doc = Run(text, published: null);
        Assert.Equal(["2026-02-06", "2025", "2026-02-04"], doc.Timexes.Select(t => t.Value));
        Assert.All(doc.Timexes.Where(t => t.Value != "2025"), t => Assert.Equal(DateCertainty.Inferred, t.Certainty));
    }

    [Fact]
    public void Ago_and_later_shift_from_the_report_and_from_the_last_date()
    {
        Assert.Equal(
            [("two weeks ago", TimexType.Date, "2026-W04"), ("a year ago", TimexType.Date, "2025"),
             ("March 3", TimexType.Date, "2026-03-03"), ("the next day", TimexType.Date, "2026-03-04")],
            Found("The envoy left two weeks ago, a year ago he was in Oman; he will return on March 3 and fly home the next day."));
    }

    [Fact]
    public void Clock_time_with_its_day_and_spoken_years()
    {
        Assert.Equal(
            [("10 p.m. Wednesday", TimexType.Time, "2026-02-04T22:00"), ("nineteen ninety-six", TimexType.Date, "1996")],
            Found("The bomb exploded at 10 p.m. Wednesday, police said, as it did in nineteen ninety-six."));
    }

    [Fact]
    public void Quarters_and_halves()
    {
        var published = new DateTimeOffset(2025, 10, 28, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(
            [("third-quarter", TimexType.Date, "2025-Q3"), ("the year-ago quarter", TimexType.Date, "2024-Q3"),
             ("the first half of 2026", TimexType.Date, "2026-H1")],
            Found("Its third-quarter profit doubled from the year-ago quarter and will grow in the first half of 2026.", published));
    }

    [Fact]
    public void Last_with_a_day_and_month_lies_before_the_report()
    {
        Assert.Equal([("last Oct. 23", TimexType.Date, "2025-10-23")], Found("He has been missing since last Oct. 23."));
    }

    [Fact]
    public void Ages_and_titles_are_not_durations()
    {
        Assert.Empty(Found("Mr. Reupke, 52 years old, spoke on 60 Minutes about the 47-year-old envoy."));
        Assert.Equal([("two thousand years", TimexType.Duration, "P2000Y")], Found("The glass makers kept their secret for two thousand years."));
        Assert.Equal([("2 1/2 years", TimexType.Duration, "P2Y6M"), ("5 1/2 hours", TimexType.Duration, "PT5H30M")],
            Found("He served 2 1/2 years and testified for 5 1/2 hours."));
        Assert.Equal([("a year and a half", TimexType.Duration, "P1Y6M")], Found("The talks stalled for a year and a half."));
    }

    [Fact]
    public void Tense_comes_from_the_clause_of_the_expression()
    {
        var august = new DateTimeOffset(2012, 8, 21, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal([("November", TimexType.Date, "2012-11")],
            Found("He said he would campaign hard in November, but admitted the race was close.", august));
        var wednesday = new DateTimeOffset(2019, 1, 2, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal([("Thursday", TimexType.Date, "2019-01-03")],
            Found("The leader is set to be chosen as speaker on Thursday.", wednesday));
        Assert.Equal([("Thursday", TimexType.Date, "2019-01-03")],
            Found("She plans on Thursday to table two motions.", wednesday));
    }

    [Fact]
    public void The_reports_own_weekday_is_today_even_looking_ahead()
    {
        var wednesday = new DateTimeOffset(2016, 9, 28, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal([("Wednesday", TimexType.Date, "2016-09-28")],
            Found("The vote is expected to start in the chamber on Wednesday.", wednesday));
        Assert.Equal([("next Wednesday", TimexType.Date, "2016-10-05")],
            Found("The vote will be held next Wednesday.", wednesday));
    }

    [Fact]
    public void A_day_and_month_followed_by_a_number_is_not_a_date()
    {
        Assert.Equal([("Sept. 11", TimexType.Date, "2016-09-11")],
            Found("Nine of the 19 Sept. 11 memorials stand in the city.", new DateTimeOffset(2016, 9, 28, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Programme_titles_are_not_dates()
    {
        var sunday = new DateTimeOffset(2010, 7, 4, 0, 0, 0, TimeSpan.Zero);
        var text = "Speaking on \"Fox News Sunday,\" the senator said on ABC's \"This Week\" that the race was close, and repeated it Sunday.";
        var found = Found(text, sunday);
        Assert.Equal([("Sunday", TimexType.Date, "2010-07-04")], found);
        Assert.Equal(text.LastIndexOf("Sunday", StringComparison.Ordinal), Single(text, sunday).Span.Start);
    }

    [Fact]
    public void The_summer_in_a_past_sentence_of_a_summer_report_is_this_summer()
    {
        Assert.Equal([("the summer", TimexType.Date, "2010-SU")],
            Found("The matter reached their desks during the summer recess.", new DateTimeOffset(2010, 8, 14, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_reporting_verb_does_not_push_a_month_into_the_past()
    {
        Assert.Equal([("November", TimexType.Date, "2010-11")],
            Found("The chairman must turn to the November election, a senator said.", new DateTimeOffset(2010, 7, 4, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void The_day_and_its_parts_refer_to_the_day_in_question()
    {
        Assert.Equal(
            [("Feb. 6", TimexType.Date, "2026-02-06"), ("the morning", TimexType.Time, "2026-02-06TMO"),
             ("the day", TimexType.Date, "2026-02-06"), ("the near term", TimexType.Date, "FUTURE_REF")],
            Found("On Feb. 6 the envoys met in the morning and parted later in the day, hopeful for the near term."));
    }

    [Fact]
    public void Day_pairs_and_election_day()
    {
        var october = new DateTimeOffset(1998, 10, 26, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(
            [("April 24", TimexType.Date, "1999-04-24"), ("25", TimexType.Date, "1999-04-25"), ("Election Day", TimexType.Date, "1998-11-03")],
            Found("The summit will be held on April 24 and 25, and the campaign runs until Election Day.", october));
    }
}
