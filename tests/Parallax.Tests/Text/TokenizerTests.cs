using Parallax.Text;

namespace Parallax.Tests.Text;

public class TokenizerTests
{
    private static string[] Words(string text) =>
        [.. Tokenizer.Tokenize(text).Select(t => text[t.Span.Start..t.Span.End])];

    [Fact]
    public void Abbreviations_keep_their_period()
    {
        Assert.Equal(["The", "U.S.", "delegation", "met", "Adm.", "Cooper", "on", "Feb.", "6", "."],
            Words("The U.S. delegation met Adm. Cooper on Feb. 6."));
    }

    [Fact]
    public void Possessives_and_negations_split_like_the_penn_treebank()
    {
        Assert.Equal(["Iran", "'s", "envoy", "did", "n't", "come"], Words("Iran's envoy didn't come"));
        Assert.Equal(["Iran", "\u2019s", "plan"], Words("Iran\u2019s plan"));
    }

    [Fact]
    public void Numbers_hyphenated_names_and_times_stay_whole()
    {
        Assert.Equal(["about", "2,000", "km", ",", "the", "Khorramshahr-4", "at", "10:00", "a.m.", "and", "3.5", "%"],
            Words("about 2,000 km, the Khorramshahr-4 at 10:00 a.m. and 3.5%"));
    }

    [Fact]
    public void Urls_emails_ellipses_and_quotes()
    {
        Assert.Equal(["See", "https://example.org/a?b=1", "or", "desk@example.org", "."],
            Words("See https://example.org/a?b=1 or desk@example.org."));
        Assert.Equal(["\"", "the", "distrust", "...", "poses", "\""], Words("\"the distrust ... poses\""));
        Assert.Equal(["\u201C", "good", "start", ",", "\u201D", "he", "said"], Words("\u201Cgood start,\u201D he said"));
    }

    [Fact]
    public void Spans_point_into_the_text()
    {
        const string text = "  Iran  and\tOman ";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal([(2, 6), (8, 11), (12, 16)], tokens.Select(t => (t.Span.Start, t.Span.End)));
    }
}
