using Parallax.Model;
using Parallax.Pipeline;
using Parallax.Text;
using Parallax.Text.Tagging;
using Parallax.Time;

namespace Parallax.Tests.Time;

/// <summary>Normalisation rules added on top of the basic ones, each with invented sentences.</summary>
public class TimexNormalisationTests
{
    // Saturday 7 February 2026.
    private static readonly DateTimeOffset Saturday = new(2026, 2, 7, 9, 0, 0, TimeSpan.Zero);

    private static readonly DocPipeline WithTags =
        new PipelineBuilder().Add(new Tokenizer()).Add(new SentenceSplitter()).Add(new PartOfSpeechTagger()).Add(new TimexStage()).Build();

    private static (string Text, TimexType Type, string Value)[] Found(string text, DateTimeOffset? published = null, bool tags = false)
    {
        var article = new Article { Id = Article.ComputeId(text), Source = "test", Text = text, Published = published ?? Saturday };
        var doc = tags ? WithTags.Run(article) : TimexStageTests.Run(text, published ?? Saturday);
        return [.. doc.Timexes.Select(t => (text[t.Span.Start..t.Span.End], t.Type, t.Value))];
    }

    [Fact]
    public void Part_of_speech_tags_find_irregular_past_verbs()
    {
        // "swept" is in no word list; the tagger reads it as a past verb, so Tuesday is the one before the report.
        const string text = "The storm swept through the harbour town on Tuesday.";
        Assert.Equal([("Tuesday", TimexType.Date, "2026-02-03")], Found(text, tags: true));
        // Without tags the sentence has no tense marker and the nearer Tuesday (the coming one) is taken.
        Assert.Equal([("Tuesday", TimexType.Date, "2026-02-10")], Found(text));
    }

    [Fact]
    public void A_reporting_verb_between_commas_and_a_with_participle_do_not_make_a_future_weekday_past()
    {
        // "will run ..., the operator said, with ... restored from Monday": the saying is past, the timetable ahead.
        Assert.Equal([("Monday", TimexType.Date, "2026-02-09")],
            Found("Ferries will run at peak times, the operator said, with the full timetable restored from Monday.", tags: true));
        // Without the parenthesis, "said" is the nearest marker and dates it.
        Assert.Equal([("Monday", TimexType.Date, "2026-02-02")],
            Found("The operator said the full timetable was restored from Monday.", tags: true));
    }

    [Fact]
    public void Part_of_speech_tags_keep_a_present_perfect_deadline_ahead()
    {
        // "has given ... until Tuesday": an irregular participle after "has" is no past marker.
        Assert.Equal([("Tuesday", TimexType.Date, "2026-02-10")],
            Found("The council has given the tenants until Tuesday to leave.", tags: true));
    }

    [Fact]
    public void Possessive_weekday_without_tense_is_a_day_that_has_come()
    {
        Assert.Equal([("Tuesday", TimexType.Date, "2026-02-03")], Found("Tuesday's ruling is final."));
        Assert.Equal([("Tuesday", TimexType.Date, "2026-02-03")], Found("Shares closed above Tuesday's closing price.", tags: true));
        // A future sentence still looks ahead.
        Assert.Equal([("Tuesday", TimexType.Date, "2026-02-10")], Found("Lawmakers will debate before Tuesday's vote."));
    }

    [Fact]
    public void Plans_and_past_plans_point_their_own_way()
    {
        Assert.Equal([("Tuesday", TimexType.Date, "2026-02-10")], Found("The shares are to resume trading in Lisbon Tuesday."));
        Assert.Equal([("Tuesday", TimexType.Date, "2026-02-03")], Found("The offer had been due to expire Tuesday."));
        Assert.Equal([("Tuesday", TimexType.Date, "2026-02-03")], Found("The offer had been due to expire Tuesday.", tags: true));
    }

    [Fact]
    public void Quarter_without_year_that_has_not_begun_is_last_years_unless_the_sentence_looks_ahead()
    {
        var january = new DateTimeOffset(2026, 1, 20, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal([("the fourth quarter", TimexType.Date, "2025-Q4")], Found("Profit fell 5% in the fourth quarter.", january));
        Assert.Equal([("the fourth quarter", TimexType.Date, "2026-Q4")], Found("The plant will open in the fourth quarter.", january));
        // A quarter that has begun stays in the report's year.
        var november = new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal([("the fourth quarter", TimexType.Date, "2026-Q4")], Found("Sales slowed in the fourth quarter.", november));
    }

    [Fact]
    public void Easter_week_is_the_week_that_ends_on_easter_sunday()
    {
        // Easter 2026 is 5 April; Monday 30 March opens its week.
        var monday = new DateTimeOffset(2026, 3, 30, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal([("Easter week", TimexType.Date, "2026-W14")], Found("Pilgrims crowded the old town as Easter week began.", monday));
        Assert.Equal([("Holy Week", TimexType.Date, "2026-W14")], Found("Processions fill the streets during Holy Week.", monday));
    }

    [Theory]
    [InlineData("The strike lasted about two years.", "about two years", TimexMod.Approx)]
    [InlineData("The talks ran for more than a week.", "more than a week", TimexMod.MoreThan)]
    [InlineData("The site will stay shut for at least 20 more years.", "at least 20 more years", TimexMod.EqualOrMore)]
    [InlineData("The dispute has gone on for nearly two years.", "nearly two years", TimexMod.EqualOrLess)]
    [InlineData("The mill closed almost five months ago.", "almost five months ago", TimexMod.LessThan)]
    [InlineData("A decision is due early next week.", "early next week", TimexMod.Start)]
    [InlineData("The bridge opened in late 1990.", "late 1990", TimexMod.End)]
    [InlineData("The port was rebuilt in the mid-1970s.", "the mid-1970s", TimexMod.Mid)]
    [InlineData("Prices rose earlier this month.", "earlier this month", TimexMod.Start)]
    [InlineData("The ferry service ends at the end of 2027.", "the end of 2027", TimexMod.End)]
    [InlineData("The fund lost money over the next two years or so.", "the next two years or so", TimexMod.Approx)]
    [InlineData("The ferry docked around 7:15 p.m. in heavy fog.", "around 7:15 p.m.", TimexMod.Approx)]
    [InlineData("Ballots are counted around Nov. 1 each cycle.", "around Nov. 1", TimexMod.Approx)]
    public void Mod_comes_from_the_words_of_the_expression(string sentence, string expression, TimexMod mod)
    {
        var article = new Article { Id = Article.ComputeId(sentence), Source = "test", Text = sentence, Published = Saturday };
        var timex = Assert.Single(WithTags.Run(article).Timexes);
        Assert.Equal(expression, sentence[timex.Span.Start..timex.Span.End]);
        Assert.Equal(mod, timex.Mod);
    }

    [Fact]
    public void Plain_expressions_have_no_mod()
    {
        var doc = TimexStageTests.Run("The envoys met on Friday and will meet again next month for two days.", Saturday);
        Assert.Equal(3, doc.Timexes.Count);
        Assert.All(doc.Timexes, t => Assert.Null(t.Mod));
    }

    [Fact]
    public void Mods_are_written_as_TimeML_spells_them()
    {
        Assert.Equal("EQUAL_OR_MORE", TimexMods.ToTimeMl(TimexMod.EqualOrMore));
        Assert.Equal("ON_OR_AFTER", TimexMods.ToTimeMl(TimexMod.OnOrAfter));
        Assert.Equal("APPROX", TimexMods.ToTimeMl(TimexMod.Approx));
    }

    [Fact]
    public void Could_is_no_future_marker()
    {
        // Thursday 5 February 2026: "could not be reached Wednesday" is the day before, not next week's.
        var thursday = new DateTimeOffset(2026, 2, 5, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal([("Wednesday", TimexType.Date, "2026-02-04")], Found("The owners could not be reached Wednesday.", thursday));
        Assert.Equal([("Wednesday", TimexType.Date, "2026-02-11")], Found("The owners will be reached Wednesday.", thursday));
    }

    [Fact]
    public void Unit_long_is_one_unit()
    {
        Assert.Equal([("day-long", TimexType.Duration, "P1D")], Found("Their second day-long meeting ended without a deal."));
        Assert.Equal([("year-long", TimexType.Duration, "P1Y")], Found("Her year-long campaign ended in defeat."));
    }

    [Fact]
    public void Midnight_of_a_named_day_ends_that_day()
    {
        Assert.Equal([("midnight Friday", TimexType.Time, "2026-02-13T24:00")], Found("The offer will expire at midnight Friday."));
    }

    [Fact]
    public void A_month_after_a_sentence_opening_preposition_is_a_date_and_anchors_the_following_month()
    {
        Assert.Equal(
            [("May", TimexType.Date, "2025-05"), ("The following month", TimexType.Date, "2025-06")],
            Found("In May, the mill received a new offer. The following month, the mill was sold.", tags: true));
        // "May" as a name at the start of a sentence is still no date.
        Assert.Empty(Found("May Harlow opened the mill.", tags: true));
    }

    [Fact]
    public void That_quarter_is_the_last_quarter_named()
    {
        Assert.Equal(
            [("the third quarter", TimexType.Date, "2025-Q3"), ("that quarter", TimexType.Date, "2025-Q3")],
            Found("The mill lost money in the third quarter. Results for that quarter included a charge.", tags: true));
    }

    [Theory]
    [InlineData("For the quarter a year ago, the mill earned a profit.", "the quarter a year ago")]
    [InlineData("The mill earned a profit in the corresponding period last year.", "the corresponding period last year")]
    [InlineData("Exports for last year's quarter were small.", "last year's quarter")]
    public void The_same_quarter_last_year_is_a_year_before_the_quarter_reported(string second, string expression)
    {
        var found = Found("Sales fell in the fourth quarter. " + second, tags: true);
        Assert.Equal([("the fourth quarter", TimexType.Date, "2025-Q4"), (expression, TimexType.Date, "2024-Q4")], found);
    }

    [Fact]
    public void Mid_afternoon_is_a_part_of_the_day_named_or_of_the_report_day()
    {
        Assert.Equal([("mid-afternoon yesterday", TimexType.Time, "2026-02-06TAF")], Found("By mid-afternoon yesterday, the shares were up.", tags: true));
        Assert.Equal([("mid afternoon", TimexType.Time, "2026-02-07TAF")], Found("By mid afternoon, the shelling had stopped.", tags: true));
    }

    [Fact]
    public void One_day_after_a_modal_is_a_day_to_come_and_otherwise_a_duration()
    {
        Assert.Equal([("one day", TimexType.Date, "FUTURE_REF")], Found("The ferry could one day carry cars.", tags: true));
        Assert.Equal([("one day", TimexType.Duration, "P1D")], Found("The strike lasted one day.", tags: true));
    }

    [Fact]
    public void A_quarter_ended_on_a_date_after_a_fiscal_quarter_is_that_fiscal_quarter()
    {
        Assert.Equal(
            [("fiscal second quarter", TimexType.Date, "2025-Q2"), ("the quarter", TimexType.Date, "2025-Q2"), ("Dec. 31", TimexType.Date, "2025-12-31"), ("the quarter", TimexType.Date, "2025-Q2")],
            Found("The grocer reported a loss for its fiscal second quarter. Sales for the quarter ended Dec. 31 fell, and in the quarter the grocer shut two stores.", tags: true));
        // Without a fiscal quarter named, the quarter that ends on that date is the calendar's.
        Assert.Equal(
            [("the quarter", TimexType.Date, "2025-Q4"), ("Dec. 31", TimexType.Date, "2025-12-31")],
            Found("Sales for the quarter ended Dec. 31 fell.", tags: true));
    }

    [Fact]
    public void The_latest_period_is_the_quarter_just_named_when_it_has_begun()
    {
        var november = new DateTimeOffset(2026, 11, 5, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal(
            [("fourth-quarter", TimexType.Date, "2026-Q4"), ("the latest period", TimexType.Date, "2026-Q4")],
            Found("Harlow Mills posted higher fourth-quarter earnings. Sales in the latest period rose 4%.", november, tags: true));
        Assert.Equal([("the latest period", TimexType.Date, "2026-Q3")], Found("Sales in the latest period rose 4%.", november, tags: true));
    }

    [Fact]
    public void A_quarter_ended_off_the_calendar_is_the_calendar_quarter_most_of_it_falls_in()
    {
        // May to July: mostly the second quarter.
        Assert.Equal(
            [("the quarter", TimexType.Date, "2025-Q2"), ("July 31", TimexType.Date, "2025-07-31")],
            Found("In the quarter ended July 31, the printer lost money.", tags: true));
    }

    [Fact]
    public void A_day_after_ended_is_on_or_before_the_report()
    {
        // 31 March 2026 is nearer the report, but a year that has "ended" on it cannot lie ahead.
        Assert.Equal(
            [("the fiscal year", TimexType.Duration, "P1Y"), ("March 31", TimexType.Date, "2025-03-31")],
            Found("In the fiscal year ended March 31, the grocer reported sales of $40 million.", tags: true));
        Assert.Equal([("March 31", TimexType.Date, "2026-03-31")], Found("The offer ends March 31.", tags: true));
    }

    [Fact]
    public void A_year_earlier_after_the_nine_months_is_last_year_not_last_years_quarter()
    {
        var november = new DateTimeOffset(2026, 11, 5, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal(
            [
                ("the third quarter", TimexType.Date, "2026-Q3"), ("a year earlier", TimexType.Date, "2025-Q3"),
                ("the nine months", TimexType.Duration, "P9M"), ("a year earlier", TimexType.Date, "2025"),
            ],
            Found("Harlow Mills earned $5 million in the third quarter, up from $4 million a year earlier. " +
                  "For the nine months, it earned $12 million, up from $10 million a year earlier.", november, tags: true));
    }

    [Fact]
    public void A_while_is_a_stretch_of_unstated_length_and_a_while_ago_is_past()
    {
        Assert.Equal([("a while", TimexType.Duration, "PXX")], Found("The ferry will stay in the dock for a while.", tags: true));
        Assert.Equal([("a while ago", TimexType.Date, "PAST_REF")], Found("The ferry left the dock a while ago.", tags: true));
        Assert.Empty(Found("The ferry waited while the crew slept.", tags: true));
    }
}
