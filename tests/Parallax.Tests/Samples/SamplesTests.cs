using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Tests.Samples;

/// <summary>
/// Keeps samples/ and samples/README.md honest: every planted fact the README lists (aliases, conflicts,
/// shared quotes, the rewrite, dates) is checked against the raw files, so other tests can rely on it.
/// </summary>
public partial class SamplesTests
{
    private static readonly string Dir = Path.Combine(Repo.Root, "samples");

    private static readonly string[] ReportFiles =
        ["report-01.txt", "report-02.txt", "report-03.txt", "report-04.txt", "report-05.html", "report-06.txt"];

    internal sealed record JsonReport(string Text, string Title, string Url, DateTimeOffset Published, string Outlet);

    internal static IReadOnlyList<JsonReport> JsonReports()
    {
        var list = new List<JsonReport>();
        foreach (var line in File.ReadAllLines(Path.Combine(Dir, "reports-07.jsonl")).Where(l => l.Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var o = json.RootElement;
            list.Add(new JsonReport(
                o.GetProperty("text").GetString()!,
                o.GetProperty("title").GetString()!,
                o.GetProperty("url").GetString()!,
                DateTimeOffset.Parse(o.GetProperty("published").GetString()!, CultureInfo.InvariantCulture),
                o.GetProperty("outlet").GetString()!));
        }
        return list;
    }

    /// <summary>The report's text with straight quotes for curly ones: "01".."06", "07" (Calder), "07e" (Eastmarch).</summary>
    private static string Report(string key)
    {
        string raw = key switch
        {
            "07" => JsonReports()[0].Text,
            "07e" => JsonReports()[1].Text,
            _ => File.ReadAllText(Path.Combine(Dir, ReportFiles[int.Parse(key, CultureInfo.InvariantCulture) - 1])),
        };
        return raw.Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u2019', '\'').Replace('\u2018', '\'');
    }

    private static readonly string[] DockReports = ["01", "02", "03", "04", "05", "06", "07"];

    private static string[] ReportsContaining(string phrase) =>
        [.. DockReports.Append("07e").Where(k => Report(k).Contains(phrase, StringComparison.Ordinal))];

    [Fact]
    public void Seven_files_hold_eight_articles()
    {
        Assert.All(ReportFiles, f => Assert.True(File.Exists(Path.Combine(Dir, f)), f));
        var json = JsonReports();
        Assert.Equal(["Calder Broadcasting", "Eastmarch Gazette"], json.Select(r => r.Outlet));
        Assert.Equal(new DateTimeOffset(2031, 4, 11, 21, 5, 0, TimeSpan.FromHours(2)), json[0].Published);
        Assert.Equal(new DateTimeOffset(2031, 4, 10, 7, 30, 0, TimeSpan.FromHours(1)), json[1].Published);
    }

    [Theory]
    [InlineData("His Excellency Dr. Anatol Semyonovich Varenko", new[] { "01" })]
    [InlineData("Anatol Varenko", new[] { "03", "05", "06", "07" })]
    [InlineData("Dr. Varenko", new[] { "03" })]
    [InlineData("Anatoly Warenko", new[] { "02" })]
    [InlineData("mediator Varanco", new[] { "04" })]
    [InlineData("Maren Holtby", new[] { "01", "02", "03", "04", "05", "07" })]
    [InlineData("Corvin Aldwyck", new[] { "01", "02", "04", "05", "06", "07" })]
    [InlineData("Transport Minister Petra Solvang", new[] { "02", "04", "05", "06", "07" })]
    [InlineData("Portvale Police Commissioner Ilse Marchetti", new[] { "01", "02" })]
    [InlineData("Police Commissioner Ilse Marchetti", new[] { "01", "02", "05", "06" })]
    [InlineData("Police Commissioner Tobias Renn", new[] { "04" })]
    [InlineData("third round", new[] { "01", "05", "06" })]
    [InlineData("first round", new[] { "03", "04" })]
    [InlineData("next Tuesday", new[] { "05", "06", "07" })]
    [InlineData("decided later", new[] { "01", "04" })]
    [InlineData("12 people were injured", new[] { "01", "02", "05", "06" })]
    [InlineData("19 people were injured", new[] { "04" })]
    [InlineData("more than 1,000", new[] { "01" })]
    [InlineData("about 1,000", new[] { "05", "06" })]
    [InlineData("in March 2030", new[] { "03" })]
    [InlineData("in 2030", new[] { "05" })]
    public void Planted_phrases_are_in_exactly_the_listed_reports(string phrase, string[] reports) =>
        Assert.Equal(reports, ReportsContaining(phrase));

    [Theory]
    [InlineData("It was a first step in the right direction, but only a first step,", new[] { "01", "07" })]
    [InlineData("a first step in the right direction, but only a first step.", new[] { "04" })]
    [InlineData("\"a first step in the right direction\"", new[] { "02" })]
    [InlineData("\"We have opened a door, and both sides must now decide whether to walk through it,\"", new[] { "01", "05", "06" })]
    [InlineData("\"We have opened a door. Both sides must now decide whether to walk through it,\"", new[] { "03" })]
    [InlineData("\"frank\"", new[] { "01", "02", "03" })]
    public void Shared_quotes_are_carried_by_the_listed_outlets(string quote, string[] reports) =>
        Assert.Equal(reports, ReportsContaining(quote));

    [Fact]
    public void Report_06_names_report_05_as_its_source()
    {
        var courier = Report("05");
        var url = OgUrl().Match(courier).Groups[1].Value;
        Assert.Equal("https://www.portvalecourier.example/news/2031/04/11/dock-talks-resume-tuesday", url);
        Assert.Contains("Source reference: " + url + "\n", Report("06"), StringComparison.Ordinal);
        Assert.DoesNotContain("Source reference", courier, StringComparison.Ordinal);
    }

    [Fact]
    public void The_unrelated_report_shares_no_people_or_places_with_the_dock_story()
    {
        var other = Report("07e");
        string[] dockNames = ["Portvale", "Varenko", "Holtby", "Aldwyck", "Solvang", "Marchetti", "Renn", "Lestria", "Veltria", "Customs House"];
        Assert.All(dockNames, n => Assert.DoesNotContain(n, other, StringComparison.Ordinal));
        Assert.All(DockReports, k => Assert.DoesNotContain("Tarnwick", Report(k), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2031-04-12", DayOfWeek.Saturday)]
    [InlineData("2031-04-11", DayOfWeek.Friday)]
    [InlineData("2031-04-10", DayOfWeek.Thursday)]
    [InlineData("2031-04-09", DayOfWeek.Wednesday)]
    [InlineData("2031-04-15", DayOfWeek.Tuesday)]
    [InlineData("2031-04-14", DayOfWeek.Monday)]
    public void README_weekdays_match_the_calendar(string date, DayOfWeek day) =>
        Assert.Equal(day, DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayOfWeek);

    [Theory]
    [InlineData("01", "2031-04-12 08:15:00")]
    [InlineData("03", "12 April 2031 14:24 (UTC+02:00)")]
    [InlineData("04", "12 April 2031 - 09:30")]
    [InlineData("05", "\"datePublished\": \"2031-04-11T19:40:00+02:00\"")]
    public void Publication_dates_are_printed_in_their_planted_styles(string report, string line) =>
        Assert.Contains(line, Report(report), StringComparison.Ordinal);

    [Fact]
    public void Main_reports_are_between_250_and_700_words()
    {
        foreach (var key in DockReports)
        {
            var text = key == "05" ? StoryBody().Match(Report(key)).Groups[1].Value : Report(key);
            int words = Regex.Split(Tags().Replace(text, " "), @"\s+").Count(w => w.Length > 0);
            Assert.InRange(words, 250, 700);
        }
    }

    [Theory]
    [InlineData("01", "The talks were chaired by His Excellency Dr. Anatol Semyonovich Varenko, a former justice minister of neighbouring Lestria, who has shuttled between the two delegations since the strike began.")]
    [InlineData("04", "The talks began at 9:00 a.m. at the Customs House and were conducted indirectly, with the two delegations in separate rooms.")]
    [InlineData("03", "Dr. Varenko spent most of the day carrying papers between two rooms of the old Customs House, and he emerged in the evening sounding cautiously pleased.")]
    public void Sample_sentences_split_whole_under_the_tokenizer_conventions(string report, string sentence)
    {
        var text = Report(report);
        var doc = new Doc(new Article { Id = Article.ComputeId(text), Source = report, Text = text });
        doc.Tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, doc.Tokens).Select(s => doc.Slice(s.Span));
        Assert.Contains(sentence, sentences);
    }

    [GeneratedRegex("<meta property=\"og:url\" content=\"([^\"]+)\"")]
    private static partial Regex OgUrl();

    [GeneratedRegex("<div class=\"story-body\">(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex StoryBody();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
