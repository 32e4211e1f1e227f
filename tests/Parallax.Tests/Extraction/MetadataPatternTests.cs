using Parallax.Extraction;

namespace Parallax.Tests.Extraction;

public class MetadataPatternTests
{
    [Theory]
    [InlineData("2031-02-07 05:04:16", 2031, 2, 7, 5, 4, 16, 0, false)]
    [InlineData("2031-02-07T05:04:16Z", 2031, 2, 7, 5, 4, 16, 0, true)]
    [InlineData("8 February 2031 14:24 (UTC+04:00)", 2031, 2, 8, 14, 24, 0, 240, true)]
    [InlineData("7 February 2031 - 14:56", 2031, 2, 7, 14, 56, 0, 0, false)]
    [InlineData("Sunday February 8 2031", 2031, 2, 8, 0, 0, 0, 0, false)]
    [InlineData("Feb. 8, 2031 at 3:05 p.m. EST", 2031, 2, 8, 15, 5, 0, -300, true)]
    [InlineData("Published 08.02.2031", 2031, 2, 8, 0, 0, 0, 0, false)]
    [InlineData("Veröffentlicht am 13. Januar 2031, 14:05 Uhr", 2031, 1, 13, 14, 5, 0, 0, false)]
    [InlineData("le 1er juillet 2031", 2031, 7, 1, 0, 0, 0, 0, false)]
    [InlineData("13 de enero de 2031", 2031, 1, 13, 0, 0, 0, 0, false)]
    [InlineData("5 giugno 2031", 2031, 6, 5, 0, 0, 0, 0, false)]
    public void Dates_are_read_with_time_and_offset(string text, int y, int mo, int d, int h, int mi, int s, int offsetMinutes, bool hasOffset)
    {
        var found = DateText.FindFirst(text);
        Assert.NotNull(found);
        Assert.Equal(new DateTimeOffset(y, mo, d, h, mi, s, TimeSpan.FromMinutes(offsetMinutes)), found.Value.Value);
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), found.Value.Value.Offset);
        Assert.Equal(hasOffset, found.Value.HasOffset);
    }

    [Theory]
    [InlineData("1 Hour ago")]
    [InlineData("31 February 2031")]
    [InlineData("in 2031 the plan")]
    public void Non_dates_are_not_dates(string text) => Assert.Null(DateText.FindFirst(text));

    [Theory]
    [InlineData("By Jane Doe and John Roe", "Jane Doe|John Roe")]
    [InlineData("By AzerNEWS Staff", "")]
    [InlineData("By Staff", "")]
    [InlineData("By JANE DOE", "Jane Doe")]
    [InlineData("Written by Omar al-Farsi, 5 Minute Read", "Omar al-Farsi")]
    public void Bylines_never_make_people_of_furniture_words(string line, string expected)
    {
        var parsed = Bylines.Parse(line);
        Assert.NotNull(parsed);
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), parsed.Authors);
    }

    [Fact]
    public void Staff_byline_names_its_outlet()
    {
        Assert.Equal("AzerNews", Bylines.Parse("By AzerNEWS Staff")!.Outlet);
        Assert.Equal("Web Desk", Bylines.Parse("WEB DESK")!.Text);
        Assert.Null(Bylines.Parse("The minister said on Friday"));
    }

    [Theory]
    [InlineData("Comments (0)")]
    [InlineData("Send")]
    [InlineData("Loading...")]
    [InlineData("Sign InLoading comments...")]
    [InlineData("Latest See more")]
    [InlineData("3 + 11 =")]
    [InlineData("News ID 200593")]
    [InlineData("0 Persons")]
    [InlineData("(Video reporters: A. B, C. D; video editors: E. F)")]
    [InlineData("Reporting by Ann Lee; Editing by Bo Chen")]
    [InlineData("Minister Ann Lee (R) meets with envoy Bo Chen in Oslo, June 3, 2031. (Northwind)")]
    [InlineData("You can also follow us on Twitter @SomePaper")]
    [InlineData("Choose to support our newsroom and subscribe on a yearly basis.")]
    public void Furniture_lines_are_boilerplate(string line) => Assert.True(Boilerplate.IsBoilerplateLine(line), line);

    [Theory]
    [InlineData("The minister said the company had two million subscribers last year.")]
    [InlineData("\"A GOOD START\"")]
    [InlineData("CAIRO, Feb. 6 (Northwind) -- Delegations met on Friday in the capital for a first round of talks.")]
    [InlineData("Key Issues on the Table")]
    [InlineData("The agenda of the session was posted by the council's account @CityCouncil on Tuesday, including the budget vote.")]
    public void Article_lines_are_not_boilerplate(string line) => Assert.False(Boilerplate.IsBoilerplateLine(line), line);

    [Theory]
    [InlineData("CAIRO, Feb. 6 (Xinhua) -- Talks began.", "CAIRO, Feb. 6 (Xinhua) --")]
    [InlineData("WASHINGTON (Reuters) - The senate voted.", "WASHINGTON (Reuters) -")]
    [InlineData("NEW YORK — Stocks rose.", "NEW YORK —")]
    public void Datelines_are_recognised(string paragraph, string dateline) => Assert.Equal(dateline, PageText.DatelineOf(paragraph));

    [Theory]
    [InlineData("CAIRO, Feb. 6 (Xinhua) --", "CAIRO")]
    [InlineData("WASHINGTON (Reuters) -", "WASHINGTON")]
    [InlineData("NEW YORK —", "NEW YORK")]
    [InlineData("MANCHESTER, N.H. (AP) —", "MANCHESTER")]
    public void A_dateline_names_its_place(string dateline, string place) => Assert.Equal(place, PageText.DatelinePlace(dateline));

    [Theory]
    [InlineData("The talks began - slowly - on Friday.")]
    [InlineData("BREAKING: Talks began.")]
    public void Ordinary_openings_are_not_datelines(string paragraph) => Assert.Null(PageText.DatelineOf(paragraph));

    [Fact]
    public void Based_on_lines()
    {
        Assert.Equal("https://example.org/a.html", PageText.BasedOn("Source reference: https://example.org/a.html"));
        Assert.Equal("Harbour Times", PageText.BasedOn("This article originally appeared in Harbour Times."));
        Assert.Null(PageText.BasedOn("Based on the findings, the court ruled against the company on Monday."));
    }

    [Theory]
    [InlineData("The government said on Monday that it would present the budget to parliament next week.", "en")]
    [InlineData("Die Regierung hat am Montag angekündigt, dass sie den Haushalt in der nächsten Woche dem Parlament vorlegen wird.", "de")]
    [InlineData("Le gouvernement a annoncé lundi qu'il présenterait le budget au parlement la semaine prochaine.", "fr")]
    [InlineData("El gobierno anunció el lunes que presentará el presupuesto al parlamento la próxima semana.", "es")]
    public void Language_is_guessed_from_function_words(string text, string code) => Assert.Equal(code, LanguageGuesser.Guess(text));
}
